import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A contractor's own request to be erased, verified when made (the contractor re-enters its
 * password: a stolen session alone cannot ask). At most one open request per person; an erasure
 * carries out exactly one verified request, and new erasures must name theirs.
 */
export class ErasureRequests1764170004000 implements MigrationInterface {
  name = 'ErasureRequests1764170004000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE erasure_requests (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users(id),
        status text NOT NULL DEFAULT 'VERIFIED' CHECK (status IN ('VERIFIED', 'COMPLETED')),
        verification text NOT NULL CHECK (verification IN ('PASSWORD')),
        requested_at timestamptz NOT NULL DEFAULT now(),
        completed_at timestamptz,
        CONSTRAINT erasure_requests_completed CHECK ((status = 'COMPLETED') = (completed_at IS NOT NULL))
      )`);
    await q.query(
      `CREATE UNIQUE INDEX erasure_requests_one_open ON erasure_requests (user_id) WHERE status = 'VERIFIED'`,
    );
    await q.query(
      `CREATE INDEX erasure_requests_open_idx ON erasure_requests (requested_at) WHERE status = 'VERIFIED'`,
    );
    await q.query(
      `ALTER TABLE contractor_erasures ADD COLUMN request_id uuid UNIQUE REFERENCES erasure_requests(id)`,
    );
    // Erasures recorded before requests existed keep a null; every new one names its request.
    await q.query(
      `ALTER TABLE contractor_erasures ADD CONSTRAINT contractor_erasures_request CHECK (request_id IS NOT NULL) NOT VALID`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE contractor_erasures DROP COLUMN request_id`);
    await q.query(`DROP TABLE erasure_requests`);
  }
}
