import type { Route } from './http/router';
import { accountRoutes } from './resources/accounts';
import { balanceRoutes } from './resources/balance';
import { chargeRoutes } from './resources/charges';
import { customerRoutes } from './resources/customers';
import { eventRoutes } from './resources/events';
import { paymentIntentRoutes } from './resources/payment-intents';
import { payoutRoutes } from './resources/payouts';
import { refundRoutes } from './resources/refunds';
import { transferReversalRoutes } from './resources/transfer-reversals';
import { transferRoutes } from './resources/transfers';

/** Every Stripe endpoint the emulator answers. */
export const ROUTES: readonly Route[] = [
  ...customerRoutes,
  ...paymentIntentRoutes,
  ...chargeRoutes,
  ...refundRoutes,
  ...accountRoutes,
  ...transferRoutes,
  ...transferReversalRoutes,
  ...payoutRoutes,
  ...balanceRoutes,
  ...eventRoutes,
];
