import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import { PageInfo } from '../../pagination/cursor';
import type { AuditRecord, AuditVerification } from '../audit.types';

export enum AuditActorType {
  USER = 'USER',
  SYSTEM = 'SYSTEM',
}
registerEnumType(AuditActorType, { name: 'AuditActorType' });

@ObjectType('AuditEntry', {
  description: 'One state change, hash-chained to the one before it. Ids and state only, no personal data.',
})
export class AuditEntryModel {
  @Field({ description: 'Gap-free position in the chain, from 1 (a 64-bit integer as a string)' })
  sequence: string;
  @Field() occurredAt: Date;
  @Field(() => AuditActorType) actorType: AuditActorType;
  @Field(() => ID, { nullable: true }) actorUserId: string | null;
  @Field({ description: 'The role the actor acted in; SYSTEM for the platform itself' }) actorRole: string;
  @Field({ description: 'What happened, e.g. task.published' }) action: string;
  @Field({ description: 'The kind of object that changed, e.g. task' }) subjectType: string;
  @Field() subjectId: string;
  @Field(() => GraphQLJSONObject, { nullable: true }) before: Record<string, unknown> | null;
  @Field(() => GraphQLJSONObject, { nullable: true }) after: Record<string, unknown> | null;
  @Field(() => GraphQLJSONObject) metadata: Record<string, unknown>;
  @Field({ description: 'SHA-256 (hex) of the previous entry; 64 zeros for the first' }) prevHash: string;
  @Field({ description: "SHA-256 (hex) of this entry's canonical form, prevHash included" }) hash: string;

  static from(r: AuditRecord): AuditEntryModel {
    return {
      ...r,
      actorType: r.actorType === 'system' ? AuditActorType.SYSTEM : AuditActorType.USER,
    };
  }
}

@ObjectType('AuditEntryEdge')
export class AuditEntryEdge {
  @Field() cursor: string;
  @Field(() => AuditEntryModel) node: AuditEntryModel;
}

@ObjectType('AuditEntryConnection')
export class AuditEntryConnection {
  @Field(() => [AuditEntryEdge]) edges: AuditEntryEdge[];
  @Field(() => PageInfo) pageInfo: PageInfo;
  @Field(() => Int) totalCount: number;
}

@ObjectType('AuditVerification')
export class AuditVerificationModel {
  @Field({ description: 'Every entry links to the one before it and matches its hash' }) ok: boolean;
  @Field(() => Int, { description: 'Entries found intact before the first broken link (all when ok)' })
  checked: number;
  @Field(() => String, { nullable: true, description: 'The first entry whose link is broken' })
  firstBrokenSequence: string | null;
  @Field(() => String, { nullable: true, description: 'What is wrong with that entry' })
  reason: string | null;

  static from(v: AuditVerification): AuditVerificationModel {
    return {
      ok: v.ok,
      checked: v.checked,
      firstBrokenSequence: v.firstBrokenSequence ?? null,
      reason: v.reason ?? null,
    };
  }
}
