import { Injectable } from '@nestjs/common';
import { LRUCache } from 'lru-cache';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Caller, Role } from '../auth/role';
import { CalendarService } from '../calendar/calendar.service';
import { calendarCounter, lotCounter, readCounts } from '../database/change-counters';
import { FrameworksService } from '../frameworks/frameworks.service';
import { MatchesDto, MatchesQueryDto } from './dto/matches.dto';
import { assertWithinLotMaximum } from '../frameworks/lot-rules';
import { MatchingService } from './matching.service';

// The matches endpoint: the same computation a call-off freezes as its award evidence.
@Injectable()
export class MatchesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly frameworks: FrameworksService,
    private readonly calendars: CalendarService,
    private readonly matching: MatchingService,
  ) {}

  // The bytes last sent for each question (its head, which names the lot, dates, sessions and weights), with the
  // texts they were made of: the same texts give the same bytes, without copying ~800 KiB into a new Buffer.
  private readonly sent = new LRUCache<string, { matches: string; excluded: string; body: Buffer }>({
    max: 16,
  });

  // The shipped default calendar (an admin has no commissioner's own): one object, so what matching keeps per
  // calendar is found again.
  private defaultCalendar?: ReturnType<CalendarService['calendarFor']>;

  // A MatchesDto as UTF-8 JSON: the ranked matches are written from text kept per ranking (2,000 of them are most of
  // a lot's answer), the rest by JSON.stringify, in the DTO's field order.
  async forLot(caller: Caller, lotId: string, query: MatchesQueryDto): Promise<Buffer> {
    await this.frameworks.getLot(caller, lotId);
    const organisationId = caller.role === Role.Commissioner ? caller.organisationId : null;
    // The lot's terms and the commissioner's calendar from what is kept, under one read of their change counts.
    const [lotCount, calendarCount] = await readCounts(this.dataSource, [
      lotCounter(lotId),
      ...(organisationId ? [calendarCounter(organisationId)] : []),
    ]);
    const { lot, framework } = (await this.frameworks.lotTerms(lotId, lotCount))!;
    const { calendar } = organisationId
      ? await this.calendars.keptCalendarFor(organisationId, calendarCount)
      : await (this.defaultCalendar ??= this.calendars.calendarFor(null));
    // Matching ranks any number of sessions; asking for more than the lot allows is refused at once.
    assertWithinLotMaximum(lot, query.sessionsPerWeek);
    const result = await this.matching.match(lot, framework, calendar, query, { lotCount });
    const head: Omit<MatchesDto, 'matches' | 'excluded'> = {
      lotId,
      startDate: query.startDate,
      endDate: query.endDate,
      sessionsPerWeek: query.sessionsPerWeek,
      weights: { price: lot.priceWeight, distance: lot.distanceWeight, quality: lot.qualityWeight },
      weightsApplied: result.ranking.weightsApplied,
      rule: result.ranking.rule,
    };
    const headJson = JSON.stringify(head);
    const matches = result.matchesJson();
    const excluded = JSON.stringify(result.excluded);
    const last = this.sent.get(headJson);
    // Compared by identity first: an unchanged answer hands back the very string it did before.
    if (last && last.matches === matches && last.excluded === excluded) return last.body;
    const body = Buffer.from(`${headJson.slice(0, -1)},"matches":${matches},"excluded":${excluded}}`);
    this.sent.set(headJson, { matches, excluded, body });
    return body;
  }
}
