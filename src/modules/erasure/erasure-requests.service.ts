import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../../core/audit/audit.module';
import { Principal } from '../../core/auth/roles';
import { AccountsService } from '../accounts/accounts.module';
import { ErasureRequestModel } from './dto/erasure.model';
import { wrongPassword } from './erasure.errors';

/** An erasure is due within one month of the request (GDPR Art. 12(3)). */
const DUE_DAYS = 30;
const COLUMNS = `id, user_id AS "userId", status, verification, requested_at AS "requestedAt",
  requested_at + make_interval(days => ${DUE_DAYS}) AS "dueBy", completed_at AS "completedAt"`;
const OPEN_LIMIT = 100;

/**
 * Contractors' erasure requests. A request is verified when made: the signed-in contractor
 * re-enters its password, so a stolen token alone cannot have an account erased. An admin carries
 * out a verified request (`ErasureService`), which completes it in the same transaction.
 */
@Injectable()
export class ErasureRequestsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly accounts: AccountsService,
    private readonly audit: AuditService,
  ) {}

  /** The contractor's open request: a new one, or the one already waiting (asking twice is harmless). */
  async request(me: Principal, password: string): Promise<ErasureRequestModel> {
    if (!(await this.accounts.passwordMatches(me.userId, password))) throw wrongPassword();
    return this.db.transaction(async (tx) => {
      // The partial unique index keeps one open request per person; a racing twin reads it below.
      const [created] = await tx.query<ErasureRequestModel[]>(
        `INSERT INTO erasure_requests (user_id, verification) VALUES ($1, 'PASSWORD')
         ON CONFLICT (user_id) WHERE status = 'VERIFIED' DO NOTHING RETURNING ${COLUMNS}`,
        [me.userId],
      );
      if (!created) {
        const [open] = await tx.query<ErasureRequestModel[]>(
          `SELECT ${COLUMNS} FROM erasure_requests WHERE user_id = $1 AND status = 'VERIFIED'`,
          [me.userId],
        );
        return open;
      }
      await this.audit.append(tx, {
        actor: me,
        action: 'erasure.requested',
        subject: { type: 'erasure_request', id: created.id },
        after: { status: created.status, verification: created.verification },
      });
      return created;
    });
  }

  /** Verified requests waiting for an admin, oldest (most urgent) first. */
  open(): Promise<ErasureRequestModel[]> {
    return this.db.query<ErasureRequestModel[]>(
      `SELECT ${COLUMNS} FROM erasure_requests WHERE status = 'VERIFIED' ORDER BY requested_at, id LIMIT $1`,
      [OPEN_LIMIT],
    );
  }

  /**
   * Completes the user's verified request in the caller's (erasure) transaction: its id, or null
   * when there is none. The conditional UPDATE decides two racing erasures: the second waits on
   * the row, then finds nothing left to complete.
   */
  async completeVerified(tx: EntityManager, userId: string): Promise<string | null> {
    const [done] = await tx.query<{ id: string }[]>(
      `WITH done AS (UPDATE erasure_requests SET status = 'COMPLETED', completed_at = now()
         WHERE user_id = $1 AND status = 'VERIFIED' RETURNING id)
       SELECT id FROM done`,
      [userId],
    );
    return done?.id ?? null;
  }
}
