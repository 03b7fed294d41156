import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { bigintTransformer } from '../../../core/database/transformers';
import { FundingStatus } from './funding-status';

export { FundingStatus };

@Entity('fundings')
export class FundingEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid') taskId: string;
  @Column('uuid') organizationId: string;
  @Column('bigint', { transformer: bigintTransformer }) amount: bigint;
  @Column('char', { length: 3 }) currency: string;
  @Column('text') status: FundingStatus;
  @Column('text') paymentMethod: string;
  @Column('text', { nullable: true }) paymentIntentId: string | null;
  @Column('text', { nullable: true }) failureCode: string | null;
  @Column('text', { nullable: true }) failureReason: string | null;
  @Column('bigint', { transformer: bigintTransformer }) refundedAmount: bigint;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;
}
