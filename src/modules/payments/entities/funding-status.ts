/** The one definition of a funding's states (the entity column and the GraphQL enum). */
export enum FundingStatus {
  PENDING = 'PENDING',
  SUCCEEDED = 'SUCCEEDED',
  FAILED = 'FAILED',
}
