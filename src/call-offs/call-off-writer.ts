import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Clock } from '../common/clock';
import { Together } from '../database/together';
import { InvalidTransitionError } from '../common/domain-error';
import { EventType } from '../events/event-types';
import { AuditService } from '../audit/audit.service';
import { EventsService } from '../events/events.service';
import { CallOff, DeclineReason, Variation } from './call-off.entity';
import { CallOffAction, effectiveStatus, mayApply } from './engine/lifecycle';

export type CallOffChangeKind =
  'offered' | 'accepted' | 'declined' | 'withdrawn' | 'lapsed' | 'varied' | 'terminated' | 'extended';

// The columns a change may set after the offer (everything else is fixed when the call-off is raised).
export type MutableFields = Partial<
  Pick<
    CallOff,
    | 'status'
    | 'respondedAt'
    | 'declineReasonCode'
    | 'responseNote'
    | 'endDate'
    | 'terminatedOn'
    | 'sessionsPerWeek'
    | 'pattern'
    | 'fullTime'
    | 'segments'
    | 'schoolDays'
    | 'totalPence'
    | 'basePence'
    | 'atRiskPence'
    | 'byFinancialYear'
  >
>;

// What one write did to one call-off: what the events and audit trail record.
export interface CallOffChange {
  kind: CallOffChangeKind;
  callOffId: string;
  // Whom the change concerns: who may read its event (DESIGN §2 scope).
  parties: Parties;
  version: number;
  at: Date;
  before: MutableFields;
  after: MutableFields;
  variation?: Variation;
}

export interface Parties {
  frameworkId: string;
  commissionerOrganisationId: string;
  providerId: string;
}

// A write's result: the row as written and what changed.
export interface Written<T> {
  row: T;
  changes: CallOffChange[];
}

// What a caller writes beside a call-off's change, in the same statement as its event and audit entry.
export type Beside<T> = (row: T, together: Together) => Promise<void>;

export type NewCallOff = Omit<CallOff, 'number' | 'version' | 'createdAt' | 'updatedAt' | 'status'>;

// A new call-off's number and the time it was raised (call_offs.number's sequence and the database's clock), taken
// before the statement that writes it.
export interface OfferStamp {
  number: number;
  at: Date;
}

export interface ExtensionWrite {
  row: Pick<
    CallOff,
    'id' | 'version' | 'endDate' | 'totalPence' | 'frameworkId' | 'commissionerOrganisationId' | 'providerId'
  >;
  fields: Required<
    Pick<
      MutableFields,
      'endDate' | 'segments' | 'schoolDays' | 'totalPence' | 'basePence' | 'atRiskPence' | 'byFinancialYear'
    >
  >;
  variation: Variation;
}

// What a blanket extension run did, for its event.
export interface BlanketRun {
  frameworkId: string;
  extendTo: string;
  providerIds: string[] | null;
  blocked: number;
  additionalPence: number;
}

const VARIATION_CHANGE: Record<Variation['kind'], CallOffChangeKind> = {
  extend: 'extended',
  change_sessions: 'varied',
  terminate: 'terminated',
  blanket_extension: 'extended',
};

// The one writer of call-offs: no other code inserts or updates `call_offs`. Each write applies the lifecycle's
// transition rule (engine/lifecycle), writes the row with its version bumped, and describes the change; every write
// goes through commit(), inside the caller's transaction.
@Injectable()
export class CallOffWriter {
  constructor(
    private readonly clock: Clock,
    private readonly events: EventsService,
    private readonly audit: AuditService,
  ) {}

  // The offer is written in the statement that records its event and audit entry, which is `together` when the
  // caller has already added to it (the offer's capacity hold); `beside` adds to it too. `stamp` is the number and
  // time the caller took for it (so the row is known before the statement runs).
  async offer(
    manager: EntityManager,
    fields: NewCallOff,
    stamp: OfferStamp,
    options: { together?: Together; beside?: Beside<CallOff>; last?: boolean } = {},
  ): Promise<Written<CallOff>> {
    const together = options.together ?? new Together();
    return this.commit(
      manager,
      () => {
        const row = offerWithin(manager, together, fields, stamp);
        return Promise.resolve({
          row,
          changes: [
            {
              kind: 'offered',
              callOffId: row.id,
              parties: partiesOf(row),
              version: row.version,
              at: row.createdAt,
              before: {},
              after: { status: 'offered' },
            },
          ],
        });
      },
      { ...options, together },
    );
  }

