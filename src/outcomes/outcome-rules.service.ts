import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, EntityManager, Repository } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { Caller } from '../auth/role';
import { isUniqueViolation } from '../common/database-errors';
import { ConflictError, NotFoundError, RuleViolation } from '../common/domain-error';
import { Page, mapPage, paginate } from '../common/pagination';
import { EventsService } from '../events/events.service';
import { Lot } from '../frameworks/lot.entity';
import { FrameworksService } from '../frameworks/frameworks.service';
import { CreateOutcomeRuleDto, ListOutcomeRulesQueryDto, OutcomeRuleDto } from './dto/outcome-rule.dto';
import { outcomeDefinition } from './engine/definition';
import { OutcomeEvidence, hundredths, isAttendanceMetric } from './engine/outcome-types';
import { OutcomeRule } from './outcome-rule.entity';

// Outcome rules per lot (DESIGN §1 Attendance, reviews and outcomes): what a lot's at-risk share pays for.
@Injectable()
export class OutcomeRulesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(OutcomeRule) private readonly rules: Repository<OutcomeRule>,
    private readonly frameworks: FrameworksService,
    private readonly events: EventsService,
    private readonly audit: AuditService,
  ) {}

  async create(caller: Caller, lotId: string, input: CreateOutcomeRuleDto): Promise<OutcomeRuleDto> {
    const found = await this.frameworks.findLot(lotId);
    if (!found) throw new NotFoundError('Lot');
    assertEvidenceFits(input);
    const rule = await this.dataSource.transaction(async (manager) => {
      // One writer of a lot's rules at a time, so two rules racing cannot together take the shares past 100.
      await manager.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [
        `outcome_rules:${lotId}`,
      ]);
      const existing = await manager.find(OutcomeRule, { where: { lotId } });
      if (existing.some((r) => r.code === input.code)) throw duplicateCode(input.code);
      const allocated = existing.reduce((sum, r) => sum + hundredths(r.shareOfAtRiskPercent), 0);
      // DESIGN §1 Attendance, reviews and outcomes: the shares of a lot's rules sum to at most 100 % of the pot.
      if (allocated + hundredths(input.shareOfAtRiskPercent) > 10_000)
        throw new RuleViolation(
          'outcome_shares_above_100',
          `The lot's rules already share ${allocated / 100}% of the at-risk value; ${input.shareOfAtRiskPercent}% more would pass 100%.`,
          { allocatedPercent: String(allocated / 100), availablePercent: String((10_000 - allocated) / 100) },
        );
      let saved: OutcomeRule;
      try {
        saved = await manager.save(
          manager.create(OutcomeRule, { lotId, ...input, createdByKeyId: caller.keyId }),
        );
      } catch (error) {
        if (isUniqueViolation(error, 'uq_outcome_rules_lot_id_code')) throw duplicateCode(input.code);
        throw error;
      }
      const row = await manager.findOneByOrFail(OutcomeRule, { id: saved.id });
      await this.events.append(manager, {
        type: 'outcome_rule.created',
        subject: { id: row.id, version: row.version },
        frameworkId: found.framework.id,
        payload: {
          lotId,
          code: row.code,
          metric: row.metric,
          threshold: row.threshold,
          sustainSchoolWeeks: row.sustainSchoolWeeks,
          evidence: row.evidence,
          shareOfAtRiskPercent: row.shareOfAtRiskPercent,
        },
      });
      await this.audit.record(manager, {
        caller,
        action: 'createOutcomeRule',
        subject: { type: 'outcome_rule', id: row.id },
        input,
      });
      return row;
    });
    return ruleDto(rule, found.lot);
  }

  async list(caller: Caller, lotId: string, query: ListOutcomeRulesQueryDto): Promise<Page<OutcomeRuleDto>> {
    // Anyone who may read the lot may read what it pays for.
    const lot = await this.frameworks.getLot(caller, lotId);
    const page = await paginate(
      this.rules.createQueryBuilder('r').where('r.lot_id = :lotId', { lotId }),
      query,
    );
    return mapPage(page, (rule) => ruleDto(rule, lot));
  }

  // For claims: the lot's rule with this code, or null.
  async findByCode(lotId: string, code: string, manager?: EntityManager): Promise<OutcomeRule | null> {
    return (manager ?? this.dataSource.manager).findOne(OutcomeRule, { where: { lotId, code } });
  }

  async findById(id: string, manager?: EntityManager): Promise<OutcomeRule | null> {
    return (manager ?? this.dataSource.manager).findOne(OutcomeRule, { where: { id } });
  }
}

export function ruleDto(
  rule: OutcomeRule,
  lot: Pick<Lot, 'number' | 'outcomeCapPercentPerProviderYear'>,
): OutcomeRuleDto {
  return {
    id: rule.id,
    lotId: rule.lotId,
    code: rule.code,
    title: rule.title,
    metric: rule.metric,
    threshold: rule.threshold,
    sustainSchoolWeeks: rule.sustainSchoolWeeks,
    evidence: rule.evidence,
    shareOfAtRiskPercent: rule.shareOfAtRiskPercent,
    definition: outcomeDefinition({
      lotNumber: lot.number,
      metric: rule.metric,
      threshold: rule.threshold,
      sustainSchoolWeeks: rule.sustainSchoolWeeks,
      evidence: rule.evidence,
      shareOfAtRiskPercent: rule.shareOfAtRiskPercent,
      capPercentPerProviderYear: lot.outcomeCapPercentPerProviderYear,
    }),
    version: rule.version,
    createdAt: rule.createdAt.toISOString(),
  };
}

function duplicateCode(code: string): ConflictError {
  return new ConflictError('duplicate_outcome_rule_code', `The lot already has an outcome rule ${code}.`);
}

// Attendance outcomes are evidenced by the marks the service holds, and only they are (DESIGN §1 Attendance, reviews
// and outcomes: the service checks attendance claims itself; other metrics need the commissioner's verification).
function assertEvidenceFits(input: CreateOutcomeRuleDto): void {
  const byMarks = input.evidence === OutcomeEvidence.AttendanceRecords;
  if (isAttendanceMetric(input.metric) !== byMarks)
    throw new RuleViolation(
      'outcome_evidence_mismatch',
      byMarks
        ? `A ${input.metric} outcome cannot be evidenced by attendance records alone.`
        : `A ${input.metric} outcome is evidenced by attendance_records.`,
    );
}
