import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Every token carries the version of its user's sessions; bumping it (sign out everywhere)
 * refuses all tokens issued before. Read with role and organisation by primary key per request.
 */
export class TokenVersion1764160003000 implements MigrationInterface {
  name = 'TokenVersion1764160003000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `ALTER TABLE users ADD COLUMN token_version integer NOT NULL DEFAULT 0 CHECK (token_version >= 0)`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE users DROP COLUMN token_version`);
  }
}
