import { Query, Resolver } from '@nestjs/graphql';
import { ProfessionModel } from './dto/profession.model';
import { ProfessionsService } from './professions.service';

@Resolver(() => ProfessionModel)
export class ProfessionsResolver {
  constructor(private readonly service: ProfessionsService) {}

  @Query(() => [ProfessionModel], { description: 'The SOC 2018 taxonomy, every level, ordered by code' })
  async professions(): Promise<ProfessionModel[]> {
    return this.service.list();
  }
}
