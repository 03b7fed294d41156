import { MigrationInterface, QueryRunner } from 'typeorm';

/** Claims on task slots, the per-contractor claim counter, and the indexes of the feed. */
export class ClaimsSchema1764160004002 implements MigrationInterface {
  name = 'ClaimsSchema1764160004002';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE claims (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        task_id uuid NOT NULL REFERENCES tasks(id),
        contractor_id uuid NOT NULL REFERENCES users(id),
        status text NOT NULL DEFAULT 'ACTIVE' CHECK (status IN ('ACTIVE','SUBMITTED','RELEASED','EXPIRED')),
        claimed_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL CHECK (expires_at > claimed_at),
        ended_at timestamptz,
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT ended_when_given_back CHECK ((status IN ('RELEASED','EXPIRED')) = (ended_at IS NOT NULL))
      )`);
    await q.query(`CREATE INDEX claims_contractor_idx ON claims (contractor_id, claimed_at DESC, id DESC)`);
    await q.query(
      `CREATE INDEX claims_held_by_task_idx ON claims (task_id) WHERE status IN ('ACTIVE','SUBMITTED')`,
    );
    // The expiry sweep reads only ACTIVE claims past their deadline.
    await q.query(`CREATE INDEX claims_active_expiry_idx ON claims (expires_at) WHERE status = 'ACTIVE'`);

    // How many claims a contractor holds on a task (every claim not released or expired). The
    // CHECK is the database's guarantee of maxPerContractor: parallel claims by one contractor
    // serialise on this row, and no code path can push it past the task's limit.
    await q.query(`
      CREATE TABLE claim_counters (
        task_id uuid NOT NULL REFERENCES tasks(id),
        contractor_id uuid NOT NULL REFERENCES users(id),
        max_per_contractor integer NOT NULL CHECK (max_per_contractor >= 1),
        held integer NOT NULL,
        PRIMARY KEY (task_id, contractor_id),
        CONSTRAINT claim_counters_within_limit CHECK (held BETWEEN 0 AND max_per_contractor)
      )`);
    await q.query(`CREATE INDEX claim_counters_contractor_idx ON claim_counters (contractor_id)`);

    // The contractor feed: open tasks with free slots, best paid per hour first, then most slots
    // left, then newest; and open tasks by occupation for narrow profiles.
    await q.query(`
      CREATE INDEX tasks_feed_order_idx ON tasks
        ((price_per_sample * 60 / estimated_minutes) DESC, slots_remaining DESC, created_at DESC, id DESC)
        WHERE status = 'OPEN' AND slots_remaining > 0`);
    await q.query(`
      CREATE INDEX tasks_feed_profession_idx ON tasks (profession_code)
        WHERE status = 'OPEN' AND slots_remaining > 0`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX tasks_feed_profession_idx`);
    await q.query(`DROP INDEX tasks_feed_order_idx`);
    await q.query(`DROP TABLE claim_counters`);
    await q.query(`DROP TABLE claims`);
  }
}
