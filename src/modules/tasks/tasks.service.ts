import { Inject, Injectable, Optional } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../../core/audit/audit.module';
import { Principal, Role } from '../../core/auth/roles';
import { DomainError, ForbiddenError } from '../../core/errors/domain-error';
import { preparedQuery } from '../../core/database/prepared';
import { divRoundHalfUp, MoneyModel } from '../../core/money/money';
import { Connection, isTimestampUuid, parsePage, toConnection } from '../../core/pagination/cursor';
import { ConsentService } from '../consent/consent.module';
import { QualificationsService } from '../contractors/contractors.module';
import { LedgerService } from '../ledger/ledger.module';
import { ProfessionsService } from '../professions/professions.module';
import { RatesService } from '../rates/rates.module';
import { CreateTaskInput } from './dto/create-task.input';
import { MeasuredPayStatus, TaskModel, taskReadsOf, TaskStatus } from './dto/task.model';
import { MEASURED_PAY, MIN_MEASURED_SAMPLES } from './measured-pay';
import type { MeasuredEffort, MeasuredPay } from './measured-pay';
import { TaskEntity, TaskStatusValue } from './entities/task.entity';
import {
  budgetTooLarge,
  noRateFor,
  reviewerNotAssignable,
  taskNotFound,
  tooManyPerContractor,
} from './tasks.errors';

/** What a model needs beyond the task's own columns, for the fields that show it. */
export interface ModelReads {
  /** The escrow balance: `escrowBalance`, `funded`. */
  escrow: boolean;
  /** Accepted samples and their effort: `acceptedSamples` and the `measured*` fields, `topUpPerSample`. */
  measuredPay: boolean;
  /**
   * The model fields to build (the client's selection); the others are left out, and rows need
   * only the columns `columnsOf(alias, fields)` lists. All fields when absent.
   */
  fields?: ReadonlySet<string>;
}

/** The reads a client's selection of Task fields needs. */
export function readsFor(selected: ReadonlySet<string>): ModelReads {
  const any = (fields: (keyof TaskModel)[]) => fields.some((f) => selected.has(f));
  return {
    escrow: any(['escrowBalance', 'funded']),
    measuredPay: any([
      'acceptedSamples',
      'measuredMedianMinutes',
      'measuredHourly',
      'measuredPayStatus',
      'topUpPerSample',
    ]),
    fields: selected,
  };
}

/** Largest amount one card payment may carry (Stripe's limit is 99 999 999 minor units). */
const MAX_BUDGET = 99_999_999n;

