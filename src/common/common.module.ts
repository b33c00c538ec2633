import { DynamicModule, Global, Module } from '@nestjs/common';
import { APP_FILTER, APP_INTERCEPTOR } from '@nestjs/core';
import { Logger } from 'pino';
import { APP_CONFIG, AppConfig } from '../config/config';
import { Clock, SystemClock } from './clock';
import { EtagInterceptor } from './etag.interceptor';
import { createLogger, loggingModules } from './logging';
import { ProblemFilter } from './problem.filter';

@Global()
@Module({})
export class CommonModule {
  static forRoot(
    config: AppConfig,
    clock: Clock = new SystemClock(),
    logger: Logger = createLogger(config.logLevel),
  ): DynamicModule {
    return {
      module: CommonModule,
      imports: loggingModules(logger),
      providers: [
        { provide: APP_CONFIG, useValue: config },
        { provide: Clock, useValue: clock },
        { provide: APP_FILTER, useClass: ProblemFilter },
        { provide: APP_INTERCEPTOR, useClass: EtagInterceptor },
      ],
      exports: [APP_CONFIG, Clock],
    };
  }
}
