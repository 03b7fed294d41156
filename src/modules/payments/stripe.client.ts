import { Provider } from '@nestjs/common';
import Stripe from 'stripe';
import type { AppConfig } from '../../core/config/app-config';
import { APP_CONFIG } from '../../core/config/config.module';

export const STRIPE = Symbol('STRIPE');

/**
 * The official SDK is the only way to the processor. `stripeApiUrl` points it at the in-repo
 * emulator (npm start, tests); without it the same code talks to api.stripe.com.
 */
export const stripeClientProvider: Provider = {
  provide: STRIPE,
  inject: [APP_CONFIG],
  useFactory: (config: AppConfig): Stripe => {
    if (!config.stripeSecretKey) throw new Error('stripeSecretKey must be resolved before the app boots');
    const base = config.stripeApiUrl ? new URL(config.stripeApiUrl) : undefined;
    return new Stripe(config.stripeSecretKey, {
      maxNetworkRetries: 2,
      timeout: config.stripeTimeoutMs,
      ...(base
        ? {
            host: base.hostname,
            port: Number(base.port || (base.protocol === 'https:' ? 443 : 80)),
            protocol: base.protocol === 'https:' ? 'https' : 'http',
          }
        : {}),
    });
  },
};
