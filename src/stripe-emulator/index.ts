import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { handleControl, type ControlTarget } from './control';
import { resourceMissing } from './core/errors';
import { FaultQueue, type ApiFault, type RandomFaults, type WebhookFault } from './core/faults';
import { StateJournal } from './core/journal';
import { EmulatorState, type FeeSchedule } from './core/state';
import { handleApiRequest, readBody } from './http/server';
import { completeOnboarding, findAccount } from './resources/accounts';
import { DEFAULT_TRANSFER_FAILURE } from './resources/transfers';
import { ROUTES } from './routes';
import {
  WebhookDispatcher,
  type DeliveryOptions,
  type DeliveryRecord,
  type WebhookEndpoint,
} from './webhooks/delivery';

export type { ApiFault, RandomFaults, WebhookFault } from './core/faults';
export type { FeeSchedule } from './core/state';
export type { EventObject } from './core/events';
export type { DeliveryOptions, DeliveryRecord, WebhookEndpoint } from './webhooks/delivery';
export { signatureHeader } from './webhooks/signing';

export interface StripeEmulatorOptions {
  /** 0 (the default) picks a free port. */
  port?: number;
  /** Interface to listen on. Default 127.0.0.1. */
  host?: string;
  webhook?: WebhookEndpoint;
  delivery?: DeliveryOptions;
  /** Processing fee on charges. Default none: the balance grows by exactly the amount charged. */
  fees?: Partial<FeeSchedule>;
  logger?: (line: string) => void;
  /** Keep the state in this directory (`journal.jsonl`) so that a restart on it loses nothing,
   * webhooks not yet delivered included. Default: memory only (tests). */
  stateDir?: string;
}

/**
 * An in-memory Stripe for tests and offline runs, spoken to through the official SDK:
 * `new Stripe('sk_test_…', { ...emulator.stripeConfig(), maxNetworkRetries: 2 })`.
 * See README.md in this folder for what it emulates.
 */
export class StripeEmulator implements ControlTarget {
  private constructor(
    private readonly server: Server,
    readonly state: EmulatorState,
    private readonly dispatcher: WebhookDispatcher,
    private readonly faults: FaultQueue<ApiFault>,
    private readonly journal: StateJournal | undefined,
    readonly host: string,
    readonly port: number,
  ) {}

  static async start(opts: StripeEmulatorOptions = {}): Promise<StripeEmulator> {
    const logger = opts.logger ?? (() => undefined);
    const host = opts.host ?? '127.0.0.1';
    const dispatcher = new WebhookDispatcher(opts.delivery ?? {}, logger);
    if (opts.webhook) dispatcher.setEndpoint(opts.webhook);
    const fees: FeeSchedule = { percentBps: opts.fees?.percentBps ?? 0, fixed: opts.fees?.fixed ?? 0 };
    const state = new EmulatorState(fees, '', dispatcher);
    const faults = new FaultQueue<ApiFault>();
    const journal = opts.stateDir ? StateJournal.open(opts.stateDir, state, dispatcher) : undefined;
    const commit = (): void => journal?.commit();
    let commitScheduled = false;
    dispatcher.onSettled = (event) => {
      // A delivery finished outside any request: record it soon (losing it only means resending).
      state.store.touch(event.id);
      if (commitScheduled) return;
      commitScheduled = true;
      setImmediate(() => {
        commitScheduled = false;
        commit();
      });
    };
    // The control endpoints need the emulator, which exists only once the server listens.
    const self: { emulator?: StripeEmulator } = {};
    const server = createServer((req, res) => {
      void (async () => {
        const url = new URL(req.url ?? '/', 'http://emulator');
        try {
          const body = await readBody(req);
          if (url.pathname.startsWith('/_emulator/')) await handleControl(self.emulator!, req, res, url);
          else await handleApiRequest({ state, routes: ROUTES, faults, logger, commit }, req, res, url, body);
        } catch (e) {
          logger(`request failed: ${e instanceof Error ? e.message : String(e)}`);
          if (!res.headersSent) res.writeHead(400);
          res.end();
        }
      })();
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(opts.port ?? 0, host, () => {
        server.off('error', reject);
        resolve();
      });
    });
    const port = (server.address() as AddressInfo).port;
    const reachable = host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host;
    state.baseUrl = `http://${reachable.includes(':') ? `[${reachable}]` : reachable}:${port}`;
    const emulator = new StripeEmulator(server, state, dispatcher, faults, journal, reachable, port);
    self.emulator = emulator;
    logger(`Stripe emulator listening on ${state.baseUrl}`);
    return emulator;
  }

