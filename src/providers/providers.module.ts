import { Module, OnModuleInit } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ApiKeysService } from '../auth/api-keys.service';
import { RuleViolation } from '../common/domain-error';
import { FrameworksModule } from '../frameworks/frameworks.module';
import { FrameworksService } from '../frameworks/frameworks.service';
import { CheckType } from './check-type.entity';
import { ChecksController } from './checks.controller';
import { ChecksService } from './checks.service';
import { DirectoryController } from './directory.controller';
import { DirectoryService } from './directory.service';
import { EligibilityService } from './eligibility.service';
import { LotMembersController } from './lot-members.controller';
import { LotMembersService } from './lot-members.service';
import { LotMembership, LotMembershipChange } from './lot-membership.entity';
import { ProviderCheck } from './provider-check.entity';
import { Provider, ProviderStatusChange } from './provider.entity';
import { ProvidersController } from './providers.controller';
import { ProvidersService } from './providers.service';

@Module({
  imports: [
    TypeOrmModule.forFeature([
      Provider,
      ProviderStatusChange,
      CheckType,
      ProviderCheck,
      LotMembership,
      LotMembershipChange,
    ]),
    FrameworksModule,
  ],
  controllers: [ProvidersController, ChecksController, LotMembersController, DirectoryController],
  providers: [ProvidersService, ChecksService, EligibilityService, LotMembersService, DirectoryService],
  exports: [ProvidersService, EligibilityService, ChecksService, LotMembersService],
})
export class ProvidersModule implements OnModuleInit {
  constructor(
    private readonly apiKeys: ApiKeysService,
    private readonly frameworks: FrameworksService,
    private readonly providers: ProvidersService,
    private readonly checks: ChecksService,
  ) {}

  onModuleInit(): void {
    // A provider key must name a provider that exists.
    this.apiKeys.registerScopeCheck(async (input) => {
      if (input.providerId && !(await this.providers.findById(input.providerId)))
        throw new RuleViolation('provider_not_found', `providerId names no provider: ${input.providerId}.`);
    });
    // A lot's mandatoryCheckTypes must name check types in the catalogue.
    this.frameworks.registerCheckTypeValidator((codes) => this.checks.assertCheckTypesExist(codes));
  }
}
