import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { SafeIntResolver } from 'graphql-scalars';
import { ArtifactKind, Tier } from '../../../core/domain/work.enums';
import { toSafeNumber } from '../../../core/money/money';
import { PageInfo } from '../../../core/pagination/cursor';
import { RateRowEntity } from '../entities/rate-row.entity';
import type { PublishedRateTable } from '../rates.service';

export enum RateTableStatus {
  CURRENT = 'CURRENT',
  SCHEDULED = 'SCHEDULED',
  SUPERSEDED = 'SUPERSEDED',
}
registerEnumType(RateTableStatus, {
  name: 'RateTableStatus',
  description: 'What a published table is now',
  valuesMap: {
    CURRENT: { description: 'Prices new tasks now' },
    SCHEDULED: { description: 'Prices new tasks from its effectiveFrom: a pay cut under notice' },
    SUPERSEDED: { description: 'Replaced; tasks priced from it keep their locked price' },
  },
});

@ObjectType('RateTable', {
  description:
    'A published, immutable price list; the last published whose effectiveFrom has come prices new tasks',
})
export class RateTableModel {
  @Field(() => ID) id: string;
  @Field() version: string;
  @Field(() => Date, { nullable: true }) publishedAt: Date | null;
  @Field(() => SafeIntResolver, { description: "Per hour, in each row's currency's minor units" })
  hourlyFloorMinor: number;
  @Field(() => Int, { description: 'Charged to the requester on top of the price; 2000 = 20 %' })
  platformFeeBasisPoints: number;
  @Field(() => Date, {
    description:
      'When it starts pricing new tasks: at publication, or after the notice period when it lowers any pay',
  })
  effectiveFrom: Date;
  @Field(() => RateTableStatus) status: RateTableStatus;

  static from(t: PublishedRateTable): RateTableModel {
    return {
      id: t.id,
      version: t.version,
      publishedAt: t.publishedAt,
      hourlyFloorMinor: toSafeNumber(t.hourlyFloorMinor),
      platformFeeBasisPoints: t.platformFeeBasisPoints,
      effectiveFrom: t.effectiveFrom,
      status: RateTableStatus[t.status],
    };
  }
}

@ObjectType('RateRow', { description: 'The price of one accepted sample of a kind and tier, for a SOC code' })
export class RateRowModel {
  @Field({ description: 'A SOC 2018 occupation or group; occupations inside a group fall back to it' })
  professionCode: string;
  @Field(() => ArtifactKind) artifactKind: ArtifactKind;
  @Field(() => Tier) tier: Tier;
  @Field() currency: string;
  @Field(() => SafeIntResolver) baseAmountMinor: number;
  @Field(() => Int) estimatedMinutes: number;

  static from(r: RateRowEntity): RateRowModel {
    return {
      professionCode: r.professionCode,
      artifactKind: r.artifactKind,
      tier: r.tier,
      currency: r.currency,
      baseAmountMinor: toSafeNumber(r.baseAmountMinor),
      estimatedMinutes: r.estimatedMinutes,
    };
  }
}

@ObjectType('RateRowEdge')
export class RateRowEdge {
  @Field() cursor: string;
  @Field(() => RateRowModel) node: RateRowModel;
}

@ObjectType('RateRowConnection', { description: "A page of a table's rows" })
export class RateRowConnection {
  @Field(() => [RateRowEdge]) edges: RateRowEdge[];
  @Field(() => PageInfo) pageInfo: PageInfo;
  @Field(() => Int, { description: 'Rows matching the filter, all pages' }) totalCount: number;
}
