import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHmac, randomBytes } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../../core/audit/audit.module';
import { Principal } from '../../core/auth/roles';
import type { AppConfig } from '../../core/config/app-config';
import { APP_CONFIG } from '../../core/config/config.module';
import { BadInputError, ForbiddenError } from '../../core/errors/domain-error';
import { JobsService } from '../../core/jobs/jobs.module';
import { resolvesPublicly } from './webhook-address';

export const WITHDRAWAL_WEBHOOK_JOB = 'withdrawal-webhook';
/** The header a receiver verifies: `t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>">`. */
export const SIGNATURE_HEADER = 'fairsample-signature';
const TIMEOUT_MS = 10_000;

/** One notice as delivered: pseudonymous, like the feed (no personal data leaves). */
export interface WebhookNotice {
  seq: string;
  organizationId: string;
  submissionId: string;
  taskId: string;
  contributor: string;
  withdrawnAt: string;
  eraseAfter: string;
}

export interface WithdrawalWebhookRow {
  url: string;
  secret: string;
  updatedAt: Date;
}

/** `t=…,v1=…` for a body sent at `at`, signed with the organisation's secret. */
export function signature(secret: string, body: string, at: Date): string {
  const t = Math.floor(at.getTime() / 1000);
  return `t=${t},v1=${createHmac('sha256', secret).update(`${t}.${body}`).digest('hex')}`;
}

const noOrganization = () =>
  new ForbiddenError('NO_ORGANIZATION', 'Only a requester of an organisation sets its webhook');

/**
 * Withdrawal notices pushed to the requester's own endpoint, besides the feed it polls: one job
 * per notice, enqueued in the withdrawal's transaction, POSTs the notice signed with the
 * organisation's secret; a non-2xx answer or a timeout fails the job, which the jobs seam retries
 * with backoff and finally dead-letters. A receiver de-duplicates on `id` (a retry resends it).
 */
@Injectable()
export class WithdrawalWebhooksService implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly jobs: JobsService,
    private readonly audit: AuditService,
  ) {}

  private get production(): boolean {
    return this.config.nodeEnv === 'production';
  }

  onModuleInit(): void {
    this.jobs.work<WebhookNotice>(WITHDRAWAL_WEBHOOK_JOB, (notice) => this.deliver(notice));
  }

  /** Sets (or replaces) the organisation's endpoint with a new secret, returned this once. */
  async set(me: Principal, url: string): Promise<WithdrawalWebhookRow> {
    if (!me.organizationId) throw noOrganization();
    // Outside production the receiver may be a local test server; production posts over TLS only,
    // and never into the platform's own network (a requester must not reach internal services).
    if (this.production && !url.startsWith('https://'))
      throw new BadInputError('WEBHOOK_NOT_HTTPS', 'The webhook URL must use https', { field: 'url' });
    if (this.production && !(await resolvesPublicly(url)))
      throw new BadInputError(
        'WEBHOOK_ADDRESS_NOT_PUBLIC',
        'The webhook host must resolve to public addresses only',
        {
          field: 'url',
        },
      );
    const secret = `whsec_${randomBytes(32).toString('hex')}`;
    return this.db.transaction(async (tx) => {
      const [row] = await tx.query<WithdrawalWebhookRow[]>(
        `INSERT INTO withdrawal_webhooks (organization_id, url, secret) VALUES ($1, $2, $3)
         ON CONFLICT (organization_id) DO UPDATE SET url = EXCLUDED.url, secret = EXCLUDED.secret, updated_at = now()
         RETURNING url, secret, updated_at AS "updatedAt"`,
        [me.organizationId, url, secret],
      );
      await this.audit.append(tx, {
        actor: me,
        action: 'withdrawal_webhook.set',
        subject: { type: 'organization', id: me.organizationId! },
        after: { url },
      });
      return row;
    });
  }

  async remove(me: Principal): Promise<boolean> {
    if (!me.organizationId) throw noOrganization();
    const rows = await this.db.query<{ organization_id: string }[]>(
      `WITH d AS (DELETE FROM withdrawal_webhooks WHERE organization_id = $1 RETURNING organization_id)
       SELECT organization_id FROM d`,
      [me.organizationId],
    );
    return rows.length > 0;
  }

  /** In the withdrawal's transaction: a delivery job per notice of an organisation with an endpoint. */
  async enqueue(tx: EntityManager, notices: WebhookNotice[]): Promise<void> {
    if (!notices.length) return;
    const subscribed = await tx.query<{ organization_id: string }[]>(
      `SELECT organization_id FROM withdrawal_webhooks WHERE organization_id = ANY ($1::uuid[])`,
      [[...new Set(notices.map((n) => n.organizationId))]],
    );
    const orgs = new Set(subscribed.map((r) => r.organization_id));
    for (const notice of notices)
      if (orgs.has(notice.organizationId))
        await this.jobs.enqueue(WITHDRAWAL_WEBHOOK_JOB, notice, tx, {
          singletonKey: `withdrawal-webhook:${notice.seq}`,
        });
  }

  /** One delivery attempt; throwing makes the job retry. Read at delivery: a new URL or secret applies. */
  private async deliver(notice: WebhookNotice): Promise<void> {
    const [hook] = await this.db.query<{ url: string; secret: string }[]>(
      `SELECT url, secret FROM withdrawal_webhooks WHERE organization_id = $1`,
      [notice.organizationId],
    );
    if (!hook) return; // removed since: the feed still has the notice
    if (this.production && !(await resolvesPublicly(hook.url)))
      throw new Error(
        `withdrawal webhook of organisation ${notice.organizationId} resolves to an internal address`,
      );
    const body = JSON.stringify({
      id: `wn_${notice.seq}`,
      type: 'withdrawal.notice',
      notice: {
        submissionId: notice.submissionId,
        taskId: notice.taskId,
        contributor: notice.contributor,
        withdrawnAt: notice.withdrawnAt,
        eraseAfter: notice.eraseAfter,
      },
    });
    const res = await fetch(hook.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        [SIGNATURE_HEADER]: signature(hook.secret, body, new Date()),
      },
      body,
      redirect: 'manual',
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
    await res.body?.cancel();
    if (res.status < 200 || res.status > 299)
      throw new Error(`withdrawal webhook of organisation ${notice.organizationId} answered ${res.status}`);
  }
}
