import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { CapacityLedger } from '../capacity/availability';
import { CapacityService, LoadedCapacity } from '../capacity/capacity.service';
import { Clock } from '../common/clock';
import { bareArray } from '../database/array-literal';
import { Together } from '../database/together';
import { FullTimePlacement, registrationBreach } from './engine/registration-threshold';
import {
  PlacementRefusal,
  capacityExhausted,
  refusalError,
  registrationThreshold,
} from './placement-problems';

export interface Period {
  from: string;
  to: string;
  sessionsPerWeek: number;
}

// One call-off taking, moving or giving back a place: what it needs and what it holds afterwards.
export interface Placement {
  callOffId: string;
  providerId: string;
  lotId: string;
  unregistered: boolean;
  // Capacity the change needs on top of what the call-off already holds (sessions a week per period).
  needs: Period[];
  // Education Act 1996 s.463: the full-time period the change adds to an unregistered provider's count, if any.
  addsFullTime: FullTimePlacement | null;
  // The call-off's holds afterwards: `periods` added to them, or replacing them all. An offer's hold lapses with it.
  holds: { replace: boolean; periods: Period[]; expiresAt: Date | null };
}

// A provider's capacity on a lot, locked before the placement is known (PlacementGuard.lock): a raise naming its
// provider takes the lock in its first round trip and judges the placement once it has matched.
export interface LockedPlacement {
  providerId: string;
  lotId: string;
  window: { from: string; to: string };
  // Education Act 1996 s.463: whether the provider's own lock (its count spans every lot) was taken first.
  providerLocked: boolean;
  ledger: CapacityLedger;
  alongside: Record<string, unknown> | null;
  // The answers of the caller's statements written behind the lock's read, in order.
  after: Record<string, unknown>[][];
}

export interface PlacementDecision {
  callOffId: string;
  refusal: PlacementRefusal | null;
}

// The placement guard: the lock per provider and lot, the s.463 registration threshold, the capacity check with its
// first short date, and the hold — for raising, every variation, the blanket extension and (later) referral awards.
// Capacity holds are taken, moved and released here and nowhere else in call-offs.
@Injectable()
export class PlacementGuard {
  constructor(
    private readonly capacity: CapacityService,
    private readonly clock: Clock,
  ) {}

  // One placement: refused with its problem, or placed and held. With `within`, the hold is written as a part of the
  // statement that writes the rest of the change (the call-off's events, audit entry, answer), still under the lock.
  // `alongside` (a select list) is worked out in the lock's statement and answered (CapacityService.lockAndLoad).
  async place(
    manager: EntityManager,
    placement: Placement,
    within?: Together,
    alongside?: string,
  ): Promise<Record<string, unknown> | null> {
    const { decisions, alongside: read } = await this.judgeAndHold(manager, [placement], {
      dryRun: false,
      within,
      alongside,
    });
    if (decisions[0].refusal) throw refusalError(decisions[0].refusal);
    return read;
  }

  // Locks one provider's capacity on one lot (and, with `providerLock`, the provider's s.463 count first, in the lock
  // order below) and reads it over the window, before the placement itself is known; `after`, the caller's own
  // statements, travel in the same round trip. `placeLocked` then judges and holds the placement under it.
  async lock(
    manager: EntityManager,
    target: {
      providerId: string;
      lotId: string;
      window: { from: string; to: string };
      providerLock: boolean;
    },
    read: { alongside?: string; after?: { sql: string; params: unknown[] }[] } = {},
  ): Promise<LockedPlacement> {
    const { providerId, lotId, window, providerLock } = target;
    const locked = await this.capacity.lockAndLoad(
      manager,
      lotId,
      [providerId],
      window,
      providerLock ? [providerLockKey(providerId)] : [],
      read.alongside,
      read.after,
    );
    const rows = locked.loaded.get(providerId);
    return {
      providerId,
      lotId,
      window,
      providerLocked: providerLock,
      ledger: new CapacityLedger(window.from, window.to, rows?.declarations ?? [], rows?.holds ?? []),
      alongside: locked.alongside,
      after: locked.after,
    };
  }

