import { Body, Controller, Get, Param, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { CurrentCaller, Roles } from '../auth/auth.decorators';
import { Caller, Role } from '../auth/role';
import { ParseIdPipe } from '../common/parse-id.pipe';
import { ApiIfMatch, IfMatch } from '../common/versioning';
import { BudgetsService } from './budgets.service';
import { BudgetDto, PutBudgetDto } from './dto/budget.dto';

const FINANCIAL_YEAR = ApiParam({
  name: 'financialYear',
  example: '2025-26',
  schema: { type: 'string', pattern: '^\\d{4}-\\d{2}$', maxLength: 7 },
  description: '1 April to 31 March, named by its two consecutive years.',
});

@ApiTags('Budgets')
@ApiBearerAuth()
@Controller('v1/organisations/:id/budgets/:financialYear')
export class BudgetsController {
  constructor(private readonly budgets: BudgetsService) {}

  @Put()
  @Roles(Role.Admin, Role.Commissioner)
  @FINANCIAL_YEAR
  @ApiIfMatch('The ETag last read ("0" while the year has no budget); a stale one is refused with 412.')
  @ApiOperation({
    summary: "Set an organisation's budget for a financial year",
    description:
      'Replaces every line of the year. A commissioner sets its own organisation’s only (another’s answers 404). ' +
      'Each cost centre and funding source may appear once.',
  })
  putBudget(
    @Param('id', ParseIdPipe) id: string,
    @Param('financialYear') financialYear: string,
    @Body() body: PutBudgetDto,
    @IfMatch() version: number | undefined,
    @CurrentCaller() caller: Caller,
  ): Promise<BudgetDto> {
    return this.budgets.put(caller, id, financialYear, body, version);
  }

  @Get()
  @Roles(Role.Admin, Role.Auditor, Role.Commissioner)
  @FINANCIAL_YEAR
  @ApiOperation({ summary: "Get an organisation's budget for a financial year" })
  getBudget(
    @Param('id', ParseIdPipe) id: string,
    @Param('financialYear') financialYear: string,
    @CurrentCaller() caller: Caller,
  ): Promise<BudgetDto> {
    return this.budgets.get(caller, id, financialYear);
  }
}
