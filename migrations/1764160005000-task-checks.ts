import { MigrationInterface, QueryRunner } from 'typeorm';

/** Frozen copy of the artifact kinds at the time of this migration (as in 1764160000003-rates). */
const ARTIFACT_KINDS = [
  'EMAIL',
  'MEMO',
  'SUPPORT_REPLY',
  'TECHNICAL_DOC',
  'MARKETING_COPY',
  'ANALYSIS_SUMMARY',
  'DECISION_WORKFLOW',
  'OTHER',
];
const sqlList = (values: string[]) => values.map((v) => `'${v}'`).join(', ');

/**
 * The rules on tasks, fundings, escrow refunds and processor events that the tasks migration
 * left to the application: the database now refuses a row that breaks them, whoever writes it.
 * (Slots, per-contractor limits, time limits, status and money signs were CHECKed from the start.)
 */
const CHECKS: [table: string, name: string, check: string][] = [
  ['tasks', 'tasks_artifact_kind_known', `artifact_kind IN (${sqlList(ARTIFACT_KINDS)})`],
  ['tasks', 'tasks_currency_format', `currency ~ '^[A-Z]{3}$'`],
  ['tasks', 'tasks_estimated_minutes_range', `estimated_minutes BETWEEN 1 AND 10080`],
  ['tasks', 'tasks_consent_terms_version_format', `consent_terms_version ~ '^[A-Za-z0-9._-]{1,50}$'`],
  ['tasks', 'tasks_rate_table_version_format', `rate_table_version ~ '^[A-Za-z0-9._-]{1,50}$'`],
  [
    'tasks',
    'tasks_purposes_listed',
    `cardinality(purposes) BETWEEN 1 AND 20 AND array_position(purposes, NULL) IS NULL AND '' <> ALL (purposes)`,
  ],
  ['tasks', 'tasks_eligibility_object', `jsonb_typeof(eligibility) = 'object'`],
  // A task is published exactly when it leaves DRAFT for OPEN; a draft can be cancelled unpublished.
  [
    'tasks',
    'tasks_published_unless_draft',
    `(status = 'DRAFT') = (published_at IS NULL) OR status = 'CANCELLED'`,
  ],
  ['tasks', 'tasks_ended_when_final', `(status IN ('CLOSED', 'CANCELLED')) = (ended_at IS NOT NULL)`],
  ['fundings', 'fundings_currency_format', `currency ~ '^[A-Z]{3}$'`],
  ['fundings', 'fundings_payment_method_present', `length(payment_method) BETWEEN 1 AND 255`],
  // Only money that arrived can go back.
  ['fundings', 'fundings_refund_of_succeeded', `refunded_amount = 0 OR status = 'SUCCEEDED'`],
  ['escrow_refunds', 'escrow_refunds_currency_format', `currency ~ '^[A-Z]{3}$'`],
  ['escrow_refunds', 'escrow_refunds_reason_present', `length(reason) > 0`],
  ['processor_events', 'processor_events_attempts_non_negative', `attempts >= 0`],
];

/** The tasks migration's multi-column CHECKs got PostgreSQL's generated names; these say what they check. */
const RENAMES: [from: string, to: string][] = [
  ['tasks_check', 'tasks_slots_remaining_range'],
  ['tasks_check1', 'tasks_max_per_contractor_range'],
  ['tasks_check2', 'tasks_requester_cost_sum'],
];

export class TaskChecks1764160005000 implements MigrationInterface {
  name = 'TaskChecks1764160005000';

  async up(q: QueryRunner): Promise<void> {
    for (const [from, to] of RENAMES) await q.query(`ALTER TABLE tasks RENAME CONSTRAINT ${from} TO ${to}`);
    for (const [table, name, check] of CHECKS)
      await q.query(`ALTER TABLE ${table} ADD CONSTRAINT ${name} CHECK (${check})`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const [table, name] of [...CHECKS].reverse())
      await q.query(`ALTER TABLE ${table} DROP CONSTRAINT ${name}`);
    for (const [from, to] of RENAMES) await q.query(`ALTER TABLE tasks RENAME CONSTRAINT ${to} TO ${from}`);
  }
}