/** Creating, reading and listing tasks; the life cycle is in TaskLifecycleService. */
@Injectable()
export class TasksService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly professions: ProfessionsService,
    private readonly rates: RatesService,
    private readonly ledger: LedgerService,
    private readonly consent: ConsentService,
    private readonly qualifications: QualificationsService,
    @Optional() @Inject(MEASURED_PAY) private readonly measuredPay?: MeasuredPay,
  ) {}

  async create(me: Principal, input: CreateTaskInput): Promise<TaskModel> {
    if (me.role !== Role.REQUESTER || !me.organizationId)
      throw new ForbiddenError('ROLE_NOT_ALLOWED', 'Tasks are created by requesters of an organisation');
    const maxPerContractor = input.maxPerContractor ?? 1;
    if (maxPerContractor > input.slots) throw tooManyPerContractor(maxPerContractor, input.slots);
    await this.professions.findOrThrow(input.professionCode);
    await this.consent.assertCovers(input.consentTermsVersion, input.purposes, {
      version: 'consentTermsVersion',
      purposes: 'purposes',
    });
    await this.qualifications.assertTypesExist(
      input.eligibility?.qualificationTypeIds ?? [],
      'eligibility.qualificationTypeIds',
    );
    const quote = await this.rates
      .quote({
        professionCode: input.professionCode,
        artifactKind: input.artifactKind,
        tier: input.tier,
        currency: input.currency,
      })
      .catch((e: unknown) => {
        throw e instanceof DomainError && e.reason === 'NO_RATE' ? noRateFor(e) : e;
      });
    if (BigInt(input.slots) * quote.requesterCost > MAX_BUDGET) throw budgetTooLarge();
    const organizationId = me.organizationId; // narrowed to string above, also inside the callback
    const task = await this.db.transaction(async (tx) => {
      const created = await tx.getRepository(TaskEntity).save({
        organizationId,
        createdBy: me.userId,
        title: input.title,
        instructions: input.instructions,
        professionCode: input.professionCode,
        artifactKind: input.artifactKind,
        tier: input.tier,
        currency: input.currency,
        slots: input.slots,
        slotsRemaining: input.slots,
        maxPerContractor,
        eligibility: { ...(input.eligibility ?? {}) },
        claimTimeLimitMinutes: input.claimTimeLimitMinutes ?? 60,
        reviewWindowHours: input.reviewWindowHours ?? 72,
        consentTermsVersion: input.consentTermsVersion,
        purposes: input.purposes,
        retentionDays: input.retentionDays,
        status: 'DRAFT',
        pricePerSample: quote.pricePerSample,
        platformFee: quote.platformFee,
        requesterCost: quote.requesterCost,
        rateTableId: quote.rateTableId,
        rateTableVersion: quote.rateTableVersion,
        estimatedMinutes: quote.estimatedMinutes,
        priceLockedAt: null,
        publishedAt: null,
        endedAt: null,
      });
      await this.audit.append(tx, {
        actor: me,
        action: 'task.created',
        subject: { type: 'task', id: created.id },
        after: {
          status: created.status,
          organizationId: created.organizationId,
          professionCode: created.professionCode,
          artifactKind: created.artifactKind,
          tier: created.tier,
          currency: created.currency,
          slots: created.slots,
          requesterCost: created.requesterCost,
          rateTableVersion: created.rateTableVersion,
        },
      });
      return created;
    });
    return TaskModel.from(task, 0n);
  }

  async get(me: Principal, id: string): Promise<TaskModel> {
    const task = await this.findVisibleOrThrow(me, id);
    return (await this.modelsByIds([task.id], undefined, me))[0];
  }

  async list(
    me: Principal,
    args: { status?: TaskStatus; first?: number; after?: string },
  ): Promise<Connection<TaskModel>> {
    const page = parsePage(args.first, args.after, isTimestampUuid);
    const where: string[] = [];
    const params: unknown[] = [];
    const add = (clause: string, value: unknown) => {
      params.push(value);
      where.push(clause.replace('?', `$${params.length}`));
    };
    const scope = visibilityScope(me);
    if (scope.organizationId) add('organization_id = ?', scope.organizationId);
    if (scope.status) add('status = ?', scope.status);
    if (scope.assignedTo)
      add('id IN (SELECT task_id FROM task_reviewers WHERE user_id = ?)', scope.assignedTo);
    if (scope.none) where.push('false');
    if (args.status) add('status = ?', args.status);
    const filter = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const pageWhere = [...where];
    const pageParams = [...params];
    if (page.after) {
      pageParams.push(page.after.sortKey, page.after.id);
      pageWhere.push(
        `(created_at, id) < ($${pageParams.length - 1}::timestamptz, $${pageParams.length}::uuid)`,
      );
    }
    pageParams.push(page.first + 1);
    // The count, the page, each task's escrow balance and measured effort in one round trip; the
    // count row comes back even when the page is empty. Rows map straight to the GraphQL objects.
    // Prepared: planning this costs more than running it.
    const raw = await preparedQuery<{ total_count: number } & ModelRow>(
      this.db.manager,
      `WITH total AS (SELECT count(*)::int AS n FROM tasks ${filter}),
            page AS (SELECT * FROM tasks ${pageWhere.length ? `WHERE ${pageWhere.join(' AND ')}` : ''}
                     ORDER BY created_at DESC, id DESC LIMIT $${pageParams.length})
       SELECT total.n AS total_count, ${this.modelColumns()}
       FROM total LEFT JOIN page t ON true ${this.modelJoins()}
       ORDER BY t.created_at DESC, t.id DESC`,
      pageParams,
    );
    const n = raw[0].total_count;
    const rows = raw.filter((r) => r.id !== null);
    const models = await this.modelsOf(rows.slice(0, page.first), me);
    const modelById = new Map(models.map((m) => [m.id, m]));
    return toConnection(
      rows,
      page,
      n,
      (t) => [t.createdAt.toISOString(), t.id],
      (t) => modelById.get(t.id)!,
    );
  }

  /**
   * Gives a slot back (a claim released or expired), in the caller's transaction, whatever the
   * task's status; says what the task is now so the caller can release escrow of an ended task.
   */
  async returnSlot(taskId: string, tx: EntityManager): Promise<ReturnedSlot> {
    const [row] = await tx.query<(Omit<ReturnedSlot, 'requesterCost'> & { requesterCost: string })[]>(
      `WITH returned AS (UPDATE tasks SET slots_remaining = slots_remaining + 1, updated_at = now() WHERE id = $1
         RETURNING id, status, organization_id AS "organizationId", currency,
           requester_cost::text AS "requesterCost")
       SELECT * FROM returned`,
      [taskId],
    );
    return { ...row, requesterCost: BigInt(row.requesterCost) };
  }

  /** The task if the caller may see it; NOT_FOUND otherwise, so ids of others leak nothing. */
  async findVisibleOrThrow(me: Principal, id: string, tx?: EntityManager): Promise<TaskEntity> {
    const m = tx ?? this.db.manager;
    const task = await m.getRepository(TaskEntity).findOneBy({ id });
    if (!task || !canView(me, task)) throw taskNotFound(id);
    if (visibilityScope(me).assignedTo && !(await this.isAssignedReviewer(task.id, me.userId, m)))
      throw taskNotFound(id);
    return task;
  }

  /** Whether this user was assigned to review the task. */
  async isAssignedReviewer(taskId: string, userId: string, tx?: EntityManager): Promise<boolean> {
    const rows = await (tx ?? this.db.manager).query<unknown[]>(
      `SELECT 1 FROM task_reviewers WHERE task_id = $1 AND user_id = $2`,
      [taskId, userId],
    );
    return rows.length > 0;
  }

  /**
   * Assigns a reviewer to a task the caller manages (its organisation's requester, or an admin).
   * The reviewer must belong to the task's organisation or to none (platform QA staff); assigning
   * twice changes nothing. Returns whether this call assigned it.
   */
  async assignReviewer(
    me: Principal,
    taskId: string,
    reviewer: { id: string; role: Role; organizationId: string | null },
  ): Promise<boolean> {
    return this.db.transaction(async (tx) => {
      const task = await this.findVisibleOrThrow(me, taskId, tx);
      if (!canManage(me, task))
        throw new ForbiddenError(
          'NOT_TASK_MANAGER',
          "Only the task's requesters or an admin assign reviewers",
        );
      if (
        reviewer.role !== Role.REVIEWER ||
        (reviewer.organizationId !== null && reviewer.organizationId !== task.organizationId)
      )
        throw reviewerNotAssignable();
      const inserted = await tx.query<unknown[]>(
        `INSERT INTO task_reviewers (task_id, user_id, assigned_by) VALUES ($1, $2, $3)
         ON CONFLICT DO NOTHING RETURNING task_id`,
        [task.id, reviewer.id, me.userId],
      );
      if (inserted.length)
        await this.audit.append(tx, {
          actor: me,
          action: 'task.reviewer_assigned',
          subject: { type: 'task', id: task.id },
          after: { reviewerId: reviewer.id },
        });
      return inserted.length > 0;
    });
  }

  /** Models of these tasks, in the order of `ids` (ids of no task are left out). */
  async modelsByIds(ids: string[], tx?: EntityManager, me?: Principal): Promise<TaskModel[]> {
    if (!ids.length) return [];
    const rows = await preparedQuery<ModelRow>(
      tx ?? this.db.manager,
      `SELECT ${this.modelColumns()} FROM tasks t ${this.modelJoins()} WHERE t.id = ANY($1::uuid[])`,
      [ids],
    );
    const byId = new Map(rows.map((t) => [t.id, t]));
    return this.modelsOf(
      ids.flatMap((id) => byId.get(id) ?? []),
      me,
    );
  }

  /** The model of a task read in the caller's transaction (as it stands there). */
  async toModel(task: TaskEntity, tx?: EntityManager): Promise<TaskModel> {
    return (await this.modelsByIds([task.id], tx))[0];
  }

  /**
   * The task's own columns of rows aliased `alias`, under their entity property names, for a
   * SELECT list of another module's query (the feed): the typed columns the database generates
   * from `eligibility` stay out. All of them, or with `fields` only those the model fields need
   * (and the id, the organisation and the currency). Rows read with it are what modelsFromRows
   * takes, with the same `fields` in its reads.
   */
  columnsOf(alias: string, fields?: ReadonlySet<string>): string {
    const needed = fields && taskReadsOf(fields);
    const key = needed ? `${alias}:${[...needed].sort().join(',')}` : alias;
    let list = this.columnLists.get(key);
    if (list === undefined) {
      if (needed) for (const always of ['id', 'organizationId', 'currency'] as const) needed.add(always);
      list = this.db
        .getMetadata(TaskEntity)
        .columns.filter((c) => !needed || needed.has(c.propertyName as keyof TaskEntity))
        .map((c) => `${alias}.${c.databaseName} AS "${c.propertyName}"`)
        .join(', ');
      // Selections are the clients' to choose, so the cache stays bounded.
      if (this.columnLists.size < 256) this.columnLists.set(key, list);
    }
    return list;
  }
  private readonly columnLists = new Map<string, string>();

  /**
   * Models of rows another module read with columnsOf (the feed), in their order. When the
   * client selected an escrow or measured-pay field (`reads`), the models are read again whole in
   * one query; otherwise they are made from the rows alone and those fields hold zero values.
   */
  async modelsFromRows(rows: TaskColumnsRow[], reads: ModelReads): Promise<TaskModel[]> {
    if (reads.escrow || reads.measuredPay) return this.modelsByIds(rows.map((r) => r.id));
    return this.modelsOf(
      rows.map((r) => ({ ...r, escrowBalance: '0', accepted: 0, medianMinutes: null })),
      undefined,
      reads.fields,
    );
  }

  /**
   * What a model is read from: every task column under its entity property name, the escrow
   * balance (the ledger's expression) and the measured effort (the submissions module's
   * sub-query, joined LATERAL), so a page of models is one query. Built once.
   */
  private modelColumns(): string {
    return (this.columnsSql ??= [
      ...this.db.getMetadata(TaskEntity).columns.map((c) => `t.${c.databaseName} AS "${c.propertyName}"`),
      `${this.ledger.taskEscrowBalanceSql('t.organization_id', 't.id', 't.currency')} AS "escrowBalance"`,
      this.measuredPay ? `m.accepted, m.median_minutes AS "medianMinutes"` : `0 AS accepted`,
    ].join(', '));
  }
  private columnsSql?: string;

  private modelJoins(): string {
    return this.measuredPay ? `LEFT JOIN LATERAL (${this.measuredPay.measureSql('t.id')}) m ON true` : '';
  }

  /**
   * Models from rows of modelColumns(). `me` (when given) decides who is shown the UNDERPAID
   * flag and the top-up: the task's managers only.
   */
  private async modelsOf(
    rows: ModelRow[],
    me?: Principal,
    fields?: ReadonlySet<string>,
  ): Promise<TaskModel[]> {
    const needsFloor = rows.some((r) => r.accepted >= MIN_MEASURED_SAMPLES);
    const floors = needsFloor
      ? new Map((await this.rates.listPublished()).map((r) => [r.id, r.hourlyFloorMinor]))
      : new Map<string, bigint>();
    return rows.map((row) => {
      // Rows of a narrowed columnsOf lack the columns no selected field reads.
      const bigint = (v: string) => (v === undefined ? (undefined as unknown as bigint) : BigInt(v));
      const t: TaskEntity = {
        ...row,
        pricePerSample: bigint(row.pricePerSample),
        platformFee: bigint(row.platformFee),
        requesterCost: bigint(row.requesterCost),
      };
      const effort =
        row.accepted > 0 && row.medianMinutes !== null
          ? { accepted: row.accepted, medianMinutes: row.medianMinutes }
          : undefined;
      const escrow = BigInt(row.escrowBalance);
      const model = fields ? TaskModel.pick(t, escrow, fields) : TaskModel.from(t, escrow);
      // Nothing measured and no manager to tell: the defaults stand.
      if (!effort && !me) return model;
      return withMeasuredPay(model, t, effort, floors.get(t.rateTableId), !!me && canManage(me, t));
    });
  }
}