  // Accept, decline or withdraw an offer. `row` was read under FOR UPDATE in this transaction.
  async respond(
    manager: EntityManager,
    row: CallOff,
    action: 'accepted' | 'declined' | 'withdrawn',
    response: { declineReasonCode?: DeclineReason; note: string | null },
  ): Promise<Written<CallOff>> {
    this.assertMay(row, action);
    return this.update(manager, row, action, {
      status: action,
      respondedAt: this.clock.now(),
      declineReasonCode: response.declineReasonCode ?? null,
      responseNote: response.note,
    });
  }

  // A variation of a live placement (extend, change sessions, terminate). `row` was read under FOR UPDATE.
  async vary(
    manager: EntityManager,
    row: CallOff,
    variation: Variation,
    fields: MutableFields,
  ): Promise<Written<CallOff>> {
    this.assertMayVary(row, variation.kind);
    return this.update(manager, row, VARIATION_CHANGE[variation.kind], fields, variation);
  }

  // The blanket extension, set-based: one UPDATE for every call-off. The rows were read under FOR UPDATE and chosen
  // as accepted, live and not under notice, which is the rule for extending them.
  // A blanket extension's writes, and the run itself announced once to the council (blanket_extension.run), even when
  // it extended nothing: the report's continuity measure is accounted for as one act (DESIGN §1 Blanket extension).
  async extendAll(
    manager: EntityManager,
    writes: ExtensionWrite[],
    run: BlanketRun,
  ): Promise<Written<string[]>> {
    await this.events.append(manager, {
      type: 'blanket_extension.run',
      subject: { id: run.frameworkId, version: null },
      frameworkId: run.frameworkId,
      payload: {
        extendTo: run.extendTo,
        providerIds: run.providerIds,
        extended: writes.length,
        blocked: run.blocked,
        additionalPence: run.additionalPence,
      },
    });
    if (writes.length === 0) return { row: [], changes: [] };
    return this.commit(manager, async () => {
      const rows = returned<{ id: string; version: number; updated_at: Date }>(
        await manager.query(
          `UPDATE call_offs c SET
           end_date = u.end_date,
           school_days = u.school_days,
           total_pence = u.total_pence,
           base_pence = u.base_pence,
           at_risk_pence = u.at_risk_pence,
           by_financial_year = u.by_financial_year,
           segments = u.segments,
           variations = c.variations || jsonb_build_array(u.variation),
           version = c.version + 1,
           updated_at = now()
         FROM jsonb_to_recordset($1::jsonb) AS u(id uuid, end_date date, school_days int, total_pence bigint,
           base_pence bigint, at_risk_pence bigint, by_financial_year jsonb, segments jsonb, variation jsonb)
         WHERE c.id = u.id
         RETURNING c.id, c.version, c.updated_at`,
          [
            JSON.stringify(
              writes.map(({ row, fields, variation }) => ({
                id: row.id,
                end_date: fields.endDate,
                school_days: fields.schoolDays,
                total_pence: fields.totalPence,
                base_pence: fields.basePence,
                at_risk_pence: fields.atRiskPence,
                by_financial_year: fields.byFinancialYear,
                segments: fields.segments,
                variation,
              })),
            ),
          ],
        ),
      );
      const written = new Map(rows.map((r) => [r.id, r]));
      return {
        row: writes.map((w) => w.row.id),
        changes: writes.map(({ row, fields, variation }) => ({
          kind: 'extended' as const,
          callOffId: row.id,
          parties: partiesOf(row),
          version: written.get(row.id)!.version,
          at: written.get(row.id)!.updated_at,
          before: { endDate: row.endDate, totalPence: row.totalPence },
          after: { endDate: fields.endDate, totalPence: fields.totalPence },
          variation,
        })),
      };
    });
  }

  // Offers whose window has closed, a batch at a time: recorded as lapsed (reads already show them lapsed). SKIP
  // LOCKED lets any number of instances sweep at once. Returns the call-offs lapsed.
  async lapseDue(manager: EntityManager, batch: number): Promise<Written<string[]>> {
    return this.commit(manager, async () => {
      const rows = returned<{
        id: string;
        version: number;
        updated_at: Date;
        framework_id: string;
        commissioner_organisation_id: string;
        provider_id: string;
      }>(
        await manager.query(
          `UPDATE call_offs SET status = 'lapsed', version = version + 1, updated_at = now()
            WHERE id IN (SELECT id FROM call_offs WHERE status = 'offered' AND offer_expires_at <= $1
                         ORDER BY offer_expires_at LIMIT $2 FOR UPDATE SKIP LOCKED)
            RETURNING id, version, updated_at, framework_id, commissioner_organisation_id, provider_id`,
          [this.clock.now(), batch],
        ),
      );
      return {
        row: rows.map((r) => r.id),
        changes: rows.map((r) => ({
          kind: 'lapsed' as const,
          callOffId: r.id,
          parties: {
            frameworkId: r.framework_id,
            commissionerOrganisationId: r.commissioner_organisation_id,
            providerId: r.provider_id,
          },
          version: r.version,
          at: r.updated_at,
          before: { status: 'offered' as const },
          after: { status: 'lapsed' as const },
        })),
      };
    });
  }

