import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { MoneyModel } from '../../../core/money/money';
import { PageInfo } from '../../../core/pagination/cursor';
import { PiiFindingModel, PiiTypeEnum, type PiiType } from '../../privacy/privacy.module';
import { TaskModel } from '../../tasks/tasks.module';

export enum SubmissionStatus {
  SUBMITTED = 'SUBMITTED',
  ACCEPTED = 'ACCEPTED',
  REJECTED = 'REJECTED',
  REVISION_REQUESTED = 'REVISION_REQUESTED',
}
registerEnumType(SubmissionStatus, { name: 'SubmissionStatus' });

export enum RejectionReason {
  OFF_TOPIC = 'OFF_TOPIC',
  LOW_QUALITY = 'LOW_QUALITY',
  NOT_AUTHENTIC = 'NOT_AUTHENTIC',
  CONTAINS_PERSONAL_DATA = 'CONTAINS_PERSONAL_DATA',
  INSTRUCTIONS_NOT_FOLLOWED = 'INSTRUCTIONS_NOT_FOLLOWED',
  DUPLICATE = 'DUPLICATE',
}
registerEnumType(RejectionReason, { name: 'RejectionReason' });

@ObjectType('SubmissionConsent', { description: 'What the sample was shared under: a consent receipt' })
export class SubmissionConsentModel {
  @Field() termsVersion: string;
  @Field(() => [String]) purposes: string[];
  @Field(() => Int) retentionDays: number;
  @Field({ description: 'When the contributor attested and submitted' }) agreedAt: Date;
}

/**
 * A sample as the caller may see it. Requesters and reviewers get the redacted text and the
 * contributor's pseudonym; only the contributor itself gets `content` (its original) and
 * `findings` offsets into it — for everyone else those are null.
 */
@ObjectType('Submission')
export class SubmissionModel {
  @Field(() => ID) id: string;
  @Field(() => SubmissionStatus) status: SubmissionStatus;
  @Field(() => Int) version: number;
  @Field(() => TaskModel) task: TaskModel;
  @Field({ description: "The contractor's pseudonym within the requester's organisation" })
  contributor: string;
  @Field() redactedContent: string;
  @Field(() => [PiiTypeEnum]) piiTypesFound: PiiType[];
  @Field(() => MoneyModel, { description: 'The price locked on the task for this sample' })
  reward: MoneyModel;
  @Field(() => String, { nullable: true, description: 'The original text: its contributor only' })
  content: string | null;
  @Field(() => [PiiFindingModel], {
    nullable: true,
    description: 'Findings in the original: its contributor only',
  })
  findings: PiiFindingModel[] | null;
  @Field() scannerVersion: string;
  @Field(() => ID, { nullable: true, description: 'The claim it was made on: its contributor only' })
  claimId: string | null;
  @Field() submittedAt: Date;
  @Field({ description: 'Accepted automatically if not reviewed by then' }) reviewDueAt: Date;
  @Field(() => Date, { nullable: true }) reviewedAt: Date | null;
  @Field({ description: 'Accepted by the platform because nobody reviewed it in time, or on a dispute' })
  acceptedBySystem: boolean;
  @Field(() => RejectionReason, { nullable: true }) rejectionReason: RejectionReason | null;
  @Field(() => String, { nullable: true, description: "The reviewer's written feedback" }) feedback:
    string | null;
  @Field(() => Int, { nullable: true, description: 'Minutes from the claim to its first submission' })
  minutesToFirstSubmission: number | null;
  @Field(() => SubmissionConsentModel) consent: SubmissionConsentModel;
  @Field(() => ID, { nullable: true, description: 'The ledger entry that paid it, once accepted' })
  acceptanceEntryId: string | null;
}

@ObjectType('SubmissionEdge')
export class SubmissionEdge {
  @Field() cursor: string;
  @Field(() => SubmissionModel) node: SubmissionModel;
}

@ObjectType('SubmissionConnection')
export class SubmissionConnection {
  @Field(() => [SubmissionEdge]) edges: SubmissionEdge[];
  @Field(() => PageInfo) pageInfo: PageInfo;
  @Field(() => Int) totalCount: number;
}
