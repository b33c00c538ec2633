import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CheckType } from './check-type.entity';
import { LotMembership, LotMembershipChange } from './lot-membership.entity';
import { ProviderCheck } from './provider-check.entity';
import { Provider, ProviderStatusChange } from './provider.entity';

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
  ],
})
export class ProvidersModule {}
