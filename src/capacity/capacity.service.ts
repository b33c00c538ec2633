import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, In, Repository } from 'typeorm';
import { Caller, Role } from '../auth/role';
import { assertProviderInScope } from '../auth/scope';
import { toEpochDay } from '../calendar/engine/dates';
import { Clock } from '../common/clock';
import { BadRequestError, NotFoundError, RuleViolation } from '../common/domain-error';
import { Together } from '../database/together';
import { inOneRoundTrip } from '../database/preparing-client';
import { EventsService } from '../events/events.service';
import { FrameworksService } from '../frameworks/frameworks.service';
import { LotMembersService } from '../providers/lot-members.service';
import { ProvidersService } from '../providers/providers.service';
import { Declaration, Hold, availability } from './availability';
import { CapacityDeclaration, CapacityHold } from './capacity.entity';
import { CapacityDto, CapacityQueryDto, CreateCapacityDeclarationDto } from './dto/capacity.dto';

interface CapacityRowWithKind {
  hold: boolean;
  provider_id: string;
  from_date: string;
  to_date: string;
  sessions_per_week: number;
  source_id: string | null;
}

export interface LoadedCapacity {
  declarations: Declaration[];
  holds: (Hold & { sourceId: string | null })[];
}

// A declaration older than this is flagged stale: the council asks providers to confirm capacity fortnightly.
const STALE_AFTER_DAYS = 14;
const MAX_WINDOW_DAYS = 800;
// A declaration covers at most the four-year framework term plus a year.
const MAX_DECLARATION_DAYS = 5 * 366;

// leastAvailable() per provider over [$2, $3] for the lot $1, live holds at $4, needing $5 (see leastAvailableForLot).
export const LEAST_AVAILABLE_FOR_LOT = `WITH d AS (
    SELECT provider_id, from_date AS a, to_date AS b, sessions_per_week AS s, created_at, id
      FROM capacity_declarations
     WHERE lot_id = $1 AND from_date <= $3 AND to_date >= $2),
  -- Live holds summed per provider and period, from their totals per period and expiry ('infinity': held for good),
  -- which the database keeps as holds change (migrations/1796405100000-CapacityHoldTotals.ts): placements often share
  -- a term's dates and a day's offers their expiry, so the read does not grow with every hold of the lot.
  h AS (
    SELECT provider_id, from_date AS a, to_date AS b, sum(sessions_per_week) AS s
      FROM capacity_hold_totals
     WHERE lot_id = $1 AND from_date <= $3 AND to_date >= $2 AND expires_at > $4
     GROUP BY provider_id, from_date, to_date),
  spans AS (SELECT provider_id, a, b FROM d UNION ALL SELECT provider_id, a, b FROM h),
  -- The days where what is declared or held may change: the window's first day, each start after it and each
  -- day after an end before the window's last (every span overlaps the window).
  p AS (
    SELECT provider_id, $2::date AS day FROM spans
    UNION SELECT provider_id, a FROM spans WHERE a > $2
    UNION SELECT provider_id, b + 1 FROM spans WHERE b < $3),
  -- DESIGN §1 "Capacity declaration": the newest declaration covering a day is what is declared on it.
  declared AS (
    SELECT DISTINCT ON (p.provider_id, p.day) p.provider_id, p.day, d.s
      FROM p JOIN d ON d.provider_id = p.provider_id AND d.a <= p.day AND p.day <= d.b
     ORDER BY p.provider_id, p.day, d.created_at DESC, d.id DESC),
  held AS (
    SELECT p.provider_id, p.day, sum(h.s) AS s
      FROM p JOIN h ON h.provider_id = p.provider_id AND h.a <= p.day AND p.day <= h.b
     GROUP BY p.provider_id, p.day),
  free AS (
    SELECT p.provider_id, p.day, coalesce(declared.s, 0) - coalesce(held.s, 0) AS n
      FROM p LEFT JOIN declared USING (provider_id, day) LEFT JOIN held USING (provider_id, day))
  SELECT provider_id, min(n)::int AS available, min(day) FILTER (WHERE n < $5) AS first_short
    FROM free GROUP BY provider_id`;

