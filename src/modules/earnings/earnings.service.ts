import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Principal } from '../../core/auth/roles';
import { ArtifactKind, Tier } from '../../core/domain/work.enums';
import { MoneyModel } from '../../core/money/money';
import { Connection, isTimestampUuid, parsePage, toConnection } from '../../core/pagination/cursor';
import { Accounts, balanceKey, LedgerService } from '../ledger/ledger.module';
import { PayoutCover, PayoutStatusEnum, PayoutsService } from '../payouts/payouts.module';
import { EarningKind, EarningLineModel, EarningLinePayoutModel, EarningsModel } from './dto/earnings.model';

interface LineRow {
  kind: EarningKind;
  id: string;
  submissionId: string;
  taskId: string;
  taskTitle: string;
  rateTableVersion: string;
  professionCode: string;
  artifactKind: ArtifactKind;
  tier: Tier;
  amountMinor: string;
  currency: string;
  entryId: string;
  at: Date;
  acceptedBySystem: boolean;
}

/**
 * Every credit to a contractor's payable balance, each tied to its work: accepted samples (the
 * ledger entry `accept:<submissionId>`) and bonuses. One statement query for both.
 */
const LINES = `
  SELECT 'SAMPLE' AS kind, s.id, s.id AS "submissionId", s.task_id AS "taskId", t.title AS "taskTitle",
    s.rate_table_version AS "rateTableVersion", t.profession_code AS "professionCode",
    t.artifact_kind AS "artifactKind", t.tier, s.price_minor::text AS "amountMinor", s.currency,
    s.acceptance_entry_id AS "entryId", s.reviewed_at AS at, s.accepted_by_system AS "acceptedBySystem"
  FROM submissions s JOIN tasks t ON t.id = s.task_id
  WHERE s.contractor_id = $1 AND s.status = 'ACCEPTED'
  UNION ALL
  SELECT 'BONUS', b.id, b.submission_id, b.task_id, t.title, s.rate_table_version, t.profession_code,
    t.artifact_kind, t.tier, b.amount_minor::text, b.currency, b.entry_id, b.created_at, false
  FROM bonuses b JOIN submissions s ON s.id = b.submission_id JOIN tasks t ON t.id = b.task_id
  WHERE b.contractor_id = $1`;

@Injectable()
export class EarningsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly ledger: LedgerService,
    private readonly payouts: PayoutsService,
  ) {}

  /**
   * Pending: submissions awaiting review at their locked price. Payable: the ledger balance of
   * the contractor's payable account. Paid: what was credited to it (the statement's entries)
   * less what is still payable — i.e. what payouts took out.
   */
  async myEarnings(me: Principal): Promise<EarningsModel> {
    const rows = await this.db.query<{ currency: string; pending: string; credited: string }[]>(
      `SELECT currency,
         sum(CASE WHEN kind = 'PENDING' THEN amount ELSE 0 END)::text AS pending,
         sum(CASE WHEN kind = 'CREDIT' THEN amount ELSE 0 END)::text AS credited
       FROM (
         SELECT currency, 'PENDING' AS kind, price_minor AS amount FROM submissions
           WHERE contractor_id = $1 AND status = 'SUBMITTED'
         UNION ALL
         SELECT currency, 'CREDIT', price_minor FROM submissions WHERE contractor_id = $1 AND status = 'ACCEPTED'
         UNION ALL
         SELECT currency, 'CREDIT', amount_minor FROM bonuses WHERE contractor_id = $1
       ) x GROUP BY currency ORDER BY currency`,
      [me.userId],
    );
    const account = Accounts.contractorPayable(me.userId);
    const balances = await this.ledger.balancesOf(rows.map((r) => ({ account, currency: r.currency })));
    const money = (amountMinor: bigint, currency: string) => MoneyModel.of({ amountMinor, currency });
    return {
      pending: rows.map((r) => money(BigInt(r.pending), r.currency)),
      payable: rows.map((r) => money(balances.get(balanceKey(account, r.currency)) ?? 0n, r.currency)),
      paid: rows.map((r) =>
        money(BigInt(r.credited) - (balances.get(balanceKey(account, r.currency)) ?? 0n), r.currency),
      ),
    };
  }

  /** The contractor's credits, newest first, each with the payout that paid it (one query per page). */
  async statement(
    me: Principal,
    args: { first?: number; after?: string },
  ): Promise<Connection<EarningLineModel>> {
    const page = parsePage(args.first, args.after, isTimestampUuid);
    const params: unknown[] = [me.userId];
    const [{ n }] = await this.db.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM (${LINES}) l`,
      params,
    );
    let where = '';
    if (page.after) {
      params.push(page.after.sortKey, page.after.id);
      where = `WHERE (l.at, l.id) < ($2::timestamptz, $3::uuid)`;
    }
    params.push(page.first + 1);
    const rows = await this.db.query<LineRow[]>(
      `SELECT * FROM (${LINES}) l ${where} ORDER BY l.at DESC, l.id DESC LIMIT $${params.length}`,
      params,
    );
    const covers = await this.payouts.coversOf(
      me.userId,
      rows.map((r) => r.entryId),
    );
    return toConnection(
      rows,
      page,
      n,
      (r) => [r.at.toISOString(), r.id],
      (r) => ({
        kind: r.kind,
        submissionId: r.submissionId,
        taskId: r.taskId,
        taskTitle: r.taskTitle,
        rateTableVersion: r.rateTableVersion,
        professionCode: r.professionCode,
        artifactKind: r.artifactKind,
        tier: r.tier,
        amount: MoneyModel.of({ amountMinor: BigInt(r.amountMinor), currency: r.currency }),
        ledgerEntryId: r.entryId,
        creditedAt: r.at,
        acceptedBySystem: r.acceptedBySystem,
        payout: payoutOf(covers.get(r.entryId)),
      }),
    );
  }
}

function payoutOf(cover: PayoutCover | undefined): EarningLinePayoutModel | null {
  if (!cover) return null;
  return {
    id: cover.payoutId,
    status: cover.status as PayoutStatusEnum,
    paidAt: cover.paidAt,
    transferId: cover.transferId,
  };
}
