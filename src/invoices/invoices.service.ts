import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, EntityManager, Repository, SelectQueryBuilder } from 'typeorm';
import { AttendanceService } from '../attendance/attendance.service';
import { AuditService } from '../audit/audit.service';
import { Caller, Role } from '../auth/role';
import { assertCalendarCovers, withCalendarErrors } from '../calendar/calendar-errors';
import { CalendarService } from '../calendar/calendar.service';
import { toEpochDay } from '../calendar/engine/dates';
import { SchoolCalendar } from '../calendar/engine/school-calendar';
import { CallOffBillingTerms, CallOffsService } from '../call-offs/call-offs.service';
import { Clock } from '../common/clock';
import { isUniqueViolation } from '../common/database-errors';
import {
  BadRequestError,
  ConflictError,
  FieldError,
  InvalidTransitionError,
  NotFoundError,
  RuleViolation,
} from '../common/domain-error';
import { Page, paginate } from '../common/pagination';
import { assertVersion } from '../common/versioning';
import { EventType } from '../events/event-types';
import { EventsService } from '../events/events.service';
import { AbsenceBillingPolicy } from '../frameworks/framework-types';
import { FrameworksService } from '../frameworks/frameworks.service';
import { OutcomesService } from '../outcomes/outcomes.service';
import { ApprovedSpend, CreateInvoiceDto, ListInvoicesQueryDto } from './dto/invoice.dto';
import {
  Delivery,
  invoiceMatch,
  LineContext,
  matchLines,
  MatchedLine,
  PayableClaim,
} from './engine/line-matching';
import { dueBy, InvoiceAction, isOverdue, mayApply } from './engine/payment-terms';
import { sessionPricePence } from './engine/session-price';
import { splitByFinancialYear } from './engine/spend-split';
import { Invoice, InvoiceLine, InvoiceSpend } from './invoice.entity';

// An invoice as the API shows it: the row, its lines, whether it is overdue today, and whether the caller may read
// the dispute reason (free text: the two parties only).
export interface InvoiceView {
  invoice: Invoice;
  lines: InvoiceLine[];
  overdue: boolean;
  showDisputeReason: boolean;
}

// Longest period one invoice covers: a year of school days and more would not be an invoice for delivery.
const MAX_PERIOD_DAYS = 366;

const EVENT_OF: Record<InvoiceAction | 'submit', EventType> = {
  submit: 'invoice.submitted',
  approve: 'invoice.approved',
  dispute: 'invoice.disputed',
  pay: 'invoice.paid',
};

const STATUS_AFTER: Record<InvoiceAction, Invoice['status']> = {
  approve: 'approved',
  dispute: 'disputed',
  pay: 'paid',
};

