import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, QueryFailedError } from 'typeorm';
import type { AppConfig } from '../../core/config/app-config';
import { APP_CONFIG } from '../../core/config/config.module';
import { ProfessionsService } from '../professions/professions.module';
import { RateTableInput } from './dto/rate-table.input';
import { RateRowEntity } from './entities/rate-row.entity';
import { RateTableEntity } from './entities/rate-table.entity';
import { firstPayCut, PayCut } from './pay-cut';
import { breaksHourlyFloor } from './pricing';
import { belowHourlyFloor, duplicateRow, unknownProfessionInRow, versionExists } from './rates.errors';
import { PublishedRateTable, RatesService } from './rates.service';

/** Rows per INSERT: 1000 × 7 parameters stays far below PostgreSQL's 65 535. */
const INSERT_CHUNK = 1000;
/** Any constant shared by all publishers; see the lock in publish(). */
const PUBLISH_LOCK_KEY = 7_316_402_019;

type PgError = { code?: string; constraint?: string };
type CheckedRow = Omit<RateRowEntity, 'id' | 'rateTableId'>;

@Injectable()
export class RatePublishingService {
  private readonly logger = new Logger(RatePublishingService.name);

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly professions: ProfessionsService,
    private readonly rates: RatesService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * Publishes a new table in one transaction: everything is checked before the first write, and
   * the database checks immutability and the floor again when the table is marked published. A
   * table that pays any work worse than the table in effect takes effect after the notice period;
   * any other at once.
   */
  async publish(input: RateTableInput, publishedBy: string): Promise<PublishedRateTable> {
    const floor = BigInt(input.hourlyFloorMinor);
    const rows = await this.checkRows(input, floor);
    await this.insertAndPublish(input, floor, rows, publishedBy);
    return this.rates.findWithStatusOrThrow(input.version);
  }

  private async insertAndPublish(
    input: RateTableInput,
    floor: bigint,
    rows: CheckedRow[],
    publishedBy: string,
  ): Promise<void> {
    try {
      await this.db.transaction(async (tx) => {
        // Publishers take turns, and published_at is read from the clock after the lock, so the
        // order of published_at is the order of commits: "the latest published table" never
        // moves back to an older one when two publishes overlap.
        await tx.query(`SELECT pg_advisory_xact_lock($1)`, [PUBLISH_LOCK_KEY]);
        if (await tx.existsBy(RateTableEntity, { version: input.version }))
          throw versionExists(input.version);
        const table = await tx.save(
          tx.create(RateTableEntity, {
            version: input.version,
            hourlyFloorMinor: floor,
            platformFeeBasisPoints: input.platformFeeBasisPoints,
            publishedAt: null,
            publishedBy: null,
          }),
        );
        for (let i = 0; i < rows.length; i += INSERT_CHUNK)
          await tx.insert(
            RateRowEntity,
            rows.slice(i, i + INSERT_CHUNK).map((r) => ({ ...r, rateTableId: table.id })),
          );
        // Compared with the table in effect after the lock: no publish can change it meanwhile.
        const cut = await this.payCut(rows, tx);
        const noticeDays = cut ? this.config.rateCutNoticeDays : 0;
        // One clock reading for both columns; the CHECK keeps effective_from ≥ published_at.
        await tx.query(
          `WITH c AS (SELECT clock_timestamp() AS at)
           UPDATE rate_tables SET published_at = c.at, effective_from = c.at + make_interval(days => $3),
             published_by = $2
           FROM c WHERE id = $1`,
          [table.id, publishedBy, noticeDays],
        );
        if (cut)
          this.logger.log(
            {
              version: input.version,
              noticeDays,
              row: cut.key,
              before: {
                baseAmountMinor: cut.before.baseAmountMinor.toString(),
                minutes: cut.before.estimatedMinutes,
              },
              after: {
                baseAmountMinor: cut.after.baseAmountMinor.toString(),
                minutes: cut.after.estimatedMinutes,
              },
            },
            'rate table lowers pay: it takes effect after the notice period',
          );
      });
    } catch (error) {
      // Only if a publisher bypassed the lock above: the unique index is the final word.
      const driverError = error instanceof QueryFailedError ? (error.driverError as PgError) : undefined;
      if (driverError?.code === '23505' && driverError.constraint === 'rate_tables_version_key')
        throw versionExists(input.version);
      throw error;
    }
  }

  /** The first work the new rows pay worse than the table in effect (none before the first table). */
  private async payCut(rows: CheckedRow[], tx: EntityManager): Promise<PayCut | null> {
    const current = await this.rates.currentTable(tx);
    if (!current) return null;
    const before = await this.rates.allRows(current.id, tx);
    const lineages = new Map<string, string[]>();
    for (const code of new Set([...before, ...rows].map((r) => r.professionCode)))
      lineages.set(code, await this.professions.lineage(code));
    return firstPayCut(before, rows, (code) => lineages.get(code) ?? [code]);
  }

  /** SOC codes known, one row per key, and every row at or above the floor — first failure wins. */
  private async checkRows(input: RateTableInput, floor: bigint): Promise<CheckedRow[]> {
    const seen = new Map<string, number>();
    const rows: CheckedRow[] = [];
    for (const [i, r] of input.rows.entries()) {
      if ((await this.professions.lineage(r.professionCode)).length === 0)
        throw unknownProfessionInRow(i, r.professionCode);
      const key = `${r.professionCode}|${r.artifactKind}|${r.tier}|${r.currency}`;
      const first = seen.get(key);
      if (first !== undefined) throw duplicateRow(i, first, r);
      seen.set(key, i);
      const row: CheckedRow = {
        professionCode: r.professionCode,
        artifactKind: r.artifactKind,
        tier: r.tier,
        currency: r.currency,
        baseAmountMinor: BigInt(r.baseAmountMinor),
        estimatedMinutes: r.estimatedMinutes,
      };
      if (breaksHourlyFloor(row.baseAmountMinor, row.estimatedMinutes, floor))
        throw belowHourlyFloor(i, row, floor);
      rows.push(row);
    }
    return rows;
  }
}
