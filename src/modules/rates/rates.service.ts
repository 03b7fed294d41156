import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { isUUID } from 'class-validator';
import { DataSource, EntityManager, In, IsNull, Not } from 'typeorm';
import { ArtifactKind, Tier } from '../../core/domain/work.enums';
import { isCurrency } from '../../core/money/currencies';
import { Connection, parsePage, toConnection } from '../../core/pagination/cursor';
import { ProfessionsService } from '../professions/professions.module';
import { RateRowEntity } from './entities/rate-row.entity';
import { RateTableEntity } from './entities/rate-table.entity';
import { priceSample } from './pricing';
import { noRate, noRateTable, rateTableNotFound, unknownCurrency } from './rates.errors';

export interface QuoteRequest {
  professionCode: string;
  artifactKind: ArtifactKind;
  tier: Tier;
  currency: string;
}

/** One accepted sample priced from the current table, in minor units of `currency`. */
export interface Quote {
  pricePerSample: bigint;
  platformFee: bigint;
  requesterCost: bigint;
  currency: string;
  estimatedMinutes: number;
  effectiveHourly: bigint;
  rateTableId: string;
  rateTableVersion: string;
  platformFeeBasisPoints: number;
  /** The occupation itself or the nearest SOC group that has a row. */
  matchedProfessionCode: string;
}

/** What other modules learn about a table; the entity stays inside this module. */
export interface RateTableInfo {
  id: string;
  version: string;
  hourlyFloorMinor: bigint;
  platformFeeBasisPoints: number;
  publishedAt: Date | null;
}

export interface RowFilter {
  professionCode?: string | null;
  currency?: string | null;
}

@Injectable()
export class RatesService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly professions: ProfessionsService,
  ) {}

  /** Published tables, newest first. */
  async listPublished(): Promise<RateTableEntity[]> {
    return this.db.getRepository(RateTableEntity).find({
      where: { publishedAt: Not(IsNull()) },
      order: { publishedAt: 'DESC', createdAt: 'DESC' },
    });
  }

  async findPublishedOrThrow(version: string): Promise<RateTableEntity> {
    const table = await this.db
      .getRepository(RateTableEntity)
      .findOneBy({ version, publishedAt: Not(IsNull()) });
    if (!table) throw rateTableNotFound(version);
    return table;
  }

  /**
   * One page of a table's rows in (profession, kind, tier, currency) order — the table's unique
   * key, so the keyset walks the rate_rows_key index — with the filtered total.
   */
  async rowsPage(
    rateTableId: string,
    filter: RowFilter,
    args: { first?: number | null; after?: string | null },
  ): Promise<Connection<RateRowEntity>> {
    const page = parsePage(args.first, args.after, isRowPosition);
    const where = this.db
      .getRepository(RateRowEntity)
      .createQueryBuilder('r')
      .where('r.rateTableId = :rateTableId', { rateTableId });
    if (filter.professionCode) where.andWhere('r.professionCode = :code', { code: filter.professionCode });
    if (filter.currency) where.andWhere('r.currency = :currency', { currency: filter.currency });
    const total = await where.clone().getCount();
    const query = where
      .orderBy('r.professionCode', 'ASC')
      .addOrderBy('r.artifactKind', 'ASC')
      .addOrderBy('r.tier', 'ASC')
      .addOrderBy('r.currency', 'ASC')
      .limit(page.first + 1);
    if (page.after) {
      const [code, kind, tier, currency] = page.after.sortKey.split(' ');
      query.andWhere(
        '(r.professionCode, r.artifactKind, r.tier, r.currency) > (:code0, :kind0, :tier0, :cur0)',
        {
          code0: code,
          kind0: kind,
          tier0: tier,
          cur0: currency,
        },
      );
    }
    return toConnection(
      await query.getMany(),
      page,
      total,
      (r) => [rowPosition(r), r.id],
      (r) => r,
    );
  }

  /**
   * The table that prices new work: the latest published. Pass the caller's transaction to read
   * it there (a task locking its price reads table and row in one snapshot).
   */
  async currentTableOrThrow(tx?: EntityManager): Promise<RateTableInfo> {
    const table = await (tx ?? this.db.manager).getRepository(RateTableEntity).findOne({
      where: { publishedAt: Not(IsNull()) },
      order: { publishedAt: 'DESC', createdAt: 'DESC' },
    });
    if (!table) throw noRateTable();
    return table;
  }

  /**
   * Prices one accepted sample from the current table. The occupation's own row wins, then its
   * broad, minor and major groups in that order, for the same kind, tier and currency.
   */
  async quote(args: QuoteRequest, tx?: EntityManager): Promise<Quote> {
    await this.professions.findOrThrow(args.professionCode, 'professionCode');
    if (!isCurrency(args.currency)) throw unknownCurrency(args.currency);
    const lineage = await this.professions.lineage(args.professionCode);
    const table = await this.currentTableOrThrow(tx);
    const candidates = await (tx ?? this.db.manager).getRepository(RateRowEntity).findBy({
      rateTableId: table.id,
      professionCode: In(lineage),
      artifactKind: args.artifactKind,
      tier: args.tier,
      currency: args.currency,
    });
    const row = lineage
      .map((code) => candidates.find((r) => r.professionCode === code))
      .find((r) => r !== undefined);
    if (!row) throw noRate(args, table.version, lineage);
    return {
      ...priceSample(row.baseAmountMinor, row.estimatedMinutes, table.platformFeeBasisPoints),
      currency: row.currency,
      rateTableId: table.id,
      rateTableVersion: table.version,
      platformFeeBasisPoints: table.platformFeeBasisPoints,
      matchedProfessionCode: row.professionCode,
    };
  }
}

const ROW_POSITION = /^[0-9]{2}-[0-9]{4} [A-Z_]{1,40} [A-Z]{1,20} [A-Z]{3}$/;

/** A row's place in its table's order, as kept in a cursor. */
const rowPosition = (r: RateRowEntity) => `${r.professionCode} ${r.artifactKind} ${r.tier} ${r.currency}`;
const isRowPosition = (sortKey: string, id: string) => ROW_POSITION.test(sortKey) && isUUID(id);
