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

  static from(t: TaskEntity, escrow: bigint): TaskModel {
    const money = (amountMinor: bigint) => MoneyModel.of({ amountMinor, currency: t.currency });
    const e = t.eligibility;
    return {
      id: t.id,
      title: t.title,
      instructions: t.instructions,
      status: t.status,
      professionCode: t.professionCode,
      artifactKind: t.artifactKind,
      tier: t.tier,
      slots: t.slots,
      slotsRemaining: t.slotsRemaining,
      maxPerContractor: t.maxPerContractor,
      pricePerSample: money(t.pricePerSample),
      platformFee: money(t.platformFee),
      requesterCost: money(t.requesterCost),
      budget: money(taskBudget(t)),
      funded: escrow >= taskBudget(t),
      escrowBalance: money(escrow),
      rateTableVersion: t.rateTableVersion,
      priceLocked: t.priceLockedAt !== null,
      estimatedMinutes: t.estimatedMinutes,
      eligibility: {
        minYearsExperience: e.minYearsExperience ?? null,
        countries: e.countries ?? null,
        languages: e.languages ?? null,
        qualificationTypeIds: e.qualificationTypeIds ?? null,
      },
      claimTimeLimitMinutes: t.claimTimeLimitMinutes,
      reviewWindowHours: t.reviewWindowHours,
      consentTermsVersion: t.consentTermsVersion,
      purposes: t.purposes,
      retentionDays: t.retentionDays,
      createdAt: t.createdAt,
      publishedAt: t.publishedAt,
      acceptedSamples: 0,
      measuredMedianMinutes: null,
      measuredHourly: null,
      measuredPayStatus: null,
      topUpPerSample: null,
    };
  }
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