/** A row of TasksService.columnsOf(): the task's columns (bigints as text, as the driver returns them). */
export type TaskColumnsRow = Omit<TaskEntity, 'pricePerSample' | 'platformFee' | 'requesterCost'> & {
  pricePerSample: string;
  platformFee: string;
  requesterCost: string;
};

/**
 * A row of TasksService.modelColumns(): the task's columns (bigints as text, as the driver
 * returns them), its escrow balance and its measured effort.
 */
type ModelRow = TaskColumnsRow & {
  escrowBalance: string;
  accepted: number;
  medianMinutes: number | null;
};

/**
 * Fair-pay fields: once enough samples are accepted, the median effort they took and the hourly
 * pay it implies; for the task's managers, whether that is below the rate table's floor and the
 * per-sample top-up (integer minor units, rounded up) that would restore it.
 */
function withMeasuredPay(
  model: TaskModel,
  t: TaskEntity,
  effort: MeasuredEffort | undefined,
  floor: bigint | undefined,
  manager: boolean,
): TaskModel {
  const accepted = effort?.accepted ?? 0;
  const out: TaskModel = { ...model, acceptedSamples: accepted };
  if (!effort || accepted < MIN_MEASURED_SAMPLES || floor === undefined) {
    if (manager) out.measuredPayStatus = MeasuredPayStatus.NOT_ENOUGH_DATA;
    return out;
  }
  const minutes = BigInt(Math.max(1, effort.medianMinutes));
  const money = (amountMinor: bigint) => MoneyModel.of({ amountMinor, currency: t.currency });
  out.measuredMedianMinutes = effort.medianMinutes;
  out.measuredHourly = money(divRoundHalfUp(t.pricePerSample * 60n, minutes));
  const required = (floor * minutes + 59n) / 60n;
  const underpaid = t.pricePerSample < required;
  if (manager) {
    out.measuredPayStatus = underpaid ? MeasuredPayStatus.UNDERPAID : MeasuredPayStatus.AT_OR_ABOVE_FLOOR;
    out.topUpPerSample = underpaid ? money(required - t.pricePerSample) : null;
  }
  return out;
}

