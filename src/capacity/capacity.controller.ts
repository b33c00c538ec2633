import { Body, Controller, Get, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentCaller, Roles } from '../auth/auth.decorators';
import { Caller, Role } from '../auth/role';
import { ParseIdPipe } from '../common/parse-id.pipe';
import { Idempotent } from '../idempotency/idempotent.decorator';
import { CapacityService } from './capacity.service';
import {
  CapacityDeclarationDto,
  CapacityDto,
  CapacityQueryDto,
  CreateCapacityDeclarationDto,
} from './dto/capacity.dto';
import { ApiProblem } from '../common/api-problem.decorator';

@ApiTags('Capacity')
@ApiBearerAuth()
@Controller('v1')
export class CapacityController {
  constructor(private readonly capacity: CapacityService) {}

  @Post('providers/:id/capacity')
  @ApiProblem(422, ['lot_not_found'], 'The lot is not one the provider may declare on')
  @Roles(Role.Admin, Role.Provider)
  @Idempotent()
  @ApiOperation({
    summary: 'Declare sessions per week a provider can take on a lot over a date range (newest wins)',
  })
  async declareCapacity(
    @Param('id', ParseIdPipe) id: string,
    @Body() body: CreateCapacityDeclarationDto,
    @CurrentCaller() caller: Caller,
  ): Promise<CapacityDeclarationDto> {
    return CapacityDeclarationDto.from(await this.capacity.declare(caller, id, body));
  }

  @Get('capacity')
  @ApiProblem(404, ['not_found'], 'The lot does not exist in the caller’s scope')
  @ApiOperation({
    summary: 'Declared, committed and available sessions per week over a window, per provider',
  })
  getCapacity(@Query() query: CapacityQueryDto, @CurrentCaller() caller: Caller): Promise<CapacityDto> {
    return this.capacity.availabilityFor(caller, query);
  }
}
