import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { bigintTransformer } from '../../../core/database/transformers';
import { ArtifactKind, Tier } from '../../../core/domain/work.enums';

/** The price of one accepted sample for (profession or group, kind, tier, currency). */
@Entity('rate_rows')
export class RateRowEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid') rateTableId: string;
  @Column('text') professionCode: string;
  @Column('text') artifactKind: ArtifactKind;
  @Column('text') tier: Tier;
  @Column('char', { length: 3 }) currency: string;
  @Column('bigint', { transformer: bigintTransformer }) baseAmountMinor: bigint;
  @Column('int') estimatedMinutes: number;
}
