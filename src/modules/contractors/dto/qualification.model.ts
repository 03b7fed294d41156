import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { PageInfo } from '../../../core/pagination/cursor';
import { QualificationRow, QualificationTypeRow } from '../qualifications.service';

export enum QualificationStatus {
  PENDING = 'PENDING',
  VERIFIED = 'VERIFIED',
  REJECTED = 'REJECTED',
}
registerEnumType(QualificationStatus, { name: 'QualificationStatus' });

@ObjectType('QualificationType')
export class QualificationTypeModel {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field() description: string;
  @Field(() => Int, { nullable: true }) validityDays: number | null;

  static from(r: QualificationTypeRow): QualificationTypeModel {
    return { id: r.id, name: r.name, description: r.description, validityDays: r.validityDays };
  }
}

/** A contractor's request for a qualification; seen by the contractor and by staff deciding it. */
@ObjectType('Qualification')
export class QualificationModel {
  @Field(() => ID) id: string;
  @Field(() => QualificationTypeModel) type: QualificationTypeModel;
  @Field(() => QualificationStatus) status: QualificationStatus;
  @Field() evidence: string;
  @Field(() => String, { nullable: true }) note: string | null;
  @Field(() => Date, { nullable: true }) decidedAt: Date | null;
  @Field(() => Date, { nullable: true }) expiresAt: Date | null;
  @Field({ description: 'VERIFIED and not expired: it counts for eligibility' }) held: boolean;
  @Field() requestedAt: Date;

  static from(r: QualificationRow, now = new Date()): QualificationModel {
    return {
      id: r.id,
      type: QualificationTypeModel.from(r.type),
      status: r.status as QualificationStatus,
      evidence: r.evidence,
      note: r.note,
      decidedAt: r.decidedAt,
      expiresAt: r.expiresAt,
      held: r.status === 'VERIFIED' && (r.expiresAt === null || r.expiresAt > now),
      requestedAt: r.createdAt,
    };
  }
}

@ObjectType('QualificationEdge')
export class QualificationEdge {
  @Field() cursor: string;
  @Field(() => QualificationModel) node: QualificationModel;
}

@ObjectType('QualificationConnection')
export class QualificationConnection {
  @Field(() => [QualificationEdge]) edges: QualificationEdge[];
  @Field(() => PageInfo) pageInfo: PageInfo;
  @Field(() => Int) totalCount: number;
}