// Providers' invoices, matched line by line to what was commissioned and delivered (DESIGN §1 Money), and the
// commissioner's decision on them. The one writer of the invoices tables.
@Injectable()
export class InvoicesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(Invoice) private readonly invoices: Repository<Invoice>,
    private readonly callOffs: CallOffsService,
    private readonly attendance: AttendanceService,
    private readonly outcomes: OutcomesService,
    private readonly frameworks: FrameworksService,
    private readonly calendars: CalendarService,
    private readonly events: EventsService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async submit(caller: Caller, input: CreateInvoiceDto): Promise<InvoiceView> {
    const providerId = caller.providerId as string;
    const parties = { providerId, commissionerOrganisationId: input.commissionerOrganisationId };
    assertWellFormed(input);
    const terms = await this.callOffs.billingTerms(
      input.lines.map((line) => line.callOffId),
      parties,
    );
    const byCallOff = new Map(terms.map((term) => [term.id, term]));
    // A line for a placement that is not between these two parties (another provider's, another council's, or none)
    // is not an invoice line at all; one answer for all three, so nothing is learnt of other placements.
    const strangers = input.lines.flatMap((line, index) =>
      byCallOff.has(line.callOffId)
        ? []
        : [{ field: `lines[${index}].callOffId`, message: 'not invoiceable' }],
    );
    if (strangers.length > 0)
      throw new RuleViolation(
        'call_off_not_invoiceable',
        'Some lines name a call-off that is not an accepted placement between you and this commissioner.',
        { errors: strangers },
      );
    const lotTerms = await this.frameworks.billingTermsOfLots(terms.map((term) => term.lotId));
    const { calendar } = await this.calendars.calendarFor(input.commissionerOrganisationId);
    assertCalendarCovers(calendar, input.periodFrom, input.periodTo);
    const today = this.clock.today();
    try {
      return await this.dataSource.transaction(async (manager) => {
        // One provider's invoices are matched one at a time, so two invoices sent at once cannot both bill the same
        // sessions or claim.
        await manager.query(`SELECT pg_advisory_xact_lock(hashtext('invoices:' || $1::text))`, [providerId]);
        const matched = await this.match(manager, input, parties, byCallOff, lotTerms, calendar);
        const { status: matchStatus, variancePence } = invoiceMatch(matched);
        const invoice = manager.create(Invoice, {
          providerId,
          commissionerOrganisationId: input.commissionerOrganisationId,
          providerInvoiceNumber: input.providerInvoiceNumber,
          issuedOn: input.issuedOn,
          periodFrom: input.periodFrom,
          periodTo: input.periodTo,
          receivedOn: today,
          dueBy: dueBy(today),
          paidOn: null,
          status: 'submitted',
          matchStatus,
          totalPence: input.lines.reduce((acc, line) => acc + line.amountPence, 0),
          variancePence,
          decidedAt: null,
          disputeReason: null,
          submittedByKeyId: caller.keyId,
        });
        await manager.insert(Invoice, invoice);
        const lines = input.lines.map((line, index) =>
          manager.create(InvoiceLine, {
            invoiceId: invoice.id,
            commissionerOrganisationId: input.commissionerOrganisationId,
            lineNumber: index + 1,
            callOffId: line.callOffId,
            lotId: byCallOff.get(line.callOffId)!.lotId,
            kind: line.kind,
            quantity: line.quantity,
            unitPricePence: line.unitPricePence,
            amountPence: line.amountPence,
            outcomeClaimId: line.outcomeClaimId ?? null,
            paysOutcomeClaimId: matched[index].paysClaim ? (line.outcomeClaimId ?? null) : null,
            status: matched[index].status,
            reasons: matched[index].reasons,
            expectedPence: matched[index].expectedPence,
            variancePence: matched[index].variancePence,
            live: true,
          }),
        );
        await manager.insert(InvoiceLine, lines);
        await this.record(manager, caller, 'submit', 'createInvoice', invoice, input, null);
        return this.view(caller, invoice, lines);
      });
    } catch (error) {
      if (isUniqueViolation(error, 'uq_invoices_provider_id_provider_invoice_number'))
        throw new ConflictError(
          'duplicate_invoice_number',
          `You have already sent an invoice numbered ${input.providerInvoiceNumber}.`,
        );
      if (isUniqueViolation(error, 'uq_invoice_lines_pays_outcome_claim_id'))
        throw new ConflictError(
          'outcome_claim_already_invoiced',
          'An outcome claim is already on another invoice.',
        );
      throw error;
    }
  }

  async approve(caller: Caller, id: string, expectedVersion: number | undefined): Promise<InvoiceView> {
    return this.decide(
      caller,
      id,
      expectedVersion,
      'approve',
      'approveInvoice',
      {},
      async (manager, invoice) => {
        // Approved lines become spend in the financial years of their period, split by the commissioner's school days.
        const { calendar } = await this.calendars.calendarFor(invoice.commissionerOrganisationId, manager);
        const lines = await manager.find(InvoiceLine, { where: { invoiceId: invoice.id } });
        const spend = lines.flatMap((line) =>
          withCalendarErrors(() =>
            splitByFinancialYear(line.amountPence, invoice.periodFrom, invoice.periodTo, calendar),
          ).map((part) => ({
            invoiceLineId: line.id,
            financialYear: part.financialYear,
            invoiceId: invoice.id,
            commissionerOrganisationId: invoice.commissionerOrganisationId,
            callOffId: line.callOffId,
            lotId: line.lotId,
            providerId: invoice.providerId,
            schoolDays: part.schoolDays,
            amountPence: part.amountPence,
          })),
        );
        for (let i = 0; i < spend.length; i += 1000)
          await manager.insert(InvoiceSpend, spend.slice(i, i + 1000));
        return { decidedAt: this.clock.now() };
      },
    );
  }

  async dispute(
    caller: Caller,
    id: string,
    reason: string,
    expectedVersion: number | undefined,
  ): Promise<InvoiceView> {
    return this.decide(
      caller,
      id,
      expectedVersion,
      'dispute',
      'disputeInvoice',
      { reason },
      async (manager, invoice) => {
        // A disputed invoice bills nothing: its sessions and claims are free for the corrected invoice.
        await manager.update(InvoiceLine, { invoiceId: invoice.id }, { live: false });
        return { decidedAt: this.clock.now(), disputeReason: reason };
      },
    );
  }

  async pay(
    caller: Caller,
    id: string,
    paidOn: string,
    expectedVersion: number | undefined,
  ): Promise<InvoiceView> {
    return this.decide(caller, id, expectedVersion, 'pay', 'payInvoice', { paidOn }, (_manager, invoice) => {
      if (paidOn < invoice.receivedOn || paidOn > this.clock.today())
        throw new RuleViolation(
          'paid_on_out_of_range',
          `paidOn must be from the day the invoice was received (${invoice.receivedOn}) to today.`,
        );
      return Promise.resolve({ paidOn });
    });
  }

  async get(caller: Caller, id: string): Promise<InvoiceView> {
    const invoice = await this.scoped(caller).andWhere('i.id = :id', { id }).getOne();
    if (!invoice) throw new NotFoundError('Invoice');
    const lines = await this.dataSource
      .getRepository(InvoiceLine)
      .find({ where: { invoiceId: id }, order: { lineNumber: 'ASC' } });
    return this.view(caller, invoice, lines);
  }

  async list(caller: Caller, query: ListInvoicesQueryDto): Promise<Page<InvoiceView>> {
    const qb = this.scoped(caller);
    if (query.status) qb.andWhere('i.status = :status', { status: query.status });
    if (query.providerId) qb.andWhere('i.provider_id = :providerId', { providerId: query.providerId });
    if (query.commissionerOrganisationId)
      qb.andWhere('i.commissioner_organisation_id = :org', { org: query.commissionerOrganisationId });
    // The SQL twin of engine/payment-terms.isOverdue.
    const overdue = `(i.status IN ('submitted', 'approved') AND i.due_by < :today)`;
    if (query.overdue === true) qb.andWhere(overdue, { today: this.clock.today() });
    if (query.overdue === false) qb.andWhere(`NOT ${overdue}`, { today: this.clock.today() });
    const page = await paginate(qb, query);
    return { data: page.data.map((invoice) => this.view(caller, invoice, [])), nextCursor: page.nextCursor };
  }

  // For the finance module: approved invoice lines of one commissioner organisation attributed to one financial year
  // (after the split at 31 March), summed per placement. Set-based: one grouped read of the spend table.
  async approvedSpend(
    organisationId: string,
    financialYear: string,
    manager?: EntityManager,
  ): Promise<ApprovedSpend[]> {
    const rows: { call_off_id: string; lot_id: string; provider_id: string; amount_pence: string }[] = await (
      manager ?? this.dataSource.manager
    ).query(
      `SELECT call_off_id, lot_id, provider_id, SUM(amount_pence)::text AS amount_pence
         FROM invoice_spend
        WHERE commissioner_organisation_id = $1 AND financial_year = $2
        GROUP BY call_off_id, lot_id, provider_id
        ORDER BY call_off_id`,
      [organisationId, financialYear],
    );
    return rows.map((row) => ({
      callOffId: row.call_off_id,
      lotId: row.lot_id,
      providerId: row.provider_id,
      amountPence: Number(row.amount_pence),
    }));
  }

  private async match(
    manager: EntityManager,
    input: CreateInvoiceDto,
    parties: { providerId: string; commissionerOrganisationId: string },
    byCallOff: Map<string, CallOffBillingTerms>,
    lotTerms: Map<string, { absenceBillingPolicy: AbsenceBillingPolicy; hoursPerSession: string }>,
    calendar: SchoolCalendar,
  ): Promise<MatchedLine[]> {
    const sessionCallOffs = [
      ...new Set(input.lines.filter((line) => line.kind === 'sessions').map((line) => line.callOffId)),
    ];
    const claimIds = [
      ...new Set(input.lines.flatMap((line) => (line.outcomeClaimId ? [line.outcomeClaimId] : []))),
    ];
    const [delivery, elsewhere, claims, claimsElsewhere] = [
      await this.deliveryOf(sessionCallOffs, input.periodFrom, input.periodTo, manager),
      await this.sessionsInvoiced(manager, sessionCallOffs, input.periodFrom, input.periodTo),
      await this.claimsOf(claimIds, manager),
      await this.claimsInvoiced(manager, claimIds),
    ];
    const contexts = input.lines.map((line): LineContext => {
      const term = byCallOff.get(line.callOffId)!;
      return {
        sessionPricePence: withCalendarErrors(() =>
          sessionPricePence(
            {
              unit: term.unit,
              unitPricePence: term.unitPricePence,
              hoursPerSession: lotTerms.get(term.lotId)?.hoursPerSession ?? '0',
              schoolDaysInAcademicYear: (year) => calendar.schoolDaysInAcademicYear(year),
            },
            input.periodFrom,
          ),
        ),
        delivery: delivery.get(line.callOffId) ?? null,
        sessionsInvoicedElsewhere: elsewhere.get(line.callOffId) ?? 0,
        claim: line.outcomeClaimId ? (claims.get(line.outcomeClaimId) ?? null) : null,
        claimInvoicedElsewhere: line.outcomeClaimId ? claimsElsewhere.has(line.outcomeClaimId) : false,
      };
    });
    // Each line is matched under its call-off's framework policy. A call-off (and its claims) has one framework, so
    // matching the lines of each policy together, in order, keeps every call-off's allowance shared by its lines.
    const policyOf = (callOffId: string) =>
      lotTerms.get(byCallOff.get(callOffId)!.lotId)?.absenceBillingPolicy ??
      AbsenceBillingPolicy.PayCommissionedUnlessProviderCancelled;
    const result: MatchedLine[] = new Array<MatchedLine>(input.lines.length);
    for (const policy of new Set(input.lines.map((line) => policyOf(line.callOffId)))) {
      const indexes = input.lines.flatMap((line, index) =>
        policyOf(line.callOffId) === policy ? [index] : [],
      );
      const matched = matchLines(
        policy,
        parties,
        indexes.map((index) => ({ input: input.lines[index], context: contexts[index] })),
      );
      indexes.forEach((index, i) => (result[index] = matched[i]));
    }
    return result;
  }

  private async deliveryOf(
    callOffIds: string[],
    from: string,
    to: string,
    manager: EntityManager,
  ): Promise<Map<string, Delivery>> {
    if (callOffIds.length === 0) return new Map();
    // The attendance module counts commissioned sessions from the placement's pattern and the marks by kind.
    return this.attendance.delivery(callOffIds, from, to, manager);
  }

  private async claimsOf(claimIds: string[], manager: EntityManager): Promise<Map<string, PayableClaim>> {
    const claims = new Map<string, PayableClaim>();
    for (const id of claimIds) {
      const claim = await this.outcomes.payableClaim(id, manager);
      if (claim) claims.set(id, claim);
    }
    return claims;
  }

  // Sessions of these call-offs on live lines of invoices whose period overlaps [from, to].
  private async sessionsInvoiced(
    manager: EntityManager,
    callOffIds: string[],
    from: string,
    to: string,
  ): Promise<Map<string, number>> {
    if (callOffIds.length === 0) return new Map();
    const rows: { call_off_id: string; quantity: string }[] = await manager.query(
      `SELECT l.call_off_id, SUM(l.quantity)::text AS quantity
         FROM invoice_lines l JOIN invoices i ON i.id = l.invoice_id
        WHERE l.call_off_id = ANY($1::uuid[]) AND l.kind = 'sessions' AND l.live
          AND i.period_from <= $3 AND i.period_to >= $2
        GROUP BY l.call_off_id`,
      [callOffIds, from, to],
    );
    return new Map(rows.map((row) => [row.call_off_id, Number(row.quantity)]));
  }

  private async claimsInvoiced(manager: EntityManager, claimIds: string[]): Promise<Set<string>> {
    if (claimIds.length === 0) return new Set();
    const rows: { pays_outcome_claim_id: string }[] = await manager.query(
      `SELECT pays_outcome_claim_id FROM invoice_lines WHERE pays_outcome_claim_id = ANY($1::uuid[]) AND live`,
      [claimIds],
    );
    return new Set(rows.map((row) => row.pays_outcome_claim_id));
  }

  // The commissioner's decisions and the payment: one transaction each, the row locked, the lifecycle rule applied,
  // the event and audit entry recorded beside the change (DESIGN §3 One writer per record).
  private async decide(
    caller: Caller,
    id: string,
    expectedVersion: number | undefined,
    action: InvoiceAction,
    operation: string,
    input: Record<string, unknown>,
    apply: (manager: EntityManager, invoice: Invoice) => Promise<Partial<Invoice>>,
  ): Promise<InvoiceView> {
    return this.dataSource.transaction(async (manager) => {
      const invoice = await manager.findOne(Invoice, { where: { id }, lock: { mode: 'pessimistic_write' } });
      // Only the commissioner organisation the invoice is addressed to decides on it and records its payment.
      if (
        !invoice ||
        caller.role !== Role.Commissioner ||
        caller.organisationId !== invoice.commissionerOrganisationId
      )
        throw new NotFoundError('Invoice');
      assertVersion(invoice.version, expectedVersion);
      if (!mayApply(invoice.status, action))
        throw new InvalidTransitionError('invoice', invoice.status, STATUS_AFTER[action]);
      const fields = { ...(await apply(manager, invoice)), status: STATUS_AFTER[action] };
      const result = await manager
        .createQueryBuilder()
        .update(Invoice)
        .set(fields)
        .where('id = :id', { id })
        .returning(['version', 'updatedAt'])
        .execute();
      const [written] = result.raw as { version: number; updated_at: Date }[];
      const updated: Invoice = {
        ...invoice,
        ...fields,
        version: written.version,
        updatedAt: written.updated_at,
      };
      await this.record(
        manager,
        caller,
        action,
        operation,
        updated,
        input,
        action === 'dispute' ? { disputeReason: fields.disputeReason } : null,
      );
      const lines = await manager.find(InvoiceLine, {
        where: { invoiceId: id },
        order: { lineNumber: 'ASC' },
      });
      return this.view(caller, updated, lines);
    });
  }

  // The event (audience: the two parties) and the audit entry of one change, in its transaction. Free text (a
  // dispute reason) only in the event's restricted part; the audit log keeps the field's name alone.
  private async record(
    manager: EntityManager,
    caller: Caller,
    action: InvoiceAction | 'submit',
    operation: string,
    invoice: Invoice,
    input: unknown,
    restricted: Record<string, unknown> | null,
  ): Promise<void> {
    await this.events.append(manager, {
      type: EVENT_OF[action],
      subject: { id: invoice.id, version: invoice.version },
      commissionerOrganisationId: invoice.commissionerOrganisationId,
      providerId: invoice.providerId,
      payload: {
        status: invoice.status,
        matchStatus: invoice.matchStatus,
        totalPence: invoice.totalPence,
        variancePence: invoice.variancePence,
        receivedOn: invoice.receivedOn,
        dueBy: invoice.dueBy,
        paidOn: invoice.paidOn,
      },
      restricted,
    });
    await this.audit.record(manager, {
      caller,
      action: operation,
      subject: { type: 'invoice', id: invoice.id },
      input,
    });
  }

  private scoped(caller: Caller): SelectQueryBuilder<Invoice> {
    const qb = this.invoices.createQueryBuilder('i');
    // DESIGN §2 Auth: a commissioner sees its own organisation's invoices, a provider its own; admin and auditor all.
    if (caller.role === Role.Commissioner)
      qb.andWhere('i.commissioner_organisation_id = :own', { own: caller.organisationId });
    if (caller.role === Role.Provider)
      qb.andWhere('i.provider_id = :ownProvider', { ownProvider: caller.providerId });
    return qb;
  }

  private view(caller: Caller, invoice: Invoice, lines: InvoiceLine[]): InvoiceView {
    return {
      invoice,
      lines,
      overdue: isOverdue(invoice.status, invoice.dueBy, this.clock.today()),
      showDisputeReason:
        (caller.role === Role.Commissioner && caller.organisationId === invoice.commissionerOrganisationId) ||
        (caller.role === Role.Provider && caller.providerId === invoice.providerId),
    };
  }
}

