import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ProfessionEntity } from './entities/profession.entity';
import { ProfessionsResolver } from './professions.resolver';
import { ProfessionsService } from './professions.service';

@Module({
  imports: [TypeOrmModule.forFeature([ProfessionEntity])],
  providers: [ProfessionsService, ProfessionsResolver],
  exports: [ProfessionsService],
})
export class ProfessionsModule {}

export { ProfessionsService } from './professions.service';
