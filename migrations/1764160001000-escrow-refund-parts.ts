import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * One row per processor refund of an escrow refund: which payment it was taken from and how
 * much. The primary key makes each (refund, payment) pair happen once, whatever the retries.
 */
export class EscrowRefundParts1764160001000 implements MigrationInterface {
  name = 'EscrowRefundParts1764160001000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE escrow_refund_parts (
        refund_id uuid NOT NULL REFERENCES escrow_refunds(id),
        funding_id uuid NOT NULL REFERENCES fundings(id),
        amount bigint NOT NULL CHECK (amount > 0),
        processor_refund_id text NOT NULL UNIQUE,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (refund_id, funding_id)
      )`);
    await q.query(`CREATE INDEX escrow_refund_parts_funding_idx ON escrow_refund_parts (funding_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE escrow_refund_parts`);
  }
}