// What DTO validation cannot see: the period's order and length, claims on the right kind of line, the stated total.
function assertWellFormed(input: CreateInvoiceDto): void {
  const errors: FieldError[] = [];
  if (input.periodTo < input.periodFrom)
    errors.push({ field: 'periodTo', message: 'periodTo must not be before periodFrom' });
  else if (toEpochDay(input.periodTo) - toEpochDay(input.periodFrom) >= MAX_PERIOD_DAYS)
    errors.push({ field: 'periodTo', message: `an invoice covers at most ${MAX_PERIOD_DAYS} days` });
  input.lines.forEach((line, index) => {
    if (line.kind !== 'outcome_payment' && line.outcomeClaimId !== undefined)
      errors.push({
        field: `lines[${index}].outcomeClaimId`,
        message: 'outcomeClaimId is only for outcome_payment lines',
      });
  });
  if (errors.length > 0)
    throw new BadRequestError('validation_failed', 'The invoice is not well formed.', errors);
  const sum = input.lines.reduce((acc, line) => acc + line.amountPence, 0);
  // The invoice total = the sum of its lines, to the penny (DESIGN §1 Money is integer pence).
  if (input.totalPence !== undefined && input.totalPence !== sum)
    throw new RuleViolation(
      'invoice_total_mismatch',
      `The lines add up to ${sum}p, not the ${input.totalPence}p stated as the total.`,
      { linesTotalPence: sum },
    );
}
