import { Module, OnModuleInit } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ApiKeysService } from '../auth/api-keys.service';
import { Organisation } from './organisation.entity';
import { OrganisationsController } from './organisations.controller';
import { OrganisationsService } from './organisations.service';

@Module({
  imports: [TypeOrmModule.forFeature([Organisation])],
  controllers: [OrganisationsController],
  providers: [OrganisationsService],
  exports: [OrganisationsService],
})
export class OrganisationsModule implements OnModuleInit {
  constructor(
    private readonly apiKeys: ApiKeysService,
    private readonly organisations: OrganisationsService,
  ) {}

  // A commissioner key must name an organisation that exists.
  onModuleInit(): void {
    this.apiKeys.registerScopeCheck(async (input) => {
      if (input.organisationId)
        await this.organisations.assertExist([input.organisationId], 'organisationId');
    });
  }
}