  assertMayVary(row: CallOff, kind: Variation['kind']): void {
    this.assertMay(row, kind === 'terminate' ? 'terminated' : 'varied');
  }

  private assertMay(row: CallOff, action: CallOffAction): void {
    const status = effectiveStatus(row, this.clock.now(), this.clock.today());
    if (!mayApply(status, action)) throw new InvalidTransitionError('call-off', status, action);
  }

  private async update(
    manager: EntityManager,
    row: CallOff,
    kind: CallOffChangeKind,
    fields: MutableFields,
    variation?: Variation,
  ): Promise<Written<CallOff>> {
    return this.commit(manager, async () => {
      const variations = variation ? [...row.variations, variation] : row.variations;
      const result = await manager
        .createQueryBuilder()
        .update(CallOff)
        .set({ ...fields, ...(variation ? { variations } : {}) })
        .where('id = :id', { id: row.id })
        .returning(['version', 'updatedAt'])
        .execute();
      const [written] = result.raw as { version: number; updated_at: Date }[];
      const before = Object.fromEntries(
        Object.keys(fields).map((key) => [key, row[key as keyof MutableFields]]),
      ) as MutableFields;
      const updated: CallOff = {
        ...row,
        ...fields,
        variations,
        version: written.version,
        updatedAt: written.updated_at,
      };
      return {
        row: updated,
        changes: [
          {
            kind,
            callOffId: row.id,
            parties: partiesOf(row),
            version: written.version,
            at: written.updated_at,
            before,
            after: fields,
            ...(variation ? { variation } : {}),
          },
        ],
      };
    });
  }

  // Every write of a call-off passes here, inside the caller's transaction, with the changes it made: the one place
  // where what follows from a change (its event and audit entry, DESIGN §3) is recorded beside it.
  private async commit<T>(
    manager: EntityManager,
    write: () => Promise<Written<T>>,
    {
      together = new Together(),
      beside,
      last = false,
    }: { together?: Together; beside?: Beside<T>; last?: boolean } = {},
  ): Promise<Written<T>> {
    if (!manager.queryRunner?.isTransactionActive)
      throw new Error('A call-off is written inside a transaction, beside what follows from it.');
    const written = await write();
    // One statement for what follows from the change, inside its transaction:
    // the transactional outbox (DESIGN §3): each change's event commits with it or not at all;
    this.events.appendWithin(together, written.changes.map(callOffEvent));
    // the audit entry likewise (DESIGN §3): who changed which call-off, and the terms it changed, never the child;
    this.audit.recordChangesWithin(
      together,
      written.changes.length > 0 ? `call_off.${written.changes[0].kind}` : 'call_off',
      written.changes.map((change) => ({
        subject: { type: 'call_off', id: change.callOffId },
        input: auditInput(change, written.row),
      })),
    );
    // and what the caller writes beside the row as written (a raise's stored answer).
    if (beside) await beside(written.row, together);
    // `last`: the caller's transaction ends with this statement, so COMMIT travels with it.
    await together.run(manager, { last });
    return written;
  }
}

// A new offer as one plain INSERT of the entity's columns, each value converted as TypeORM converts it (jsonb,
// dates, the pence transformer), without its query builder or entity building: a raise is the hottest write. Its id,
// number and time are already chosen, so the row is known without reading it back, and the INSERT is a part of the
// statement that writes what follows from it.
function offerWithin(
  manager: EntityManager,
  together: Together,
  fields: NewCallOff,
  stamp: OfferStamp,
): CallOff {
  const { driver } = manager.connection;
  const row = Object.assign(new CallOff(), fields, {
    status: 'offered',
    version: 1,
    number: stamp.number,
    createdAt: stamp.at,
    updatedAt: stamp.at,
  });
  const written = row as unknown as Record<string, unknown>;
  const columns = manager.connection.getMetadata(CallOff).columns;
  const params: unknown[] = [];
  const values = columns.map((column) => {
    const value = written[column.propertyName];
    if (value === undefined) return 'DEFAULT';
    params.push(driver.preparePersistentValue(value, column));
    return `$${params.length}`;
  });
  together.add({
    ctes: [
      [
        'offer_written',
        `INSERT INTO call_offs (${columns.map((c) => `"${c.databaseName}"`).join(', ')})
         VALUES (${values.join(', ')})`,
      ],
    ],
    result: 'NULL',
    params,
  });
  return row;
}

