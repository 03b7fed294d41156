import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Erasure requests carried out: one per person (the primary key makes a second erasure a
 * conflict), with the reference of the verified request and the admin who carried it out.
 */
export class ContractorErasures1764160009001 implements MigrationInterface {
  name = 'ContractorErasures1764160009001';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE contractor_erasures (
        user_id uuid PRIMARY KEY REFERENCES users(id),
        request_reference text NOT NULL CHECK (request_reference ~ '^[A-Za-z0-9._:/-]{3,100}$'),
        erased_by uuid NOT NULL,
        samples_erased integer NOT NULL CHECK (samples_erased >= 0),
        erased_at timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE contractor_erasures`);
  }
}
