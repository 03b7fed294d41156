import { registerEnumType } from '@nestjs/graphql';

/** What a sample is. Shared by rates, tasks, submissions and exports. */
export enum ArtifactKind {
  EMAIL = 'EMAIL',
  MEMO = 'MEMO',
  SUPPORT_REPLY = 'SUPPORT_REPLY',
  TECHNICAL_DOC = 'TECHNICAL_DOC',
  MARKETING_COPY = 'MARKETING_COPY',
  ANALYSIS_SUMMARY = 'ANALYSIS_SUMMARY',
  DECISION_WORKFLOW = 'DECISION_WORKFLOW',
  OTHER = 'OTHER',
}
registerEnumType(ArtifactKind, { name: 'ArtifactKind' });

export enum Tier {
  BASIC = 'BASIC',
  STANDARD = 'STANDARD',
  EXPERT = 'EXPERT',
}
registerEnumType(Tier, { name: 'Tier' });
