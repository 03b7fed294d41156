import { MigrationInterface, QueryRunner } from 'typeorm';

/** Contractor profiles, their occupations, and qualification types with contractors' requests. */
export class ContractorsSchema1764160004000 implements MigrationInterface {
  name = 'ContractorsSchema1764160004000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE contractor_profiles (
        user_id uuid PRIMARY KEY REFERENCES users(id),
        country_code char(2) NOT NULL CHECK (country_code ~ '^[A-Z]{2}$'),
        languages text[] NOT NULL,
        payouts_enabled boolean NOT NULL DEFAULT false,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    // `ancestors` is the occupation and every group above it (detailed → major), written with the
    // row: "occupation inside the task's group" is then `code = ANY(ancestors)`, no recursion.
    await q.query(`
      CREATE TABLE contractor_occupations (
        user_id uuid NOT NULL REFERENCES contractor_profiles(user_id) ON DELETE CASCADE,
        profession_code text NOT NULL REFERENCES professions(code),
        years_experience integer NOT NULL CHECK (years_experience BETWEEN 0 AND 70),
        ancestors text[] NOT NULL CHECK (ancestors[1] = profession_code),
        PRIMARY KEY (user_id, profession_code)
      )`);
    await q.query(
      `CREATE INDEX contractor_occupations_ancestors_idx ON contractor_occupations USING gin (ancestors)`,
    );

    await q.query(`
      CREATE TABLE qualification_types (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
        description text NOT NULL CHECK (length(description) <= 5000),
        validity_days integer CHECK (validity_days BETWEEN 1 AND 36500),
        created_by uuid,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT qualification_types_name_key UNIQUE (name)
      )`);
    await q.query(`
      CREATE TABLE contractor_qualifications (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users(id),
        qualification_type_id uuid NOT NULL REFERENCES qualification_types(id),
        evidence text NOT NULL CHECK (length(evidence) BETWEEN 1 AND 5000),
        status text NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING','VERIFIED','REJECTED')),
        decided_by uuid REFERENCES users(id),
        decided_at timestamptz,
        note text,
        expires_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT decided_has_decider CHECK ((status = 'PENDING') = (decided_at IS NULL)),
        CONSTRAINT only_verified_expires CHECK (status = 'VERIFIED' OR expires_at IS NULL)
      )`);
    // One open request per contractor and type: a second request while one waits is refused.
    await q.query(`
      CREATE UNIQUE INDEX contractor_qualifications_one_pending
        ON contractor_qualifications (user_id, qualification_type_id) WHERE status = 'PENDING'`);
    await q.query(`
      CREATE INDEX contractor_qualifications_held_idx
        ON contractor_qualifications (user_id, qualification_type_id, expires_at) WHERE status = 'VERIFIED'`);
    await q.query(`
      CREATE INDEX contractor_qualifications_pending_idx
        ON contractor_qualifications (created_at, id) WHERE status = 'PENDING'`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of [
      'contractor_qualifications',
      'qualification_types',
      'contractor_occupations',
      'contractor_profiles',
    ])
      await q.query(`DROP TABLE ${t}`);
  }
}