// Each provider's least free sessions over a window and the first day short of what is needed, if any.
export type LeastAvailable = Map<string, { available: number; firstShortDate: string | null }>;
export interface LeastAvailableRow {
  provider_id: string;
  available: number;
  first_short: string | null;
}

// A place held for a call-off (its offer or placement) over a period.
export interface NewHold {
  providerId: string;
  lotId: string;
  from: string;
  to: string;
  sessionsPerWeek: number;
  sourceId: string;
  expiresAt: Date | null;
}

@Injectable()
export class CapacityService {
  constructor(
    @InjectRepository(CapacityDeclaration) private readonly declarations: Repository<CapacityDeclaration>,
    private readonly frameworks: FrameworksService,
    private readonly providers: ProvidersService,
    private readonly members: LotMembersService,
    private readonly clock: Clock,
    private readonly events: EventsService,
  ) {}

  async declare(
    caller: Caller,
    providerId: string,
    input: CreateCapacityDeclarationDto,
  ): Promise<CapacityDeclaration> {
    assertProviderInScope(caller, providerId, 'Provider');
    if (!(await this.providers.findById(providerId))) throw new NotFoundError('Provider');
    checkWindow(input.from, input.to, MAX_DECLARATION_DAYS);
    const found = await this.frameworks.findLotFor(caller, input.lotId);
    if (!found) throw new RuleViolation('lot_not_found', 'lotId names no lot.');
    return this.declarations.manager.transaction(async (manager) => {
      const declaration = await manager.save(
        manager.create(CapacityDeclaration, {
          providerId,
          lotId: input.lotId,
          fromDate: input.from,
          toDate: input.to,
          sessionsPerWeek: input.sessionsPerWeek,
          declaredByKeyId: caller.keyId,
        }),
      );
      await this.events.append(manager, {
        type: 'capacity.declared',
        subject: { id: declaration.id, version: null },
        frameworkId: found.framework.id,
        providerId,
        payload: {
          lotId: input.lotId,
          from: input.from,
          to: input.to,
          sessionsPerWeek: input.sessionsPerWeek,
        },
      });
      return declaration;
    });
  }

  // A few queries for the whole lot, whatever the number of providers or the length of their declaration history:
  // the declarations and holds that touch the window, when each provider last declared, and the lot's members.
  async availabilityFor(caller: Caller, query: CapacityQueryDto): Promise<CapacityDto> {
    checkWindow(query.from, query.to, MAX_WINDOW_DAYS);
    if (caller.role === Role.Provider && query.providerId && query.providerId !== caller.providerId)
      throw new NotFoundError('Provider');
    await this.frameworks.getLot(caller, query.lotId);
    const providerId = caller.role === Role.Provider ? caller.providerId : query.providerId;
    const manager = this.declarations.manager;
    const [inWindow, confirmed, members] = await Promise.all([
      this.loadForLot(manager, query.lotId, query.from, query.to, providerId ? [providerId] : undefined),
      manager.query<{ provider_id: string; last: Date }[]>(
        `SELECT provider_id, max(created_at) AS last FROM capacity_declarations
          WHERE lot_id = $1 ${providerId ? 'AND provider_id = $2' : ''} GROUP BY provider_id`,
        providerId ? [query.lotId, providerId] : [query.lotId],
      ),
      this.members.currentMemberIds(query.lotId, providerId ?? undefined),
    ]);
    const lastConfirmed = new Map(confirmed.map((row) => [row.provider_id, row.last]));
    const staleBefore = this.clock.now().getTime() - STALE_AFTER_DAYS * 86_400_000;

    return {
      lotId: query.lotId,
      from: query.from,
      to: query.to,
      // Members that never declared are listed too, as stale: the council chases them.
      data: [...new Set([...members, ...lastConfirmed.keys(), ...inWindow.keys()])].sort().map((id) => {
        const last = lastConfirmed.get(id);
        const rows = inWindow.get(id);
        return {
          providerId: id,
          lastConfirmedAt: last ? last.toISOString() : null,
          stale: !last || last.getTime() < staleBefore,
          intervals: availability(query.from, query.to, rows?.declarations ?? [], rows?.holds ?? []),
        };
      }),
    };
  }

