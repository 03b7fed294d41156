import { Foundation1764160000000 } from './1764160000000-foundation';
import { SeedSoc20181764160000001 } from './1764160000001-seed-soc2018';
import { LedgerSchema1764160000002 } from './1764160000002-ledger';
import { RatesSchema1764160000003 } from './1764160000003-rates';
import { TasksSchema1764160000004 } from './1764160000004-tasks';
import { EscrowRefundParts1764160001000 } from './1764160001000-escrow-refund-parts';
import { TokenVersion1764160003000 } from './1764160003000-token-version';
import { TextHygiene1764160003001 } from './1764160003001-text-hygiene';
import { ContractorsSchema1764160004000 } from './1764160004000-contractors';
import { ConsentSchema1764160004001 } from './1764160004001-consent';
import { ClaimsSchema1764160004002 } from './1764160004002-claims';
import { TaskChecks1764160005000 } from './1764160005000-task-checks';
import { AuditLog1764160006000 } from './1764160006000-audit-log';
import { SubmissionsSchema1764160007000 } from './1764160007000-submissions';
import { PayoutsSchema1764160008000 } from './1764160008000-payouts';
import { ConsentWithdrawal1764160009000 } from './1764160009000-consent-withdrawal';
import { ContractorErasures1764160009001 } from './1764160009001-contractor-erasures';
import { RateEffectiveFrom1764170001000 } from './1764170001000-rate-effective-from';
import { LedgerStatementBalances1764170002000 } from './1764170002000-ledger-statement-balances';
import { PayoutPaidAt1764170003000 } from './1764170003000-payout-paid-at';
import { ErasureRequests1764170004000 } from './1764170004000-erasure-requests';
import { WithdrawalWebhooks1764170004001 } from './1764170004001-withdrawal-webhooks';
import { FeedTypedEligibility1764170005000 } from './1764170005000-feed-typed-eligibility';

/** Registered as classes (not globs) so the same list works under ts-jest and from dist. */
export const MIGRATIONS = [
  Foundation1764160000000,
  SeedSoc20181764160000001,
  LedgerSchema1764160000002,
  RatesSchema1764160000003,
  TasksSchema1764160000004,
  EscrowRefundParts1764160001000,
  TokenVersion1764160003000,
  TextHygiene1764160003001,
  ContractorsSchema1764160004000,
  ConsentSchema1764160004001,
  ClaimsSchema1764160004002,
  TaskChecks1764160005000,
  AuditLog1764160006000,
  SubmissionsSchema1764160007000,
  PayoutsSchema1764160008000,
  ConsentWithdrawal1764160009000,
  ContractorErasures1764160009001,
  RateEffectiveFrom1764170001000,
  LedgerStatementBalances1764170002000,
  PayoutPaidAt1764170003000,
  ErasureRequests1764170004000,
  WithdrawalWebhooks1764170004001,
  FeedTypedEligibility1764170005000,
];
