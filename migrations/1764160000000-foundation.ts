import { MigrationInterface, QueryRunner } from 'typeorm';

export class Foundation1764160000000 implements MigrationInterface {
  name = 'Foundation1764160000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE EXTENSION IF NOT EXISTS pgcrypto`);
    await q.query(`
      CREATE TABLE organizations (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE users (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        email text NOT NULL CHECK (email = lower(email)),
        password_hash text NOT NULL,
        display_name text NOT NULL,
        role text NOT NULL CHECK (role IN ('REQUESTER','CONTRACTOR','REVIEWER','FINANCE','ADMIN')),
        organization_id uuid REFERENCES organizations(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT requester_has_organization CHECK (role <> 'REQUESTER' OR organization_id IS NOT NULL)
      )`);
    await q.query(`CREATE UNIQUE INDEX users_email_key ON users (email)`);
    await q.query(`CREATE INDEX users_organization_idx ON users (organization_id)`);
    await q.query(`
      CREATE TABLE professions (
        code text PRIMARY KEY CHECK (code ~ '^[0-9]{2}-[0-9]{4}$'),
        title text NOT NULL,
        level text NOT NULL CHECK (level IN ('major','minor','broad','detailed')),
        parent_code text REFERENCES professions(code)
      )`);
    await q.query(`CREATE INDEX professions_parent_idx ON professions (parent_code)`);
    await q.query(`
      CREATE TABLE auth_rate_limits (
        bucket text NOT NULL,
        window_start timestamptz NOT NULL,
        hits integer NOT NULL,
        PRIMARY KEY (bucket, window_start)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE auth_rate_limits`);
    await q.query(`DROP TABLE professions`);
    await q.query(`DROP TABLE users`);
    await q.query(`DROP TABLE organizations`);
  }
}