  // Declarations and live holds for a set of providers on one lot over a window: one statement returning plain rows
  // with only the columns availability needs, whatever the number of providers (matching reads the whole lot).
  async loadForLot(
    manager: EntityManager,
    lotId: string,
    from: string,
    to: string,
    providerIds?: string[],
  ): Promise<Map<string, LoadedCapacity>> {
    if (providerIds && providerIds.length === 0) return new Map();
    const rows: CapacityRowWithKind[] = await manager.query(loadSql(!!providerIds), [
      lotId,
      from,
      to,
      this.clock.now(),
      ...(providerIds ? [providerIds] : []),
    ]);
    return byProvider(rows);
  }

  // leastAvailable() for every provider with a declaration or a live hold on the lot over [from, to], worked out by
  // PostgreSQL: one short row per provider instead of every declaration and hold (matching asks this of a whole lot
  // per request). A provider without a row has nothing declared or held there. Held equal to the pure function on
  // random data (test/capacity-least.e2e-spec.ts).
  async leastAvailableForLot(
    manager: EntityManager,
    lotId: string,
    from: string,
    to: string,
    needed: number,
  ): Promise<LeastAvailable> {
    const read = this.leastAvailableRead(lotId, from, to, needed);
    return read.answer(await manager.query(read.sql, read.params));
  }

  // The same read for a caller to send inside its own statement (a raise sends it with its other opening reads):
  // `sql` numbers its parameters from $1 and answers LeastAvailableRow rows, which `answer` turns into the map.
  leastAvailableRead(
    lotId: string,
    from: string,
    to: string,
    needed: number,
  ): { sql: string; params: unknown[]; answer: (rows: LeastAvailableRow[]) => LeastAvailable } {
    return {
      sql: LEAST_AVAILABLE_FOR_LOT,
      params: [lotId, from, to, this.clock.now(), needed],
      answer: (rows) => {
        const result: LeastAvailable = new Map();
        for (const row of rows)
          result.set(row.provider_id, { available: row.available, firstShortDate: row.first_short });
        return result;
      },
    };
  }

  // Locks each provider+lot (after the caller's own `alsoLock` keys, in the order given) and then reads their
  // declarations and live holds over the window: two statements written together and answered in one round trip,
  // the read taking its snapshot once the locks are held, so what it returns is current. Holds the locks until the
  // transaction ends. `alongside`, a select list of the caller's, is worked out once in the read and answered as an
  // object (a raise takes its call-off's number and time there). `after`, the caller's own statements, are written
  // behind the read and answered in the same round trip (under the locks, so they see what the read sees).
  async lockAndLoad(
    manager: EntityManager,
    lotId: string,
    providerIds: string[],
    window: { from: string; to: string },
    alsoLock: string[] = [],
    alongside?: string,
    after: { sql: string; params: unknown[] }[] = [],
  ): Promise<{
    loaded: Map<string, LoadedCapacity>;
    alongside: Record<string, unknown> | null;
    after: Record<string, unknown>[][];
  }> {
    const sorted = [...new Set(providerIds)].sort();
    const [, rows, ...afterRows] = (await inOneRoundTrip(manager, [
      {
        sql: 'SELECT pg_advisory_xact_lock(hashtext(k)) FROM unnest($1::text[]) WITH ORDINALITY AS l(k, n) ORDER BY n',
        params: [[...alsoLock, ...sorted.map((providerId) => lockKey(providerId, lotId))]],
      },
      {
        // One row even when nothing is declared or held: the read's columns are then null.
        sql: `SELECT ${alongside ? 'row_to_json(a)' : 'NULL::json'} AS alongside, l.* FROM (SELECT ${alongside ?? ''}) a
                LEFT JOIN LATERAL (${loadSql(true)}) l ON true`,
        params: [lotId, window.from, window.to, this.clock.now(), sorted],
      },
      ...after,
    ])) as [
      unknown,
      (CapacityRowWithKind & { alongside: Record<string, unknown> | null })[],
      ...Record<string, unknown>[][],
    ];
    return {
      loaded: byProvider(rows.filter((row) => row.hold !== null)),
      alongside: rows[0].alongside,
      after: afterRows,
    };
  }

