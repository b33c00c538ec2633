import { INestApplicationContext } from '@nestjs/common';
import { Caller } from '../auth/role';
import { PricingUnit } from '../frameworks/framework-types';
import { RateCardsService } from '../pricing/rate-cards.service';
import { DemoProvider } from './demo-providers';
import { DEMO_PRICES, DemoLines, upliftTo2027 } from './demo-prices';

export interface SeededProvider extends DemoProvider {
  id: string;
  caller: Caller;
}

// The legacy cards carry the 2026/27 prices (the financial year the placements fall in); the new framework's
// cards start with it on 1 April 2027.
const LEGACY_PRICES_FROM = '2026-04-01';
const NEXT_FRAMEWORK_FROM = '2027-04-01';
// The provider whose 2027/28 uplift waits for the council's decision.
const PENDING_UPLIFT_PROVIDER = 'Whitefield Therapeutic Arts';

// An approved card for every provider on every lot it belongs to, on both frameworks, plus one awaiting approval.
export async function seedRateCards(
  app: INestApplicationContext,
  admin: Caller,
  providers: SeededProvider[],
  lotIdsByNumber: Map<number, string[]>,
): Promise<string> {
  const rateCards = app.get(RateCardsService);
  const submitAndApprove = async (
    provider: SeededProvider,
    lotId: string,
    from: string,
    lines: DemoLines,
  ) => {
    const { card } = await rateCards.submit(provider.caller, provider.id, {
      lotId,
      effectiveFrom: from,
      lines: toLines(lines),
    });
    await rateCards.approve(admin, card.id, undefined, undefined);
  };
  let pending = '';
  for (const provider of providers) {
    for (const number of provider.lots) {
      const lines = DEMO_PRICES[provider.profile.name]?.[number as 1 | 2 | 3];
      if (!lines) throw new Error(`No demo prices for ${provider.profile.name} on lot ${number}`);
      const [legacyLotId, nextLotId] = lotIdsByNumber.get(number) ?? [];
      await submitAndApprove(provider, legacyLotId, LEGACY_PRICES_FROM, lines);
      await submitAndApprove(provider, nextLotId, NEXT_FRAMEWORK_FROM, upliftTo2027(lines));
      if (provider.profile.name === PENDING_UPLIFT_PROVIDER) {
        // 2027/28 uplift from September: 2.9% rounded down to the pound, so inside the framework's 3% annual uplift
        // cap over the card in force, awaiting approval.
        const { card } = await rateCards.submit(provider.caller, provider.id, {
          lotId: nextLotId,
          effectiveFrom: '2027-09-01',
          lines: toLines(upliftTo2027(upliftTo2027(lines), 2.9, Math.floor)),
        });
        pending = card.id;
      }
    }
  }
  return pending;
}

function toLines(lines: DemoLines): { unit: PricingUnit; pricePence: number }[] {
  return Object.entries(lines).map(([unit, pricePence]) => ({ unit: unit as PricingUnit, pricePence }));
}
