import { Injectable } from '@nestjs/common';
import { Clock } from '../common/clock';
import { FrameworksService } from '../frameworks/frameworks.service';
import { DirectoryDto, DirectoryEntryDto, DirectoryLotDto, DirectoryQueryDto } from './dto/directory.dto';
import { EligibilityService } from './eligibility.service';
import { postcodeDistrict } from './identifiers';
import { Provider } from './provider.entity';
import { ProvidersService } from './providers.service';

// The public AP Directory (DESIGN §1): approved providers eligible today, by lot, with no personal data.
@Injectable()
export class DirectoryService {
  constructor(
    private readonly frameworks: FrameworksService,
    private readonly eligibility: EligibilityService,
    private readonly providers: ProvidersService,
    private readonly clock: Clock,
  ) {}

  async directory(query: DirectoryQueryDto): Promise<DirectoryDto> {
    const today = this.clock.today();
    const open = await this.frameworks.listOpenLots(today);
    const availableLots: DirectoryLotDto[] = open.map(({ lot, framework }) => ({
      lotId: lot.id,
      frameworkReference: framework.reference,
      frameworkTitle: framework.title,
      number: lot.number,
      title: lot.title,
    }));
    // Per lot through the kept answers: the public page is read far more often than the directory changes.
    const results = await Promise.all(
      availableLots.map((lot) => this.eligibility.evaluateLot(lot.lotId, today)),
    );
    const entries = new Map<string, { providerId: string; lots: DirectoryLotDto[] }>();
    for (const [i, lot] of availableLots.entries()) {
      for (const [providerId, result] of results[i]) {
        if (!result.eligible) continue;
        const entry = entries.get(providerId) ?? { providerId, lots: [] };
        entry.lots.push(lot);
        entries.set(providerId, entry);
      }
    }
    const providers = await this.providers.findByIds([...entries.keys()]);
    const words = query.q?.toLowerCase().split(/\s+/).filter(Boolean) ?? [];
    const data = providers
      .filter((p) => !query.category || p.category === query.category)
      .filter((p) => !query.lotId || entries.get(p.id)?.lots.some((l) => l.lotId === query.lotId))
      .filter((p) => words.every((word) => `${p.name} ${p.description ?? ''}`.toLowerCase().includes(word)))
      .map((p) => entry(p, entries.get(p.id)?.lots ?? []))
      .sort((a, b) => a.name.localeCompare(b.name, 'en-GB'));
    return { date: today, availableLots, data };
  }
}

// Only what the public may see: no contact email, no exact location, no full postcode, no quality score.
function entry(p: Provider, lots: DirectoryLotDto[]): DirectoryEntryDto {
  return {
    providerId: p.id,
    name: p.name,
    category: p.category,
    registrationStatus: p.registrationStatus,
    urn: p.urn,
    postcodeDistrict: postcodeDistrict(p.postcode),
    description: p.description,
    sme: p.sme,
    vcse: p.vcse,
    lots,
  };
}
