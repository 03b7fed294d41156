import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { Principal, Role } from '../../core/auth/roles';
import { MoneyModel } from '../../core/money/money';
import { PseudonymsService } from '../contractors/contractors.module';
import { TasksService } from '../tasks/tasks.module';
import { RejectionReason, SubmissionModel, SubmissionStatus } from './dto/submission.model';
import { fromDb, RawRow, SUBMISSION_COLUMNS, SubmissionRow } from './submission-row';
import { STILL_CONSENTED } from './submission-consent';
import { submissionNotFound } from './submissions.errors';

/** A caller's scope over the submissions table, as SQL on alias `s`. */
export interface Viewer {
  where: string[];
  params: unknown[];
}

/**
 * Who sees which submissions, and what of them: the contributor sees its own, original included;
 * requesters (and the organisation's reviewers) see their organisation's, platform reviewers those
 * of tasks assigned to them, admins and finance all — always redacted, under the contributor's
 * per-organisation pseudonym, never its user id.
 */
@Injectable()
export class SubmissionViews {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly tasks: TasksService,
    private readonly pseudonyms: PseudonymsService,
  ) {}

  /** The caller's scope; a task the caller may not see is NOT_FOUND (a contractor's is a filter). */
  async viewer(me: Principal, taskId?: string): Promise<Viewer> {
    if (taskId && me.role !== Role.CONTRACTOR) await this.tasks.findVisibleOrThrow(me, taskId);
    switch (me.role) {
      case Role.CONTRACTOR:
        return { where: ['s.contractor_id = $1'], params: [me.userId] };
      case Role.REQUESTER:
        return me.organizationId
          ? { where: ['s.organization_id = $1', STILL_CONSENTED], params: [me.organizationId] }
          : { where: ['false'], params: [] };
      case Role.REVIEWER:
        return me.organizationId
          ? { where: ['s.organization_id = $1', STILL_CONSENTED], params: [me.organizationId] }
          : {
              where: [
                's.task_id IN (SELECT task_id FROM task_reviewers WHERE user_id = $1)',
                STILL_CONSENTED,
              ],
              params: [me.userId],
            };
      case Role.ADMIN:
      case Role.FINANCE:
        return { where: ['true'], params: [] };
      default:
        return { where: ['false'], params: [] };
    }
  }

  /**
   * One submission the caller may see, by the same scope as the listing (so a withdrawn sample is
   * as invisible to its requester by id as it is in a list); anything else is NOT_FOUND.
   */
  async findVisible(me: Principal, id: string, m: EntityManager = this.db.manager): Promise<SubmissionRow> {
    const scope = await this.viewer(me);
    const [raw] = await m.query<RawRow[]>(
      `SELECT ${SUBMISSION_COLUMNS} FROM submissions s
       WHERE s.id = $${scope.params.length + 1} AND ${scope.where.join(' AND ')}`,
      [...scope.params, id],
    );
    if (!raw) throw submissionNotFound(id);
    return fromDb(raw);
  }

  /** Models of a page: the tasks are read in one batch, pseudonyms are computed, not queried. */
  async models(me: Principal, rows: SubmissionRow[], tx?: EntityManager): Promise<SubmissionModel[]> {
    const taskIds = [...new Set(rows.map((r) => r.taskId))];
    const tasks = new Map((await this.tasks.modelsByIds(taskIds, tx)).map((t) => [t.id, t]));
    return rows.map((r) => {
      const own = me.role === Role.CONTRACTOR && r.contractorId === me.userId;
      return {
        id: r.id,
        status: r.status as SubmissionStatus,
        version: r.version,
        task: tasks.get(r.taskId)!,
        contributor: this.pseudonyms.of(r.organizationId, r.contractorId),
        redactedContent: r.redactedContent,
        piiTypesFound: r.piiTypes,
        reward: MoneyModel.of({ amountMinor: r.priceMinor, currency: r.currency }),
        content: own ? r.content : null,
        findings: own ? r.piiFindings.map(({ type, start, end }) => ({ type, start, end })) : null,
        scannerVersion: r.scannerVersion,
        claimId: own ? r.claimId : null,
        submittedAt: r.submittedAt,
        reviewDueAt: r.reviewDueAt,
        reviewedAt: r.reviewedAt,
        acceptedBySystem: r.acceptedBySystem,
        rejectionReason: r.rejectionReason as RejectionReason | null,
        feedback: r.feedback,
        minutesToFirstSubmission: r.minutesToFirstSubmission,
        consent: {
          termsVersion: r.consentTermsVersion,
          purposes: r.consentPurposes,
          retentionDays: r.consentRetentionDays,
          agreedAt: r.submittedAt,
        },
        acceptanceEntryId: r.acceptanceEntryId,
      };
    });
  }
}
