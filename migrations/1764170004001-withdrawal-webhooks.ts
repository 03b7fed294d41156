import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A requester organisation's own endpoint for withdrawal notices, with the secret each delivery
 * is signed with (HMAC-SHA256; kept to sign, shown to the organisation when set).
 */
export class WithdrawalWebhooks1764170004001 implements MigrationInterface {
  name = 'WithdrawalWebhooks1764170004001';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE withdrawal_webhooks (
        organization_id uuid PRIMARY KEY REFERENCES organizations(id),
        url text NOT NULL CHECK (url ~ '^https?://[^[:space:]]+$' AND length(url) <= 2000),
        secret text NOT NULL CHECK (secret ~ '^whsec_[0-9a-f]{64}$'),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE withdrawal_webhooks`);
  }
}
