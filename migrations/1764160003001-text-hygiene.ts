import { MigrationInterface, QueryRunner } from 'typeorm';

/** C0 controls (bar line breaks and tabs, which no name needs either) and DEL. */
const CONTROL = `'[\\x01-\\x1f\\x7f]'`;

/**
 * Names and addresses hold no control characters, whatever path writes them. NOT VALID: rows
 * written before this rule are not rechecked (the migration cannot fail on old data), every new
 * or changed row is.
 */
export class TextHygiene1764160003001 implements MigrationInterface {
  name = 'TextHygiene1764160003001';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `ALTER TABLE users ADD CONSTRAINT users_display_name_printable CHECK (display_name !~ ${CONTROL}) NOT VALID`,
    );
    await q.query(
      `ALTER TABLE users ADD CONSTRAINT users_email_printable CHECK (email !~ ${CONTROL} AND email !~ '\\s') NOT VALID`,
    );
    await q.query(
      `ALTER TABLE organizations ADD CONSTRAINT organizations_name_printable CHECK (name !~ ${CONTROL}) NOT VALID`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE organizations DROP CONSTRAINT organizations_name_printable`);
    await q.query(`ALTER TABLE users DROP CONSTRAINT users_email_printable`);
    await q.query(`ALTER TABLE users DROP CONSTRAINT users_display_name_printable`);
  }
}
