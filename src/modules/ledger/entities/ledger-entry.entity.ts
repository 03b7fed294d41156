import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Read-only mapping: entries are written by `LedgerService.post` and never updated. */
@Entity('ledger_entries')
export class LedgerEntryEntity {
  @PrimaryColumn('uuid') id: string;
  @Column('text') idempotencyKey: string;
  @Column('text') kind: string;
  @Column('text') reference: string;
  @Column('text') description: string;
  @Column('jsonb') metadata: Record<string, unknown>;
  @Column('timestamptz') createdAt: Date;
}