  // `place` for a placement whose provider and lot `lock` locked in this transaction.
  async placeLocked(
    manager: EntityManager,
    locked: LockedPlacement,
    placement: Placement,
    within?: Together,
  ): Promise<void> {
    if (placement.providerId !== locked.providerId || placement.lotId !== locked.lotId)
      throw new Error('The placement is not the one whose capacity was locked.');
    if (placement.needs.some((n) => n.from < locked.window.from || n.to > locked.window.to))
      throw new Error('The placement needs capacity outside the window read under the lock.');
    if (placement.unregistered && placement.addsFullTime && !locked.providerLocked)
      throw new Error('An s.463 count needs the provider locked before its capacity (the lock order).');
    const { decisions } = await this.judgeAndHold(manager, [placement], { dryRun: false, within, locked });
    if (decisions[0].refusal) throw refusalError(decisions[0].refusal);
  }

  // Set-based, in the given order: each placement is judged against what the earlier ones took, and only those
  // admitted are held. A dry run takes no locks and holds nothing.
  async placeAll(
    manager: EntityManager,
    placements: Placement[],
    options: { dryRun: boolean; within?: Together },
  ): Promise<PlacementDecision[]> {
    return (await this.judgeAndHold(manager, placements, options)).decisions;
  }

  private async judgeAndHold(
    manager: EntityManager,
    placements: Placement[],
    options: { dryRun: boolean; within?: Together; alongside?: string; locked?: LockedPlacement },
  ): Promise<{ decisions: PlacementDecision[]; alongside: Record<string, unknown> | null }> {
    if (placements.length === 0) return { decisions: [], alongside: null };
    const counted = placements.filter((p) => p.unregistered && p.addsFullTime);
    const unregistered = [...new Set(counted.map((p) => p.providerId))].sort();
    const { locked } = options;
    const { ledgers, alongside } = locked
      ? {
          ledgers: new Map([[`${locked.providerId}|${locked.lotId}`, locked.ledger]]),
          alongside: locked.alongside,
        }
      : await this.lockAndRead(manager, placements, unregistered, options.dryRun, options.alongside);
    const fullTime = await this.fullTimePlacements(
      manager,
      unregistered,
      minOf(counted.map((p) => p.addsFullTime!.from)),
      maxOf(counted.map((p) => p.addsFullTime!.to)),
    );
    const decisions: PlacementDecision[] = [];
    const admitted: Placement[] = [];
    for (const p of placements) {
      const refusal = this.judge(p, ledgers.get(`${p.providerId}|${p.lotId}`), fullTime);
      decisions.push({ callOffId: p.callOffId, refusal });
      if (refusal) continue;
      // Later placements in this batch see what the earlier ones take.
      for (const need of p.needs)
        ledgers.get(`${p.providerId}|${p.lotId}`)?.take(need.from, need.to, need.sessionsPerWeek);
      if (p.unregistered && p.addsFullTime) {
        const list = fullTime.get(p.providerId) ?? [];
        list.push(p.addsFullTime);
        fullTime.set(p.providerId, list);
      }
      admitted.push(p);
    }
    if (!options.dryRun) await this.hold(manager, admitted, options.within);
    return { decisions, alongside };
  }

  // An offer accepted: its hold no longer lapses.
  async confirm(manager: EntityManager, callOffId: string): Promise<void> {
    await this.capacity.confirm(manager, callOffId);
  }

  // Declined, withdrawn or lapsed: the place is free again.
  async release(manager: EntityManager, callOffIds: string[]): Promise<void> {
    await this.capacity.releaseMany(manager, callOffIds);
  }

  // Full-time placements holding a place at each provider (every commissioner, every lot), overlapping the window:
  // what the s.463 count reads. Matching reads it too, before any lock, to list who cannot take a placement.
  async fullTimePlacements(
    db: EntityManager,
    providerIds: string[],
    from: string,
    to: string,
  ): Promise<Map<string, FullTimePlacement[]>> {
    const result = new Map<string, FullTimePlacement[]>();
    if (providerIds.length === 0) return result;
    // Plain rows and one array parameter: this runs for every unregistered member of a lot, on every match.
    const rows: {
      provider_id: string;
      start_date: string;
      end_date: string;
      child_ehcp: boolean;
      child_looked_after: boolean;
    }[] = await db.query(
      `SELECT provider_id, start_date, end_date, child_ehcp, child_looked_after FROM call_offs
        WHERE provider_id = ANY($1::uuid[]) AND full_time AND start_date <= $3 AND end_date >= $2
          AND (status = 'accepted' OR (status = 'offered' AND offer_expires_at > $4))`,
      [bareArray(providerIds), from, to, this.clock.now()],
    );
    for (const row of rows) {
      const placement = {
        from: row.start_date,
        to: row.end_date,
        lookedAfterOrEhcp: row.child_ehcp || row.child_looked_after,
      };
      const list = result.get(row.provider_id);
      if (list) list.push(placement);
      else result.set(row.provider_id, [placement]);
    }
    return result;
  }

