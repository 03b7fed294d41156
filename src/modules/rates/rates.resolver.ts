import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentUser, Roles } from '../../core/auth/decorators';
import { Role } from '../../core/auth/roles';
import type { Principal } from '../../core/auth/roles';
import { RateQuoteArgs, RateRowsArgs } from './dto/rate-quote.args';
import { RateQuoteModel } from './dto/rate-quote.model';
import { RateTableInput } from './dto/rate-table.input';
import { RateRowConnection, RateRowModel, RateTableModel } from './dto/rate-table.model';
import { RatePublishingService } from './rate-publishing.service';
import { RatesService } from './rates.service';

/** Every signed-in user may read tables and quotes (contractors see what they would earn). */
@Resolver(() => RateTableModel)
export class RatesResolver {
  constructor(
    private readonly rates: RatesService,
    private readonly publishing: RatePublishingService,
  ) {}

  @Query(() => [RateTableModel], {
    description: 'Published rate tables, newest first: scheduled pay cuts, the current one, superseded ones',
  })
  async rateTables(): Promise<RateTableModel[]> {
    return (await this.rates.listWithStatus()).map((t) => RateTableModel.from(t));
  }

  @Query(() => RateTableModel, { description: 'One published rate table by its version' })
  async rateTable(@Args('version') version: string): Promise<RateTableModel> {
    return RateTableModel.from(await this.rates.findWithStatusOrThrow(version));
  }

  @Query(() => RateQuoteModel, {
    description:
      'Prices one accepted sample from the current table (not one under notice), falling back to SOC groups',
  })
  async rateQuote(@Args() args: RateQuoteArgs): Promise<RateQuoteModel> {
    return RateQuoteModel.from(await this.rates.quote(args));
  }

  @Roles(Role.ADMIN)
  @Mutation(() => RateTableModel, {
    description:
      'Publishes an immutable table: it prices new tasks from now, or, if it lowers any pay, after the notice period',
  })
  async publishRateTable(
    @Args('input') input: RateTableInput,
    @CurrentUser() me: Principal,
  ): Promise<RateTableModel> {
    return RateTableModel.from(await this.publishing.publish(input, me.userId));
  }

  @ResolveField(() => RateRowConnection, {
    description: 'The rows, ordered by profession, kind, tier, currency; a page at a time',
  })
  async rows(
    @Parent() table: RateTableModel,
    @Args() { first, after, ...filter }: RateRowsArgs,
  ): Promise<RateRowConnection> {
    const page = await this.rates.rowsPage(table.id, filter, { first, after });
    return { ...page, edges: page.edges.map((e) => ({ cursor: e.cursor, node: RateRowModel.from(e.node) })) };
  }
}
