import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { OrganisationsModule } from '../organisations/organisations.module';
import { Framework, FrameworkParticipant } from './framework.entity';
import { FrameworksController } from './frameworks.controller';
import { FrameworksService } from './frameworks.service';
import { Lot } from './lot.entity';

@Module({
  imports: [TypeOrmModule.forFeature([Framework, FrameworkParticipant, Lot]), OrganisationsModule],
  controllers: [FrameworksController],
  providers: [FrameworksService],
  exports: [FrameworksService],
})
export class FrameworksModule {}
