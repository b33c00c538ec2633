import { Body, Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentCaller, Roles } from '../auth/auth.decorators';
import { Caller, Role } from '../auth/role';
import { ApiProblem } from '../common/api-problem.decorator';
import { Idempotent } from '../idempotency/idempotent.decorator';
import {
  CreateSpotPurchaseDto,
  ListSpotPurchasesQueryDto,
  SpotPurchaseDto,
  SpotPurchasePageDto,
} from './dto/spot-purchase.dto';
import { SpotPurchasesService } from './spot-purchases.service';

@ApiTags('Spot purchases')
@ApiBearerAuth()
@Controller('v1/spot-purchases')
export class SpotPurchasesController {
  constructor(private readonly spotPurchases: SpotPurchasesService) {}

  @Post()
  @HttpCode(201)
  @ApiProblem(
    422,
    ['provider_not_found', 'lot_not_found', 'child_ref_looks_like_upn'],
    'The body names a provider or lot that does not exist, or a UPN-shaped childRef',
  )
  @Roles(Role.Admin, Role.Commissioner)
  @Idempotent()
  @ApiOperation({
    summary: 'Record a placement bought outside the framework',
    description:
      'Counted in commitments and in the share of spend off the framework. approvedBy is a role, never a name. ' +
      "A commissioner records its own organisation's; an admin names organisationId.",
  })
  createSpotPurchase(
    @Body() body: CreateSpotPurchaseDto,
    @CurrentCaller() caller: Caller,
  ): Promise<SpotPurchaseDto> {
    return this.spotPurchases.create(caller, body);
  }

  @Get()
  @Roles(Role.Admin, Role.Auditor, Role.Commissioner)
  @ApiOperation({
    summary: 'List spot purchases',
    description:
      "A commissioner sees its own organisation's, with childRef; admin and auditor see them without it.",
  })
  listSpotPurchases(
    @Query() query: ListSpotPurchasesQueryDto,
    @CurrentCaller() caller: Caller,
  ): Promise<SpotPurchasePageDto> {
    return this.spotPurchases.list(caller, query);
  }
}
