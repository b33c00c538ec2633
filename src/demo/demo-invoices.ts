import { INestApplicationContext } from '@nestjs/common';
import { AttendanceService } from '../attendance/attendance.service';
import { Caller } from '../auth/role';
import { CalendarService } from '../calendar/calendar.service';
import { addDays } from '../calendar/engine/dates';
import { CallOffsService } from '../call-offs/call-offs.service';
import { CallOffStatus } from '../call-offs/engine/lifecycle';
import { Clock } from '../common/clock';
import { FrameworksService } from '../frameworks/frameworks.service';
import { billableSessions } from '../invoices/engine/line-matching';
import { sessionPricePence } from '../invoices/engine/session-price';
import { InvoicesService } from '../invoices/invoices.service';
import { atInstant } from './demo-placements';

export interface InvoiceContext {
  commissioner: Caller;
  // Each provider's caller by provider id: an invoice is sent by its provider.
  providers: Map<string, Caller>;
  // The provider whose key the demo hands out: its placements, if the council has any live, are invoiced first.
  preferredProviderId: string;
}

type Fate = 'submitted' | 'query' | 'approved' | 'disputed' | 'paid' | 'overdue';

// One invoice in each state, dated back from today (days before today): the period billed, when it was received,
// and when the commissioner decided and paid. The overdue one was received more than 30 days ago and is unpaid.
const PLAN: { fate: Fate; from: number; to: number; received: number; decided?: number; paid?: number }[] = [
  { fate: 'submitted', from: 21, to: 8, received: 7 },
  { fate: 'query', from: 21, to: 8, received: 5 },
  { fate: 'approved', from: 35, to: 22, received: 21, decided: 18 },
  { fate: 'disputed', from: 35, to: 22, received: 14, decided: 12 },
  { fate: 'paid', from: 63, to: 50, received: 49, decided: 45, paid: 25 },
  { fate: 'overdue', from: 63, to: 50, received: 45, decided: 40 },
];

// Invoices for the demo placements in every state: matched, queried, approved (spend), disputed, paid and overdue.
// Built from the placements and the delivery the other modules report (marks where the demo has them; without
// marks every commissioned session is billable under the default policy), so it holds whatever else is seeded.
export async function seedInvoices(app: INestApplicationContext, ctx: InvoiceContext): Promise<number> {
  const clock = app.get(Clock);
  const callOffs = app.get(CallOffsService);
  const invoices = app.get(InvoicesService);
  const attendance = app.get(AttendanceService);
  const frameworks = app.get(FrameworksService);
  const today = clock.today();
  const { calendar } = await app.get(CalendarService).calendarFor(ctx.commissioner.organisationId);
  const active = (
    await callOffs.list(ctx.commissioner, { status: CallOffStatus.Active, limit: 200 })
  ).data.map((view) => view.callOff);
  // The demo provider's placements first, then the rest by number; each invoice takes the first placement not yet
  // invoiced that had started by its period.
  const candidates = active
    .filter((c) => ctx.providers.has(c.providerId))
    .sort(
      (a, b) =>
        Number(b.providerId === ctx.preferredProviderId) - Number(a.providerId === ctx.preferredProviderId) ||
        a.number - b.number,
    );
  const lots = await frameworks.billingTermsOfLots(candidates.map((c) => c.lotId));
  let made = 0;
  const used = new Set<string>();
  for (const [index, plan] of PLAN.entries()) {
    const periodFrom = addDays(today, -plan.from);
    const periodTo = addDays(today, -plan.to);
    const callOff = candidates.find((c) => !used.has(c.id) && c.startDate <= periodFrom);
    if (!callOff) continue;
    used.add(callOff.id);
    const lot = lots.get(callOff.lotId);
    if (!lot) continue;
    const delivery = (await attendance.delivery([callOff.id], periodFrom, periodTo)).get(callOff.id);
    if (!delivery || delivery.commissioned === 0) continue;
    const price = sessionPricePence(
      {
        unit: callOff.unit,
        unitPricePence: callOff.unitPricePence,
        hoursPerSession: lot.hoursPerSession,
        schoolDaysInAcademicYear: (year) => calendar.schoolDaysInAcademicYear(year),
      },
      periodFrom,
    );
    // The queried invoice bills two sessions more than were commissioned.
    const quantity = billableSessions(lot.absenceBillingPolicy, delivery) + (plan.fate === 'query' ? 2 : 0);
    const provider = ctx.providers.get(callOff.providerId)!;
    let id = '';
    await atInstant(clock, at(addDays(today, -plan.received)), async () => {
      const view = await invoices.submit(provider, {
        commissionerOrganisationId: callOff.commissionerOrganisationId,
        providerInvoiceNumber: `DEMO-${String(callOff.number).padStart(6, '0')}-${index + 1}`,
        issuedOn: addDays(today, -plan.received),
        periodFrom,
        periodTo,
        lines: [
          {
            callOffId: callOff.id,
            kind: 'sessions',
            quantity,
            unitPricePence: price,
            amountPence: quantity * price,
          },
        ],
      });
      id = view.invoice.id;
    });
    if (plan.decided !== undefined)
      await atInstant(clock, at(addDays(today, -plan.decided)), async () => {
        if (plan.fate === 'disputed')
          await invoices.dispute(
            ctx.commissioner,
            id,
            'Sessions billed on a day the placement was closed for staff training.',
            undefined,
          );
        else await invoices.approve(ctx.commissioner, id, undefined);
      });
    if (plan.paid !== undefined) {
      const paidOn = addDays(today, -plan.paid);
      await atInstant(clock, at(paidOn), () =>
        invoices.pay(ctx.commissioner, id, paidOn, undefined).then(() => undefined),
      );
    }
    made++;
  }
  return made;
}

function at(date: string): Date {
  return new Date(`${date}T10:00:00Z`);
}
