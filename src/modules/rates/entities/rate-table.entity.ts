import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { bigintTransformer } from '../../../core/database/transformers';

/** A versioned price list. Unpublished only inside the transaction that publishes it. */
@Entity('rate_tables')
export class RateTableEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('text') version: string;
  @Column('bigint', { transformer: bigintTransformer }) hourlyFloorMinor: bigint;
  @Column('int') platformFeeBasisPoints: number;
  @Column('timestamptz', { nullable: true }) publishedAt: Date | null;
  @Column('uuid', { nullable: true }) publishedBy: string | null;
  /** When it starts pricing new tasks: at publication, or after the notice a pay cut needs. */
  @Column('timestamptz', { nullable: true }) effectiveFrom: Date | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
}
