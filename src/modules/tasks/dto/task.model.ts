import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ArtifactKind, Tier } from '../../../core/domain/work.enums';
import { MoneyModel } from '../../../core/money/money';
import { PageInfo } from '../../../core/pagination/cursor';
import { TASK_STATUSES, taskBudget, TaskEntity, TaskStatusValue } from '../entities/task.entity';

/** The GraphQL enum of the entity's statuses (`TaskStatus.OPEN === 'OPEN'`). */
export const TaskStatus = Object.fromEntries(TASK_STATUSES.map((s) => [s, s])) as {
  readonly [S in TaskStatusValue]: S;
};
export type TaskStatus = TaskStatusValue;
registerEnumType(TaskStatus, { name: 'TaskStatus' });

@ObjectType('TaskEligibility')
export class TaskEligibilityModel {
  @Field(() => Int, { nullable: true }) minYearsExperience: number | null;
  @Field(() => [String], { nullable: true }) countries: string[] | null;
  @Field(() => [String], { nullable: true }) languages: string[] | null;
  @Field(() => [ID], { nullable: true }) qualificationTypeIds: string[] | null;
}

export enum MeasuredPayStatus {
  /** Fewer accepted samples than needed for a measurement. */
  NOT_ENOUGH_DATA = 'NOT_ENOUGH_DATA',
  AT_OR_ABOVE_FLOOR = 'AT_OR_ABOVE_FLOOR',
  /** The measured effort implies less than the rate table's hourly floor. */
  UNDERPAID = 'UNDERPAID',
}
registerEnumType(MeasuredPayStatus, { name: 'MeasuredPayStatus' });

@ObjectType('Task')
export class TaskModel {
  @Field(() => ID) id: string;
  @Field() title: string;
  @Field() instructions: string;
  @Field(() => TaskStatus) status: TaskStatus;
  @Field() professionCode: string;
  @Field(() => ArtifactKind) artifactKind: ArtifactKind;
  @Field(() => Tier) tier: Tier;
  @Field(() => Int) slots: number;
  @Field(() => Int) slotsRemaining: number;
  @Field(() => Int) maxPerContractor: number;
  @Field(() => MoneyModel, { description: 'Paid to the contractor per accepted sample; locked at publish' })
  pricePerSample: MoneyModel;
  @Field(() => MoneyModel, { description: 'Platform fee per accepted sample, paid by the requester' })
  platformFee: MoneyModel;
  @Field(() => MoneyModel, { description: 'pricePerSample + platformFee' }) requesterCost: MoneyModel;
  @Field(() => MoneyModel, { description: 'slots × requesterCost' }) budget: MoneyModel;
  @Field({ description: 'The escrow covers the budget' }) funded: boolean;
  @Field(() => MoneyModel) escrowBalance: MoneyModel;
  @Field({ description: 'Version of the rate table the price comes from' }) rateTableVersion: string;
  @Field({ description: 'True once published: the price no longer follows new rate tables' })
  priceLocked: boolean;
  @Field(() => Int) estimatedMinutes: number;
  @Field(() => TaskEligibilityModel) eligibility: TaskEligibilityModel;
  @Field(() => Int) claimTimeLimitMinutes: number;
  @Field(() => Int) reviewWindowHours: number;
  @Field() consentTermsVersion: string;
  @Field(() => [String]) purposes: string[];
  @Field(() => Int) retentionDays: number;
  @Field() createdAt: Date;
  @Field(() => Date, { nullable: true }) publishedAt: Date | null;
  @Field(() => Int, { description: 'Samples accepted so far' }) acceptedSamples: number;
  @Field(() => Int, {
    nullable: true,
    description:
      'Median minutes contributors took from claim to first submission (once 5 samples are accepted)',
  })
  measuredMedianMinutes: number | null;
  @Field(() => MoneyModel, { nullable: true, description: 'pricePerSample per hour of the measured median' })
  measuredHourly: MoneyModel | null;
  @Field(() => MeasuredPayStatus, {
    nullable: true,
    description:
      "UNDERPAID when the measured hourly pay is below the floor; the task's requesters and admins",
  })
  measuredPayStatus: MeasuredPayStatus | null;
  @Field(() => MoneyModel, {
    nullable: true,
    description:
      'Bonus per accepted sample that restores the hourly floor; requesters and admins, when UNDERPAID',
  })
  topUpPerSample: MoneyModel | null;

  /** The model of a task whose escrow holds `escrow` (measured pay at its defaults). */
  static from(t: TaskEntity, escrow: bigint): TaskModel {
    const model = {} as Record<string, unknown>;
    for (const [name, [, value]] of TASK_FIELD_ENTRIES) model[name] = value(t, escrow);
    return model as unknown as TaskModel;
  }