  // Lawfulness first (s.463), then room.
  private judge(
    p: Placement,
    ledger: CapacityLedger | undefined,
    fullTime: Map<string, FullTimePlacement[]>,
  ): PlacementRefusal | null {
    if (p.unregistered && p.addsFullTime) {
      const breach = registrationBreach(fullTime.get(p.providerId) ?? [], p.addsFullTime);
      if (breach) return registrationThreshold(breach.date);
    }
    for (const need of p.needs) {
      // No declaration touching the window at all: the first day needed is short.
      const short = ledger ? ledger.firstShort(need.from, need.to, need.sessionsPerWeek) : need.from;
      if (short) return capacityExhausted(short, need.sessionsPerWeek);
    }
    return null;
  }

  // Lock order, everywhere: every provider whose s.463 count changes (it spans every lot), then each lot's
  // provider+lot pairs, lots and providers in id order — so concurrent raises, variations and extensions never
  // deadlock. Per lot, one statement takes the locks and then reads the declarations and live holds over the window
  // the placements need, so what is read is current. A dry run reads without locking.
  private async lockAndRead(
    manager: EntityManager,
    placements: Placement[],
    unregistered: string[],
    dryRun: boolean,
    alongside?: string,
  ): Promise<{ ledgers: Map<string, CapacityLedger>; alongside: Record<string, unknown> | null }> {
    if (alongside && (dryRun || new Set(placements.map((p) => p.lotId)).size !== 1))
      throw new Error('Only one lot’s lock statement can carry what a caller reads alongside it.');
    const ledgers = new Map<string, CapacityLedger>();
    let read: Record<string, unknown> | null = null;
    let providerLocks = dryRun ? [] : unregistered.map(providerLockKey);
    const lotIds = [...new Set(placements.map((p) => p.lotId))].sort();
    for (const lotId of lotIds) {
      const group = placements.filter((p) => p.lotId === lotId);
      const providerIds = [...new Set(group.map((p) => p.providerId))].sort();
      const needs = group.flatMap((p) => p.needs);
      const window =
        needs.length > 0
          ? { from: minOf(needs.map((n) => n.from)), to: maxOf(needs.map((n) => n.to)) }
          : null;
      let loaded: Map<string, LoadedCapacity>;
      if (dryRun)
        loaded = window
          ? await this.capacity.loadForLot(manager, lotId, window.from, window.to, providerIds)
          : new Map<string, LoadedCapacity>();
      else if (window) {
        const locked = await this.capacity.lockAndLoad(
          manager,
          lotId,
          providerIds,
          window,
          providerLocks,
          alongside,
        );
        loaded = locked.loaded;
        read = locked.alongside;
      } else {
        if (alongside) throw new Error('What a caller reads alongside the lock needs a window to check.');
        // Nothing to check (a termination gives places back): the locks alone, so the holds move under them.
        for (const key of providerLocks)
          await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [key]);
        for (const providerId of providerIds) await this.capacity.lock(manager, providerId, lotId);
        loaded = new Map<string, LoadedCapacity>();
      }
      providerLocks = [];
      if (window)
        for (const [providerId, rows] of loaded)
          ledgers.set(
            `${providerId}|${lotId}`,
            new CapacityLedger(window.from, window.to, rows.declarations, rows.holds),
          );
    }
    return { ledgers, alongside: read };
  }

  private async hold(manager: EntityManager, placements: Placement[], within?: Together): Promise<void> {
    const replaced = placements.filter((p) => p.holds.replace).map((p) => p.callOffId);
    await this.capacity.releaseMany(manager, replaced);
    const holds = placements.flatMap((p) =>
      p.holds.periods.map((period) => ({
        providerId: p.providerId,
        lotId: p.lotId,
        from: period.from,
        to: period.to,
        sessionsPerWeek: period.sessionsPerWeek,
        sourceId: p.callOffId,
        expiresAt: p.holds.expiresAt,
      })),
    );
    if (within) this.capacity.holdWithin(within, holds);
    else await this.capacity.hold(manager, holds);
  }
}

// Education Act 1996 s.463: one provider's count of full-time pupils, across every lot.
function providerLockKey(providerId: string): string {
  return `provider:${providerId}`;
}

function minOf(dates: string[]): string {
  return dates.reduce((min, d) => (d < min ? d : min), dates[0] ?? '');
}

function maxOf(dates: string[]): string {
  return dates.reduce((max, d) => (d > max ? d : max), dates[0] ?? '');
}
