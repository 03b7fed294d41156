import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Submissions (one row per version of a claim's sample), reviewer assignments, disputes and
 * bonuses. The database holds the rules that money depends on: one acceptance per claim (a
 * partial unique index), one dispute per submission, a rejection always carries a reason and
 * written feedback, an attestation is always true, a bonus key is used once per task.
 */
export class SubmissionsSchema1764160007000 implements MigrationInterface {
  name = 'SubmissionsSchema1764160007000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE submissions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        claim_id uuid NOT NULL REFERENCES claims(id),
        task_id uuid NOT NULL REFERENCES tasks(id),
        organization_id uuid NOT NULL,
        contractor_id uuid NOT NULL REFERENCES users(id),
        version integer NOT NULL CHECK (version >= 1),
        status text NOT NULL DEFAULT 'SUBMITTED'
          CHECK (status IN ('SUBMITTED','ACCEPTED','REJECTED','REVISION_REQUESTED')),
        content text NOT NULL CHECK (length(content) BETWEEN 1 AND 50000),
        redacted_content text NOT NULL,
        pii_findings jsonb NOT NULL,
        pii_types text[] NOT NULL,
        scanner_version text NOT NULL,
        holds_right_to_share boolean NOT NULL CHECK (holds_right_to_share),
        own_work boolean NOT NULL CHECK (own_work),
        consent_terms_version text NOT NULL REFERENCES consent_terms(version),
        consent_purposes text[] NOT NULL CHECK (cardinality(consent_purposes) >= 1),
        consent_retention_days integer NOT NULL CHECK (consent_retention_days >= 1),
        consent_given_at timestamptz NOT NULL,
        price_minor bigint NOT NULL CHECK (price_minor > 0),
        fee_minor bigint NOT NULL CHECK (fee_minor >= 0),
        currency char(3) NOT NULL,
        rate_table_id uuid NOT NULL,
        rate_table_version text NOT NULL,
        -- minutes from the claim to its first submission: the measured effort (version 1 only)
        minutes_to_first_submission integer CHECK (minutes_to_first_submission >= 0),
        submitted_at timestamptz NOT NULL DEFAULT now(),
        review_due_at timestamptz NOT NULL CHECK (review_due_at > submitted_at),
        reviewed_at timestamptz,
        reviewed_by uuid,
        accepted_by_system boolean NOT NULL DEFAULT false,
        rejection_reason text CHECK (rejection_reason IN
          ('OFF_TOPIC','LOW_QUALITY','NOT_AUTHENTIC','CONTAINS_PERSONAL_DATA','INSTRUCTIONS_NOT_FOLLOWED','DUPLICATE')),
        feedback text CHECK (length(feedback) <= 5000),
        acceptance_entry_id uuid,
        CONSTRAINT submissions_claim_version_key UNIQUE (claim_id, version),
        CONSTRAINT submissions_first_measured CHECK ((version = 1) = (minutes_to_first_submission IS NOT NULL)),
        CONSTRAINT submissions_rejection_explained
          CHECK (status <> 'REJECTED' OR (rejection_reason IS NOT NULL AND length(feedback) >= 20)),
        CONSTRAINT submissions_revision_explained
          CHECK (status <> 'REVISION_REQUESTED' OR length(btrim(feedback)) >= 1),
        CONSTRAINT submissions_reviewed_when_decided
          CHECK ((status = 'SUBMITTED') = (reviewed_at IS NULL))
      )`);
    // Paid exactly once: a claim has at most one accepted version, whoever accepts it.
    await q.query(
      `CREATE UNIQUE INDEX submissions_one_acceptance_per_claim ON submissions (claim_id) WHERE status = 'ACCEPTED'`,
    );
    await q.query(`CREATE INDEX submissions_task_idx ON submissions (task_id, submitted_at DESC, id DESC)`);
    await q.query(
      `CREATE INDEX submissions_org_idx ON submissions (organization_id, submitted_at DESC, id DESC)`,
    );
    await q.query(
      `CREATE INDEX submissions_contractor_idx ON submissions (contractor_id, submitted_at DESC, id DESC)`,
    );
    // The auto-accept sweep reads only submissions awaiting review past their window.
    await q.query(
      `CREATE INDEX submissions_review_due_idx ON submissions (review_due_at) WHERE status = 'SUBMITTED'`,
    );

    await q.query(`
      CREATE TABLE task_reviewers (
        task_id uuid NOT NULL REFERENCES tasks(id),
        user_id uuid NOT NULL REFERENCES users(id),
        assigned_by uuid NOT NULL,
        assigned_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (task_id, user_id)
      )`);
    await q.query(`CREATE INDEX task_reviewers_user_idx ON task_reviewers (user_id)`);

    await q.query(`
      CREATE TABLE disputes (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        submission_id uuid NOT NULL REFERENCES submissions(id),
        contractor_id uuid NOT NULL REFERENCES users(id),
        message text NOT NULL CHECK (length(btrim(message)) BETWEEN 1 AND 5000),
        opened_at timestamptz NOT NULL DEFAULT now(),
        decide_by timestamptz NOT NULL CHECK (decide_by > opened_at),
        resolved_at timestamptz,
        upheld boolean,
        note text CHECK (length(note) <= 5000),
        resolved_by uuid,
        resolved_by_system boolean NOT NULL DEFAULT false,
        CONSTRAINT disputes_one_per_submission UNIQUE (submission_id),
        CONSTRAINT disputes_decided_together CHECK ((resolved_at IS NULL) = (upheld IS NULL)),
        CONSTRAINT disputes_decision_noted CHECK (resolved_at IS NULL OR length(btrim(note)) >= 1)
      )`);
    await q.query(`CREATE INDEX disputes_open_due_idx ON disputes (decide_by) WHERE resolved_at IS NULL`);

    await q.query(`
      CREATE TABLE bonuses (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        submission_id uuid NOT NULL REFERENCES submissions(id),
        task_id uuid NOT NULL REFERENCES tasks(id),
        contractor_id uuid NOT NULL REFERENCES users(id),
        amount_minor bigint NOT NULL CHECK (amount_minor > 0),
        fee_minor bigint NOT NULL CHECK (fee_minor >= 0),
        currency char(3) NOT NULL,
        note text NOT NULL CHECK (length(btrim(note)) BETWEEN 1 AND 1000),
        idempotency_key text NOT NULL CHECK (length(idempotency_key) BETWEEN 1 AND 100),
        paid_by uuid NOT NULL,
        entry_id uuid NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT bonuses_key_once_per_task UNIQUE (task_id, idempotency_key)
      )`);
    await q.query(`CREATE INDEX bonuses_contractor_idx ON bonuses (contractor_id, created_at DESC, id DESC)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE bonuses`);
    await q.query(`DROP TABLE disputes`);
    await q.query(`DROP TABLE task_reviewers`);
    await q.query(`DROP TABLE submissions`);
  }
}