  /** Base URL, e.g. `http://127.0.0.1:12111`. */
  get url(): string {
    return this.state.baseUrl;
  }

  /** The options that point the official SDK at this emulator. */
  stripeConfig(): { host: string; port: number; protocol: 'http' } {
    return { host: this.host, port: this.port, protocol: 'http' };
  }

  async close(): Promise<void> {
    this.journal?.close(); // first: undelivered webhooks stay recorded as pending
    this.dispatcher.close();
    await new Promise<void>((resolve) => {
      this.server.close(() => resolve());
      this.server.closeAllConnections();
    });
  }

  /** Where events are sent from now on (`null` stops sending). Earlier events are not resent. */
  setWebhook(endpoint: WebhookEndpoint | null): void {
    this.dispatcher.setEndpoint(endpoint);
  }

  /** Changes delivery behaviour (duplicates, shuffle, retry delays, hold…) for later deliveries. */
  configureDelivery(options: DeliveryOptions): void {
    this.dispatcher.configure(options);
  }

  /** Resolves when every queued delivery, including retries, has succeeded or been abandoned.
   * Held events are sent. Rejects after `timeoutMs` (default 30 s) with what is still pending. */
  flushWebhooks(opts: { timeoutMs?: number } = {}): Promise<void> {
    return this.dispatcher.flush(opts.timeoutMs);
  }

  /** Every delivery attempt so far, oldest first. */
  deliveries(): DeliveryRecord[] {
    return this.dispatcher.deliveries();
  }

  /** The next `count` API requests matching `path`/`method` fail (see ApiFault). */
  injectFaults(fault: ApiFault): void {
    this.faults.add(fault);
  }

  /** Until `clearFaults`, a seeded random share of the matching API requests fails (see RandomFaults). */
  injectRandomFaults(spec: RandomFaults<ApiFault>): void {
    this.faults.random(spec);
  }

  /** How many API requests an injected fault (queued or random) has failed so far. */
  apiFaultsInjected(): number {
    return this.faults.taken;
  }

  /** The next `count` webhook delivery attempts fail (see WebhookFault). */
  injectWebhookFaults(fault: WebhookFault): void {
    this.dispatcher.faults.add(fault);
  }

  clearFaults(): void {
    this.faults.clear();
    this.dispatcher.faults.clear();
  }

  /** What finishing hosted onboarding does (also `GET` on an account link's URL). */
  completeOnboarding(accountId: string): void {
    completeOnboarding(this.state, accountId);
    this.commit();
  }

  /** Refuse transfers to this account with error `code` (default `transfers_not_allowed`);
   * `null` accepts them again. */
  failTransfersTo(accountId: string, code: string | null = DEFAULT_TRANSFER_FAILURE): void {
    if (!findAccount(this.state, accountId)) throw resourceMissing('account', accountId);
    if (code === null) this.state.transferFailures.delete(accountId);
    else this.state.transferFailures.set(accountId, code);
    this.commit();
  }

  /** Moves the emulator's clock (what `created` says) forward. */
  advanceTime(seconds: number): void {
    this.state.clock.advance(seconds);
    this.commit();
  }

  /** Forgets every object, event, idempotency key, fault and delivery; keeps the webhook endpoint
   * and delivery options. */
  reset(): void {
    this.state.reset();
    this.faults.clear();
    this.dispatcher.reset();
    this.commit();
  }

  /** Makes every change so far durable (a no-op without `stateDir`). */
  commit(): void {
    this.journal?.commit();
  }
}