  // Serialises every change to one provider's capacity on one lot until the transaction ends.
  async lock(manager: EntityManager, providerId: string, lotId: string): Promise<void> {
    await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [lockKey(providerId, lotId)]);
  }

  async hold(manager: EntityManager, holds: NewHold[]): Promise<void> {
    if (holds.length === 0) return;
    const together = new Together();
    this.holdWithin(together, holds);
    await together.run(manager);
  }

  // The same as a part of the statement that writes the rest of the change (a raise's call-off events, audit entry
  // and answer), run by its writer inside the transaction holding the locks. One parameter whatever the number.
  holdWithin(together: Together, holds: NewHold[]): void {
    if (holds.length === 0) return;
    together.add({
      ctes: [
        [
          'holds_written',
          `INSERT INTO capacity_holds (provider_id, lot_id, from_date, to_date, sessions_per_week, source_id, expires_at)
           SELECT h.provider_id, h.lot_id, h.from_date, h.to_date, h.sessions_per_week, h.source_id, h.expires_at
             FROM jsonb_to_recordset($1::jsonb) AS h(provider_id uuid, lot_id uuid, from_date date, to_date date,
                  sessions_per_week int, source_id uuid, expires_at timestamptz)
           RETURNING 1`,
        ],
      ],
      result: '(SELECT count(*) FROM holds_written)',
      params: [
        JSON.stringify(
          holds.map((h) => ({
            provider_id: h.providerId,
            lot_id: h.lotId,
            from_date: h.from,
            to_date: h.to,
            sessions_per_week: h.sessionsPerWeek,
            source_id: h.sourceId,
            expires_at: h.expiresAt,
          })),
        ),
      ],
    });
  }

  async releaseMany(manager: EntityManager, sourceIds: string[]): Promise<void> {
    if (sourceIds.length > 0) await manager.delete(CapacityHold, { sourceId: In(sourceIds) });
  }

  async confirm(manager: EntityManager, sourceId: string): Promise<void> {
    await manager.update(CapacityHold, { sourceId }, { expiresAt: null });
  }
}

function checkWindow(from: string, to: string, maxDays: number): void {
  if (to < from)
    throw new BadRequestError('validation_failed', 'to must be on or after from.', [
      { field: 'to', message: 'to must be on or after from' },
    ]);
  if (toEpochDay(to) - toEpochDay(from) > maxDays)
    throw new BadRequestError('validation_failed', `A capacity window may span at most ${maxDays} days.`, [
      { field: 'to', message: 'window too long' },
    ]);
}

function lockKey(providerId: string, lotId: string): string {
  return `capacity:${providerId}:${lotId}`;
}

// The declarations and live holds of a lot's providers (all, or $5's) over [$2, $3], holds live at $4: declarations
// numbered in the order they were made (a number, not a timestamp to parse per row), then holds.
function loadSql(someProviders: boolean): string {
  const providers = someProviders ? 'AND provider_id = ANY($5::uuid[])' : '';
  return `SELECT false AS hold, provider_id, from_date, to_date, sessions_per_week, NULL::uuid AS source_id,
                 row_number() OVER (ORDER BY created_at, id) AS ord
            FROM capacity_declarations
           WHERE lot_id = $1 AND from_date <= $3 AND to_date >= $2 ${providers}
          UNION ALL
          SELECT true, provider_id, from_date, to_date, sessions_per_week, source_id, NULL
            FROM capacity_holds
           WHERE lot_id = $1 AND from_date <= $3 AND to_date >= $2 ${providers}
             AND (expires_at IS NULL OR expires_at > $4)
           ORDER BY hold, ord`;
}

// Rows in declaration order (a later declaration overrides an earlier one over the days they share), by provider.
function byProvider(rows: CapacityRowWithKind[]): Map<string, LoadedCapacity> {
  const result = new Map<string, LoadedCapacity>();
  const entry = (id: string) => {
    let value = result.get(id);
    if (!value) result.set(id, (value = { declarations: [], holds: [] }));
    return value;
  };
  rows.forEach((row, order) => {
    if (row.hold)
      entry(row.provider_id).holds.push({
        from: row.from_date,
        to: row.to_date,
        sessionsPerWeek: row.sessions_per_week,
        sourceId: row.source_id,
      });
    else
      entry(row.provider_id).declarations.push({
        from: row.from_date,
        to: row.to_date,
        sessionsPerWeek: row.sessions_per_week,
        order,
      });
  });
  return result;
}
