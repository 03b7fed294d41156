import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, QueryFailedError } from 'typeorm';
import { ProfessionsService } from '../professions/professions.module';
import { RateTableInput } from './dto/rate-table.input';
import { RateRowEntity } from './entities/rate-row.entity';
import { RateTableEntity } from './entities/rate-table.entity';
import { breaksHourlyFloor } from './pricing';
import { belowHourlyFloor, duplicateRow, unknownProfessionInRow, versionExists } from './rates.errors';

/** Rows per INSERT: 1000 × 7 parameters stays far below PostgreSQL's 65 535. */
const INSERT_CHUNK = 1000;
/** Any constant shared by all publishers; see the lock in publish(). */
const PUBLISH_LOCK_KEY = 7_316_402_019;

type PgError = { code?: string; constraint?: string };
type CheckedRow = Omit<RateRowEntity, 'id' | 'rateTableId'>;

@Injectable()
export class RatePublishingService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly professions: ProfessionsService,
  ) {}

  /**
   * Publishes a new table in one transaction: everything is checked before the first write, and
   * the database checks immutability and the floor again when the table is marked published.
   */
  async publish(input: RateTableInput, publishedBy: string): Promise<RateTableEntity> {
    const floor = BigInt(input.hourlyFloorMinor);
    const rows = await this.checkRows(input, floor);
    try {
      return await this.db.transaction(async (tx) => {
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
        const [published] = await tx.query<[{ published_at: Date }[], number]>(
          `UPDATE rate_tables SET published_at = clock_timestamp(), published_by = $2
           WHERE id = $1 RETURNING published_at`,
          [table.id, publishedBy],
        );
        return { ...table, publishedAt: published[0].published_at, publishedBy };
      });
    } catch (error) {
      // Only if a publisher bypassed the lock above: the unique index is the final word.
      const driverError = error instanceof QueryFailedError ? (error.driverError as PgError) : undefined;
      if (driverError?.code === '23505' && driverError.constraint === 'rate_tables_version_key')
        throw versionExists(input.version);
      throw error;
    }
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
