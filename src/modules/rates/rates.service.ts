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
  effectiveFrom: Date | null;
}

/**
 * CURRENT prices new tasks now; SCHEDULED was published after it and takes over at its
 * `effectiveFrom` (a pay cut's notice); SUPERSEDED will never price a new task again.
 */
export type RateTableStatusValue = 'CURRENT' | 'SCHEDULED' | 'SUPERSEDED';

export interface PublishedRateTable extends RateTableInfo {
  publishedAt: Date;
  effectiveFrom: Date;
  status: RateTableStatusValue;
}

/**
 * The one definition of the table in effect: of the published tables whose `effective_from` has
 * come, the last published. A later publication wins over an earlier one still under notice, so a
 * raise published during a cut's notice replaces the cut instead of being undone by it. Read at
 * the statement's time, so a transaction that waited for a lock sees the table in effect then.
 */
const IN_EFFECT = `SELECT id, published_at FROM rate_tables
  WHERE published_at IS NOT NULL AND effective_from <= statement_timestamp()
  ORDER BY published_at DESC, created_at DESC LIMIT 1`;

const TABLE_COLUMNS = `t.id, t.version, t.hourly_floor_minor::text AS "hourlyFloorMinor",
  t.platform_fee_basis_points AS "platformFeeBasisPoints", t.published_at AS "publishedAt",
  t.effective_from AS "effectiveFrom"`;
type RawTable = Omit<PublishedRateTable, 'hourlyFloorMinor'> & { hourlyFloorMinor: string };

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

  /**
   * Published tables, newest first, with what each is now (`version`: that one only). The status
   * is decided by IN_EFFECT in the same statement, so a list never shows two current tables.
   */
  async listWithStatus(version?: string): Promise<PublishedRateTable[]> {
    const rows = await this.db.query<RawTable[]>(
      `WITH cur AS (${IN_EFFECT})
       SELECT ${TABLE_COLUMNS}, CASE
           WHEN t.id = cur.id THEN 'CURRENT'
           WHEN t.effective_from > statement_timestamp() AND (cur.id IS NULL OR t.published_at > cur.published_at)
             THEN 'SCHEDULED'
           ELSE 'SUPERSEDED' END AS status
       FROM rate_tables t LEFT JOIN cur ON true
       WHERE t.published_at IS NOT NULL AND ($1::text IS NULL OR t.version = $1)
       ORDER BY t.published_at DESC, t.created_at DESC`,
      [version ?? null],
    );
    return rows.map((r) => ({ ...r, hourlyFloorMinor: BigInt(r.hourlyFloorMinor) }));
  }

  async findWithStatusOrThrow(version: string): Promise<PublishedRateTable> {
    const [table] = await this.listWithStatus(version);
    if (!table) throw rateTableNotFound(version);
    return table;
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
   * The table that prices new work now (IN_EFFECT): during a pay cut's notice, still the one
   * before it. Pass the caller's transaction to read it there (a task locking its price reads
   * table and row in one snapshot).
   */
  async currentTableOrThrow(tx?: EntityManager): Promise<RateTableInfo> {
    const table = await this.currentTable(tx);
    if (!table) throw noRateTable();
    return table;
  }

  async currentTable(tx?: EntityManager): Promise<RateTableInfo | null> {
    const [row] = await (tx ?? this.db.manager).query<RawTable[]>(
      `SELECT ${TABLE_COLUMNS} FROM rate_tables t WHERE t.id = (SELECT id FROM (${IN_EFFECT}) cur)`,
    );
    return row ? { ...row, hourlyFloorMinor: BigInt(row.hourlyFloorMinor) } : null;
  }

  /** Every row of a table (publishing compares a new table with the one in effect). */
  async allRows(rateTableId: string, tx?: EntityManager): Promise<RateRowEntity[]> {
    return (tx ?? this.db.manager).getRepository(RateRowEntity).findBy({ rateTableId });
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