/**
 * The UPDATE that takes one free slot of the OPEN task `taskId` (an SQL expression), for use as a
 * CTE. The conditional UPDATE is the guarantee: the row lock it takes makes concurrent claims
 * queue, and each re-checks `slots_remaining > 0` on the row as it stands after the one before —
 * K free slots give K successes whatever the number of callers. Returns no row when the task is
 * not OPEN or full. (Wrapped in a SELECT by callers: TypeORM returns [rows, count] for a bare
 * UPDATE … RETURNING.)
 */
export function reserveSlotSql(taskId: string): string {
  return `UPDATE tasks SET slots_remaining = slots_remaining - 1, updated_at = now()
    WHERE id = ${taskId} AND status = 'OPEN' AND slots_remaining > 0
    RETURNING id, slots_remaining AS "slotsRemaining", claim_time_limit_minutes AS "claimTimeLimitMinutes"`;
}

export interface ReturnedSlot {
  id: string;
  status: TaskStatusValue;
  organizationId: string;
  currency: string;
  requesterCost: bigint;
}

export function canManage(me: Principal, task: TaskEntity): boolean {
  return me.role === Role.ADMIN || (me.role === Role.REQUESTER && me.organizationId === task.organizationId);
}

function canView(me: Principal, task: TaskEntity): boolean {
  const scope = visibilityScope(me);
  if (scope.none) return false;
  if (scope.organizationId && scope.organizationId !== task.organizationId) return false;
  if (scope.status && scope.status !== task.status) return false;
  return true;
}

/**
 * The one rule of which tasks a caller sees (listing and single reads both derive from it):
 * requesters and reviewers of an organisation see its tasks; contractors see open ones; admin and
 * finance staff see all. A platform reviewer (no organisation) sees only the tasks assigned to it
 * (task_reviewers). Anything unknown sees nothing.
 */
function visibilityScope(me: Principal): {
  organizationId?: string;
  status?: string;
  assignedTo?: string;
  none?: boolean;
} {
  switch (me.role) {
    case Role.ADMIN:
    case Role.FINANCE:
      return {};
    case Role.REQUESTER:
      return me.organizationId ? { organizationId: me.organizationId } : { none: true };
    case Role.REVIEWER:
      return me.organizationId ? { organizationId: me.organizationId } : { assignedTo: me.userId };
    case Role.CONTRACTOR:
      return { status: 'OPEN' };
    default:
      return { none: true };
  }
}