  /**
   * The model with only the fields `fields` names (other names, such as `__typename`, are
   * skipped): `t` may then hold only the properties taskReadsOf(fields) lists. For a reader that
   * answers one GraphQL selection, which reads no other field.
   */
  static pick(t: Partial<TaskEntity>, escrow: bigint, fields: ReadonlySet<string>): TaskModel {
    const model = {} as Record<string, unknown>;
    for (const name of fields) {
      const field = Object.hasOwn(TASK_FIELDS, name) ? TASK_FIELDS[name as keyof TaskModel] : undefined;
      if (field) model[name] = field[1](t as TaskEntity, escrow);
    }
    return model as unknown as TaskModel;
  }
}

type FieldSource<K extends keyof TaskModel> = readonly [
  reads: readonly (keyof TaskEntity)[],
  value: (t: TaskEntity, escrow: bigint) => TaskModel[K],
];

const money = (t: TaskEntity, amountMinor: bigint) => MoneyModel.of({ amountMinor, currency: t.currency });

/** What filling the measured-pay fields reads of the task (the price against the table's floor). */
const MEASURED_READS: readonly (keyof TaskEntity)[] = ['pricePerSample', 'currency', 'rateTableId'];

/**
 * Every field of the Task model: the entity properties it reads and its value. The measured-pay
 * fields hold their defaults here; TasksService fills them when they are read.
 */
const TASK_FIELDS: { readonly [K in keyof TaskModel]: FieldSource<K> } = {
  id: [['id'], (t) => t.id],
  title: [['title'], (t) => t.title],
  instructions: [['instructions'], (t) => t.instructions],
  status: [['status'], (t) => t.status],
  professionCode: [['professionCode'], (t) => t.professionCode],
  artifactKind: [['artifactKind'], (t) => t.artifactKind],
  tier: [['tier'], (t) => t.tier],
  slots: [['slots'], (t) => t.slots],
  slotsRemaining: [['slotsRemaining'], (t) => t.slotsRemaining],
  maxPerContractor: [['maxPerContractor'], (t) => t.maxPerContractor],
  pricePerSample: [['pricePerSample', 'currency'], (t) => money(t, t.pricePerSample)],
  platformFee: [['platformFee', 'currency'], (t) => money(t, t.platformFee)],
  requesterCost: [['requesterCost', 'currency'], (t) => money(t, t.requesterCost)],
  budget: [['slots', 'requesterCost', 'currency'], (t) => money(t, taskBudget(t))],
  funded: [['slots', 'requesterCost'], (t, escrow) => escrow >= taskBudget(t)],
  escrowBalance: [['currency'], (t, escrow) => money(t, escrow)],
  rateTableVersion: [['rateTableVersion'], (t) => t.rateTableVersion],
  priceLocked: [['priceLockedAt'], (t) => t.priceLockedAt !== null],
  estimatedMinutes: [['estimatedMinutes'], (t) => t.estimatedMinutes],
  eligibility: [
    ['eligibility'],
    ({ eligibility: e }) => ({
      minYearsExperience: e.minYearsExperience ?? null,
      countries: e.countries ?? null,
      languages: e.languages ?? null,
      qualificationTypeIds: e.qualificationTypeIds ?? null,
    }),
  ],
  claimTimeLimitMinutes: [['claimTimeLimitMinutes'], (t) => t.claimTimeLimitMinutes],
  reviewWindowHours: [['reviewWindowHours'], (t) => t.reviewWindowHours],
  consentTermsVersion: [['consentTermsVersion'], (t) => t.consentTermsVersion],
  purposes: [['purposes'], (t) => t.purposes],
  retentionDays: [['retentionDays'], (t) => t.retentionDays],
  createdAt: [['createdAt'], (t) => t.createdAt],
  publishedAt: [['publishedAt'], (t) => t.publishedAt],
  acceptedSamples: [MEASURED_READS, () => 0],
  measuredMedianMinutes: [MEASURED_READS, () => null],
  measuredHourly: [MEASURED_READS, () => null],
  measuredPayStatus: [MEASURED_READS, () => null],
  topUpPerSample: [MEASURED_READS, () => null],
};
const TASK_FIELD_ENTRIES = Object.entries(TASK_FIELDS) as [string, FieldSource<keyof TaskModel>][];

/**
 * The entity properties the model fields `fields` read (null when a name is no field of the
 * model, except GraphQL's own `__typename`: then every property is needed).
 */
export function taskReadsOf(fields: ReadonlySet<string>): Set<keyof TaskEntity> | null {
  const reads = new Set<keyof TaskEntity>();
  for (const name of fields) {
    if (name === '__typename') continue;
    if (!Object.hasOwn(TASK_FIELDS, name)) return null;
    const field = TASK_FIELDS[name as keyof TaskModel] as FieldSource<keyof TaskModel>;
    for (const r of field[0]) reads.add(r);
  }
  return reads;
}

@ObjectType('TaskEdge')
export class TaskEdge {
  @Field() cursor: string;
  @Field(() => TaskModel) node: TaskModel;
}

@ObjectType('TaskConnection')
export class TaskConnection {
  @Field(() => [TaskEdge]) edges: TaskEdge[];
  @Field(() => PageInfo) pageInfo: PageInfo;
  @Field(() => Int) totalCount: number;
}
