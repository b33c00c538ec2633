import { Injectable } from '@nestjs/common';
import { Caller, Role } from '../auth/role';
import { CalendarService } from '../calendar/calendar.service';
import { FrameworksService } from '../frameworks/frameworks.service';
import { MatchesDto, MatchesQueryDto } from './dto/matches.dto';
import { assertWithinLotMaximum } from '../frameworks/lot-rules';
import { MatchingService } from './matching.service';

// The matches endpoint: the same computation a call-off freezes as its award evidence.
@Injectable()
export class MatchesService {
  constructor(
    private readonly frameworks: FrameworksService,
    private readonly calendars: CalendarService,
    private readonly matching: MatchingService,
  ) {}

  async forLot(caller: Caller, lotId: string, query: MatchesQueryDto): Promise<MatchesDto> {
    const lot = await this.frameworks.getLot(caller, lotId);
    const { framework } = (await this.frameworks.findLot(lotId))!;
    const { calendar } = await this.calendars.calendarFor(
      caller.role === Role.Commissioner ? caller.organisationId : null,
    );
    // Matching ranks any number of sessions; asking for more than the lot allows is refused at once.
    assertWithinLotMaximum(lot, query.sessionsPerWeek);
    const result = await this.matching.match(lot, framework, calendar, query);
    return {
      lotId,
      startDate: query.startDate,
      endDate: query.endDate,
      sessionsPerWeek: query.sessionsPerWeek,
      weights: { price: lot.priceWeight, distance: lot.distanceWeight, quality: lot.qualityWeight },
      weightsApplied: result.ranking.weightsApplied,
      rule: result.ranking.rule,
      matches: result.matches,
      excluded: result.excluded,
    };
  }
}
