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
    let event: Stripe.Event;
    try {
      event = this.stripe.webhooks.constructEvent(rawBody, signature, this.config.stripeWebhookSecret);
    } catch {
      throw new BadInputError('BAD_SIGNATURE', 'The webhook signature does not verify');
    }
    // Signed is not the same as well formed: refuse, before storing anything, what handlers cannot read.
    const { id, type, data } = event as Partial<Stripe.Event>;
    const object: unknown = data?.object;
    if (typeof id !== 'string' || typeof type !== 'string' || typeof object !== 'object' || object === null)
      throw new BadInputError(
        'BAD_EVENT',
        'The event needs a string id and type and an object in data.object',
      );
    return event;
  }

  /** Returns false when the event had already been processed (a redelivery). */
  async handle(event: Stripe.Event): Promise<boolean> {
    try {
      return await this.db.transaction(async (tx) => {
        await this.store(tx, event);
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
      await this.store(this.db.manager, event, String(error));
      throw error;
    }
  }

  /** The one write of an event row: stored once by id; a failed attempt is counted with its error. */
  private async store(q: EntityManager, event: Stripe.Event, failure?: string): Promise<void> {
    const objectId = (event.data.object as { id?: unknown }).id;
    await q.query(
      `INSERT INTO processor_events (id, type, account, object_id, payload, attempts, last_error)
       VALUES ($1, $2, $3, $4, $5, $6, $7)
       ON CONFLICT (id) DO UPDATE SET attempts = processor_events.attempts + EXCLUDED.attempts,
         last_error = COALESCE(EXCLUDED.last_error, processor_events.last_error)`,
      [
        event.id,
        event.type,
        event.account ?? null,
        typeof objectId === 'string' ? objectId : null,
        JSON.stringify(event),
        failure === undefined ? 0 : 1,
        failure ?? null,
      ],
    );
  }
}
