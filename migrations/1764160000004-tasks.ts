import { MigrationInterface, QueryRunner } from 'typeorm';

export class TasksSchema1764160000004 implements MigrationInterface {
  name = 'TasksSchema1764160000004';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE tasks (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL REFERENCES organizations(id),
        created_by uuid NOT NULL REFERENCES users(id),
        title text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
        instructions text NOT NULL CHECK (length(instructions) BETWEEN 1 AND 20000),
        profession_code text NOT NULL REFERENCES professions(code),
        artifact_kind text NOT NULL,
        tier text NOT NULL CHECK (tier IN ('BASIC','STANDARD','EXPERT')),
        currency char(3) NOT NULL,
        slots integer NOT NULL CHECK (slots BETWEEN 1 AND 100000),
        slots_remaining integer NOT NULL CHECK (slots_remaining BETWEEN 0 AND slots),
        max_per_contractor integer NOT NULL CHECK (max_per_contractor BETWEEN 1 AND slots),
        eligibility jsonb NOT NULL DEFAULT '{}',
        claim_time_limit_minutes integer NOT NULL CHECK (claim_time_limit_minutes BETWEEN 5 AND 10080),
        review_window_hours integer NOT NULL CHECK (review_window_hours BETWEEN 1 AND 720),
        consent_terms_version text NOT NULL,
        purposes text[] NOT NULL,
        retention_days integer NOT NULL CHECK (retention_days BETWEEN 1 AND 3650),
        status text NOT NULL DEFAULT 'DRAFT' CHECK (status IN ('DRAFT','OPEN','PAUSED','CLOSED','CANCELLED')),
        price_per_sample bigint NOT NULL CHECK (price_per_sample > 0),
        platform_fee bigint NOT NULL CHECK (platform_fee >= 0),
        requester_cost bigint NOT NULL CHECK (requester_cost = price_per_sample + platform_fee),
        rate_table_id uuid NOT NULL REFERENCES rate_tables(id),
        rate_table_version text NOT NULL,
        estimated_minutes integer NOT NULL,
        price_locked_at timestamptz,
        published_at timestamptz,
        ended_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT price_locked_when_published CHECK (status IN ('DRAFT','CANCELLED') OR price_locked_at IS NOT NULL)
      )`);
    await q.query(`CREATE INDEX tasks_org_created_idx ON tasks (organization_id, created_at DESC, id DESC)`);
    await q.query(`CREATE INDEX tasks_status_created_idx ON tasks (status, created_at DESC, id DESC)`);

    await q.query(`
      CREATE TABLE organization_customers (
        organization_id uuid PRIMARY KEY REFERENCES organizations(id),
        customer_id text NOT NULL UNIQUE,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE fundings (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        task_id uuid NOT NULL REFERENCES tasks(id),
        organization_id uuid NOT NULL REFERENCES organizations(id),
        amount bigint NOT NULL CHECK (amount > 0),
        currency char(3) NOT NULL,
        status text NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING','SUCCEEDED','FAILED')),
        payment_method text NOT NULL,
        payment_intent_id text UNIQUE,
        failure_code text,
        failure_reason text,
        refunded_amount bigint NOT NULL DEFAULT 0 CHECK (refunded_amount BETWEEN 0 AND amount),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    // One payment in flight per task: a second fundTask cannot charge the card twice.
    await q.query(
      `CREATE UNIQUE INDEX fundings_one_pending_per_task ON fundings (task_id) WHERE status = 'PENDING'`,
    );
    await q.query(`CREATE INDEX fundings_task_idx ON fundings (task_id, created_at)`);
    await q.query(`
      CREATE TABLE escrow_refunds (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        task_id uuid NOT NULL REFERENCES tasks(id),
        amount bigint NOT NULL CHECK (amount > 0),
        currency char(3) NOT NULL,
        reason text NOT NULL,
        status text NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING','SUCCEEDED','FAILED')),
        processor_refund_ids text[] NOT NULL DEFAULT '{}',
        failure_reason text,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX escrow_refunds_task_idx ON escrow_refunds (task_id)`);
    await q.query(`
      CREATE TABLE processor_events (
        id text PRIMARY KEY,
        type text NOT NULL,
        account text,
        object_id text,
        payload jsonb NOT NULL,
        received_at timestamptz NOT NULL DEFAULT now(),
        processed_at timestamptz,
        attempts integer NOT NULL DEFAULT 0,
        last_error text
      )`);
    await q.query(`CREATE INDEX processor_events_object_idx ON processor_events (object_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of ['processor_events', 'escrow_refunds', 'fundings', 'organization_customers', 'tasks'])
      await q.query(`DROP TABLE ${t}`);
  }
}