// TypeORM answers a raw UPDATE … RETURNING on PostgreSQL as [rows, affected count].
function returned<T>(result: unknown): T[] {
  return (Array.isArray(result) && Array.isArray(result[0]) ? result[0] : result) as T[];
}

function partiesOf(row: Pick<CallOff, 'frameworkId' | 'commissionerOrganisationId' | 'providerId'>): Parties {
  return {
    frameworkId: row.frameworkId,
    commissionerOrganisationId: row.commissionerOrganisationId,
    providerId: row.providerId,
  };
}

const EVENT_OF: Record<CallOffChangeKind, EventType> = {
  offered: 'call_off.offered',
  accepted: 'call_off.accepted',
  declined: 'call_off.declined',
  withdrawn: 'call_off.withdrawn',
  lapsed: 'call_off.lapsed',
  varied: 'call_off.varied',
  extended: 'call_off.varied',
  terminated: 'call_off.terminated',
};

// Fields an event may carry to every reader of its audience: the placement's terms and money, never the child.
const OPEN_FIELDS = [
  'status',
  'respondedAt',
  'declineReasonCode',
  'endDate',
  'terminatedOn',
  'sessionsPerWeek',
  'pattern',
  'fullTime',
  'schoolDays',
  'totalPence',
  'basePence',
  'atRiskPence',
] as const;

function open(fields: MutableFields): Record<string, unknown> {
  return Object.fromEntries(OPEN_FIELDS.filter((key) => key in fields).map((key) => [key, fields[key]]));
}

// The terms a new placement was offered on, as the audit log keeps them: what was bought, from whom, for how long
// and at what price; nothing about the child (no reference, needs, plan, reason or location).
const OFFER_TERMS = [
  'frameworkId',
  'lotId',
  'providerId',
  'commissionerOrganisationId',
  'statutoryBasis',
  'startDate',
  'endDate',
  'sessionsPerWeek',
  'fullTime',
  'rateCardId',
  'unit',
  'unitPricePence',
  'schoolDays',
  'totalPence',
  'basePence',
  'atRiskPence',
  'offerExpiresAt',
] as const;

function auditInput(change: CallOffChange, row: unknown): Record<string, unknown> {
  const terms =
    change.kind === 'offered' &&
    typeof row === 'object' &&
    row !== null &&
    'id' in row &&
    row.id === change.callOffId
      ? Object.fromEntries(OFFER_TERMS.map((key) => [key, (row as Record<string, unknown>)[key]]))
      : {};
  // A variation's reason is free text: the audit rule keeps its name only, so it is left out here altogether.
  const details = Object.fromEntries(
    Object.entries(change.variation?.details ?? {}).filter(([key]) => key !== 'reason'),
  );
  const input: Record<string, unknown> = {
    change: change.kind,
    ...terms,
    ...open(change.after),
    ...(change.variation ? { variation: change.variation.kind, ...details } : {}),
  };
  // Timestamps as the audit log records them: ISO text.
  return Object.fromEntries(
    Object.entries(input).map(([key, value]) => [key, value instanceof Date ? value.toISOString() : value]),
  );
}

// A call-off's event: its terms as changed in the payload; free text about the child (a response note, a
// variation's reason) only in the restricted part, which reaches the commissioner and the addressed provider alone
// (DESIGN §1 "Child data is minimised").
function callOffEvent(change: CallOffChange) {
  const { reason, ...variationDetails } = (change.variation?.details ?? {}) as Record<string, unknown>;
  const note = change.after.responseNote;
  const restricted = {
    ...(typeof note === 'string' ? { responseNote: note } : {}),
    ...(typeof reason === 'string' ? { variationReason: reason } : {}),
  };
  return {
    type: EVENT_OF[change.kind],
    subject: { id: change.callOffId, version: change.version },
    ...change.parties,
    payload: {
      change: change.kind,
      before: open(change.before),
      after: open(change.after),
      ...(change.variation ? { variation: { kind: change.variation.kind, details: variationDetails } } : {}),
    },
    restricted: Object.keys(restricted).length > 0 ? restricted : null,
  };
}
