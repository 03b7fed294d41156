import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { dataSourceOptions } from './data-source-options';

@Module({
  imports: [
    TypeOrmModule.forRootAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => {
        if (!config.databaseUrl) throw new Error('databaseUrl must be resolved before the app boots');
        return {
          ...dataSourceOptions(config.databaseUrl),
          autoLoadEntities: true,
          migrationsRun: true,
          logging: false,
          retryAttempts: 3,
          retryDelay: 2000,
        };
      },
    }),
  ],
})
export class DatabaseModule {}
