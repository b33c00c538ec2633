import { INestApplicationContext } from '@nestjs/common';
import { Caller } from '../auth/role';
import { NextStep, StatutoryBasis } from '../call-offs/call-off.entity';
import { CallOffsService } from '../call-offs/call-offs.service';
import { Clock } from '../common/clock';
import { atInstant } from './demo-placements';
import { SeededProvider } from './demo-rate-cards';

// A few placements that cost more than they should, so GET /v1/finance/high-cost-placements has something to review
// (Cabinet report, July 2026: "reliance on high-cost placements grew"). Bury placed three pupils part-time with the
// dearest vocational-therapeutic provider on the legacy lot 3: £118 a session is £236 a pupil-day, above the lot's
// p75 of £178 by more than the framework's default 20 %, while cheaper eligible providers have room.
export const HIGH_COST_PROVIDER = 'Holcombe Brook Equine Therapy';
export const HIGH_COST_PLACEMENTS = 3;
const RAISED_AT = new Date('2026-11-02T10:00:00Z');

export async function seedHighCostPlacements(
  app: INestApplicationContext,
  ctx: { bury: Caller; legacyLot3Id: string; providers: SeededProvider[] },
): Promise<string[]> {
  const callOffs = app.get(CallOffsService);
  const provider = ctx.providers.find((p) => p.profile.name === HIGH_COST_PROVIDER);
  if (!provider) throw new Error(`No demo provider ${HIGH_COST_PROVIDER}`);
  const ids: string[] = [];
  await atInstant(app.get(Clock), RAISED_AT, async () => {
    for (let i = 1; i <= HIGH_COST_PLACEMENTS; i++) {
      const { callOff } = await callOffs.create(ctx.bury, {
        lotId: ctx.legacyLot3Id,
        providerId: provider.id,
        justification:
          'Equine therapy named in the pupil’s EHC needs assessment advice; reviewed at half term.',
        childRef: `BURY-HC-${String(i).padStart(3, '0')}`,
        child: { yearGroup: 8 + i, ehcp: false, lookedAfter: false, needsSummary: 'Anxiety; trauma' },
        statutoryBasis: StatutoryBasis.S19Other,
        primaryReason: 'Anxiety-related absence: cannot attend school full time',
        startDate: '2026-11-09',
        endDate: '2027-03-31',
        sessionsPerWeek: 2,
        location: { latitude: 53.593, longitude: -2.298 },
        plan: {
          objectives: ['Rebuild attendance through a therapeutic programme'],
          reviewFrequencyWeeks: 6,
          nextStep: NextStep.Reintegration,
          reintegrationCriteria: 'Two weeks of full attendance at the therapeutic sessions',
        },
      });
      await callOffs.accept(provider.caller, callOff.id, 'Place confirmed.', undefined);
      ids.push(callOff.id);
    }
  });
  return ids;
}
