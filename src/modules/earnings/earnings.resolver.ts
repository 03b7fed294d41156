import { Args, Query, Resolver } from '@nestjs/graphql';
import { CurrentUser, Roles } from '../../core/auth/decorators';
import { Role } from '../../core/auth/roles';
import type { Principal } from '../../core/auth/roles';
import { EarningsModel, EarningsStatement, StatementArgs } from './dto/earnings.model';
import { EarningsService } from './earnings.service';

@Resolver()
export class EarningsResolver {
  constructor(private readonly service: EarningsService) {}

  @Roles(Role.CONTRACTOR)
  @Query(() => EarningsModel, { description: 'Your money per currency: pending review, payable, paid' })
  myEarnings(@CurrentUser() me: Principal): Promise<EarningsModel> {
    return this.service.myEarnings(me);
  }

  @Roles(Role.CONTRACTOR)
  @Query(() => EarningsStatement, {
    description: 'Each accepted sample and bonus credited to you, newest first',
  })
  myEarningsStatement(@CurrentUser() me: Principal, @Args() args: StatementArgs): Promise<EarningsStatement> {
    return this.service.statement(me, args);
  }
}
