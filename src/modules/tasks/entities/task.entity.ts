import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { bigintTransformer } from '../../../core/database/transformers';
import { ArtifactKind, Tier } from '../../../core/domain/work.enums';

/** Every status a task can have: the one list the GraphQL enum and the type below derive from. */
export const TASK_STATUSES = ['DRAFT', 'OPEN', 'PAUSED', 'CLOSED', 'CANCELLED'] as const;
export type TaskStatusValue = (typeof TASK_STATUSES)[number];

export interface EligibilityRules {
  minYearsExperience?: number;
  countries?: string[];
  languages?: string[];
  qualificationTypeIds?: string[];
}

@Entity('tasks')
export class TaskEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid') organizationId: string;
  @Column('uuid') createdBy: string;
  @Column('text') title: string;
  @Column('text') instructions: string;
  @Column('text') professionCode: string;
  @Column('text') artifactKind: ArtifactKind;
  @Column('text') tier: Tier;
  @Column('char', { length: 3 }) currency: string;
  @Column('int') slots: number;
  @Column('int') slotsRemaining: number;
  @Column('int') maxPerContractor: number;
  @Column('jsonb') eligibility: EligibilityRules;
  @Column('int') claimTimeLimitMinutes: number;
  @Column('int') reviewWindowHours: number;
  @Column('text') consentTermsVersion: string;
  @Column('text', { array: true }) purposes: string[];
  @Column('int') retentionDays: number;
  @Column('text') status: TaskStatusValue;
  @Column('bigint', { transformer: bigintTransformer }) pricePerSample: bigint;
  @Column('bigint', { transformer: bigintTransformer }) platformFee: bigint;
  @Column('bigint', { transformer: bigintTransformer }) requesterCost: bigint;
  @Column('uuid') rateTableId: string;
  @Column('text') rateTableVersion: string;
  @Column('int') estimatedMinutes: number;
  @Column('timestamptz', { nullable: true }) priceLockedAt: Date | null;
  @Column('timestamptz', { nullable: true }) publishedAt: Date | null;
  @Column('timestamptz', { nullable: true }) endedAt: Date | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;
}

/** slots × (price + fee): what the requester must hold in escrow to open the task. */
export function taskBudget(t: Pick<TaskEntity, 'slots' | 'requesterCost'>): bigint {
  return BigInt(t.slots) * t.requesterCost;
}
