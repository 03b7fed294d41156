import { Column, Entity, PrimaryColumn } from 'typeorm';
import { bigintTransformer } from '../../../core/database/transformers';

/** Read-only mapping of one signed leg (negative leaves the account, positive enters it). */
@Entity('ledger_postings')
export class LedgerPostingEntity {
  @PrimaryColumn('bigint') id: string;
  @Column('uuid') entryId: string;
  @Column('text') account: string;
  @Column('char', { length: 3 }) currency: string;
  @Column('bigint', { transformer: bigintTransformer }) amount: bigint;
  @Column('timestamptz') createdAt: Date;
}
