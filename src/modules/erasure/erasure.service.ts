import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditService } from '../../core/audit/audit.module';
import { Principal, Role } from '../../core/auth/roles';
import { AccountsService } from '../accounts/accounts.module';
import { ContractorsService, QualificationsService } from '../contractors/contractors.module';
import { DisputesService } from '../disputes/disputes.module';
import { WithdrawalsService } from '../withdrawals/withdrawals.module';
import { ContractorErasureModel } from './dto/erasure.model';
import { ErasureRequestsService } from './erasure-requests.service';
import { alreadyErased, noVerifiedRequest, notAContractor } from './erasure.errors';

/**
 * Erasure of a contractor (GDPR Art. 17) on its verified request, which it completes, in one
 * transaction: every consent is withdrawn and the organisations that received samples are told
 * (Art. 19, the withdrawal notice feed); sample content, dispute messages, qualification evidence, profile
 * and account identity are erased or replaced. The user id stays as an opaque key, so ledger
 * entries, payouts and the audit chain are untouched and still reconcile (Art. 17(3)(b)).
 */
@Injectable()
export class ErasureService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly accounts: AccountsService,
    private readonly contractors: ContractorsService,
    private readonly qualifications: QualificationsService,
    private readonly disputes: DisputesService,
    private readonly withdrawals: WithdrawalsService,
    private readonly audit: AuditService,
    private readonly requests: ErasureRequestsService,
  ) {}

  async eraseContractor(
    me: Principal,
    userId: string,
    requestReference: string,
  ): Promise<ContractorErasureModel> {
    const result = await this.db.transaction(async (tx) => {
      const user = await this.accounts.profileOrThrow(userId);
      if (user.role !== Role.CONTRACTOR) throw notAContractor(userId);
      const requestId = await this.requests.completeVerified(tx, userId);
      if (!requestId) {
        const [done] = await tx.query<unknown[]>(`SELECT 1 FROM contractor_erasures WHERE user_id = $1`, [
          userId,
        ]);
        throw done ? alreadyErased(userId) : noVerifiedRequest(userId);
      }
      // The primary key is a second guard against two erasures of one person.
      const [claimed] = await tx.query<{ user_id: string }[]>(
        `INSERT INTO contractor_erasures (user_id, request_reference, erased_by, samples_erased, request_id)
         VALUES ($1, $2, $3, 0, $4) ON CONFLICT (user_id) DO NOTHING RETURNING user_id`,
        [userId, requestReference, me.userId, requestId],
      );
      if (!claimed) throw alreadyErased(userId);
      const samplesErased = await this.withdrawals.withdrawAndEraseAll(tx, me, userId);
      await this.disputes.eraseMessages(tx, userId);
      await this.qualifications.eraseEvidence(tx, userId);
      await this.contractors.eraseProfile(tx, userId);
      await this.accounts.eraseUser(tx, userId);
      const [row] = await tx.query<ContractorErasureModel[]>(
        `WITH e AS (UPDATE contractor_erasures SET samples_erased = $2 WHERE user_id = $1
           RETURNING user_id, request_reference, samples_erased, erased_at)
         SELECT user_id AS "userId", request_reference AS "requestReference",
                samples_erased AS "samplesErased", erased_at AS "erasedAt" FROM e`,
        [userId, samplesErased],
      );
      await this.audit.append(tx, {
        actor: me,
        action: 'user.erased',
        subject: { type: 'user', id: userId },
        after: { samplesErased, requestId },
      });
      return row;
    });
    // Tokens were revoked in the transaction; a request cached between then and the commit is dropped.
    this.accounts.forget(userId);
    return result;
  }
}
