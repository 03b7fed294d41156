import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import Stripe from 'stripe';
import { DataSource, EntityManager } from 'typeorm';
import type { AppConfig } from '../../core/config/app-config';
import { APP_CONFIG } from '../../core/config/config.module';
import { BadInputError } from '../../core/errors/domain-error';
import { STRIPE } from './stripe.client';

export type EventHandler = (object: unknown, tx: EntityManager, event: Stripe.Event) => Promise<void>;

/**
 * Webhook events from the processor: verified against the signing secret, stored by event id,
 * and handled in the same transaction that marks them processed — so a redelivered event is
 * acknowledged and ignored, and a failed handler leaves the event unprocessed for the retry.
 */
@Injectable()
export class ProcessorEventsService {
  private readonly logger = new Logger(ProcessorEventsService.name);
  private readonly handlers = new Map<string, EventHandler[]>();

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(STRIPE) private readonly stripe: Stripe,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  on(type: string, handler: EventHandler): void {
    this.handlers.set(type, [...(this.handlers.get(type) ?? []), handler]);
  }

  verify(rawBody: Buffer | undefined, signature: string | undefined): Stripe.Event {
    if (!rawBody || !signature)
      throw new BadInputError('BAD_SIGNATURE', 'A Stripe-Signature header and a body are required');
    try {
      return this.stripe.webhooks.constructEvent(rawBody, signature, this.config.stripeWebhookSecret);
    } catch {
      throw new BadInputError('BAD_SIGNATURE', 'The webhook signature does not verify');
    }
  }

  /** Returns false when the event had already been processed (a redelivery). */
  async handle(event: Stripe.Event): Promise<boolean> {
    const object = event.data.object as { id?: string };
    try {
      return await this.db.transaction(async (tx) => {
        await tx.query(
          `INSERT INTO processor_events (id, type, account, object_id, payload) VALUES ($1, $2, $3, $4, $5)
           ON CONFLICT (id) DO NOTHING`,
          [event.id, event.type, event.account ?? null, object.id ?? null, JSON.stringify(event)],
        );
        // The row lock serialises concurrent deliveries of the same event.
        const [row] = await tx.query<{ processed_at: Date | null }[]>(
          `SELECT processed_at FROM processor_events WHERE id = $1 FOR UPDATE`,
          [event.id],
        );
        if (row.processed_at) return false;
        for (const handler of this.handlers.get(event.type) ?? [])
          await handler(event.data.object, tx, event);
        await tx.query(
          `UPDATE processor_events SET processed_at = now(), attempts = attempts + 1 WHERE id = $1`,
          [event.id],
        );
        return true;
      });
    } catch (error) {
      this.logger.error(
        { err: error, eventId: event.id, type: event.type },
        'webhook handler failed; the processor will retry',
      );
      await this.db.query(
        `INSERT INTO processor_events (id, type, account, object_id, payload, attempts, last_error)
         VALUES ($1, $2, $3, $4, $5, 1, $6)
         ON CONFLICT (id) DO UPDATE SET attempts = processor_events.attempts + 1, last_error = EXCLUDED.last_error`,
        [
          event.id,
          event.type,
          event.account ?? null,
          object.id ?? null,
          JSON.stringify(event),
          String(error),
        ],
      );
      throw error;
    }
  }
}
