import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { FrameworksModule } from '../frameworks/frameworks.module';
import { ProvidersModule } from '../providers/providers.module';
import { CapacityController } from './capacity.controller';
import { CapacityDeclaration, CapacityHold } from './capacity.entity';
import { CapacityService } from './capacity.service';

@Module({
  imports: [TypeOrmModule.forFeature([CapacityDeclaration, CapacityHold]), FrameworksModule, ProvidersModule],
  controllers: [CapacityController],
  providers: [CapacityService],
  exports: [CapacityService],
})
export class CapacityModule {}
