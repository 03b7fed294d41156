import type { IncomingMessage, ServerResponse } from 'node:http';
import { ApiError } from './core/errors';
import type { EmulatorState } from './core/state';
import type { DeliveryRecord } from './webhooks/delivery';

/** What the `/_emulator/…` endpoints can do to the emulator. */
export interface ControlTarget {
  readonly state: EmulatorState;
  completeOnboarding(accountId: string): void;
  failTransfersTo(accountId: string, code?: string | null): void;
  flushWebhooks(): Promise<void>;
  deliveries(): DeliveryRecord[];
  reset(): void;
  /** Makes changes durable (a no-op without a state directory). */
  commit(): void;
}

/**
 * Control endpoints (no API key: they stand for a browser or an operator, not the app):
 * - `GET  /_emulator/health`
 * - `GET  /_emulator/onboarding/:account[?link=…]` — the hosted onboarding an account link points
 *   to; fetching it completes onboarding. A used or expired link redirects to its `refresh_url`.
 * - `POST /_emulator/accounts/:account/complete_onboarding`
 * - `POST /_emulator/accounts/:account/fail_transfers[?code=…]` (`?clear=true` to stop)
 * - `POST /_emulator/webhooks/flush`, `GET /_emulator/webhooks/deliveries`
 * - `POST /_emulator/reset`
 */
export async function handleControl(
  target: ControlTarget,
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
): Promise<void> {
  const method = req.method ?? 'GET';
  const parts = url.pathname.split('/').filter(Boolean).slice(1).map(decodeURIComponent);
  const json = (status: number, body: unknown): void => {
    target.commit();
    res.writeHead(status, { 'Content-Type': 'application/json' });
    res.end(JSON.stringify(body, null, 2));
  };
  try {
    const [a, b, c] = parts;
    if (method === 'GET' && a === 'health' && parts.length === 1) return json(200, { ok: true });
    if (method === 'GET' && a === 'onboarding' && b && parts.length === 2)
      return onboarding(target, req, res, b, url);
    if (method === 'POST' && a === 'accounts' && b && c === 'complete_onboarding') {
      target.completeOnboarding(b);
      return json(200, target.state.store.lookup(b));
    }
    if (method === 'POST' && a === 'accounts' && b && c === 'fail_transfers') {
      const clear = url.searchParams.get('clear') === 'true';
      target.failTransfersTo(b, clear ? null : (url.searchParams.get('code') ?? undefined));
      return json(200, { account: b, failing: !clear });
    }
    if (method === 'POST' && a === 'webhooks' && b === 'flush') {
      await target.flushWebhooks();
      return json(200, { ok: true });
    }
    if (method === 'GET' && a === 'webhooks' && b === 'deliveries') return json(200, target.deliveries());
    if (method === 'POST' && a === 'reset' && parts.length === 1) {
      target.reset();
      return json(200, { ok: true });
    }
    return json(404, {
      error: {
        type: 'invalid_request_error',
        message: `Unknown emulator endpoint ${method} ${url.pathname}`,
      },
    });
  } catch (e) {
    if (e instanceof ApiError) return json(e.status, { error: e.body });
    return json(500, { error: { type: 'api_error', message: e instanceof Error ? e.message : String(e) } });
  }
}

function onboarding(
  target: ControlTarget,
  req: IncomingMessage,
  res: ServerResponse,
  accountId: string,
  url: URL,
): void {
  const token = url.searchParams.get('link');
  let returnUrl: string | null = null;
  if (token !== null) {
    const grant = target.state.accountLinks.get(token);
    if (!grant || grant.account !== accountId)
      return page(res, 404, 'Unknown link', 'This onboarding link does not exist.');
    if (grant.expires_at < target.state.clock.now()) {
      target.state.accountLinks.delete(token);
      if (grant.refresh_url) {
        res.writeHead(302, { Location: grant.refresh_url });
        return void res.end();
      }
      return page(res, 410, 'Link expired', 'This onboarding link has expired or has already been used.');
    }
    // Account links are single use, as Stripe's are.
    grant.expires_at = -1;
    returnUrl = grant.return_url;
  }
  target.completeOnboarding(accountId);
  if ((req.headers.accept ?? '').includes('application/json')) {
    res.writeHead(200, { 'Content-Type': 'application/json' });
    return void res.end(JSON.stringify({ account: accountId, onboarded: true, return_url: returnUrl }));
  }
  const next = returnUrl ? `<p><a href="${escapeHtml(returnUrl)}">Return to the platform</a></p>` : '';
  page(res, 200, 'Onboarding complete', `Account ${escapeHtml(accountId)} is onboarded.${next}`);
}

function page(res: ServerResponse, status: number, title: string, body: string): void {
  // (The onboarding page's changes were committed by completeOnboarding.)
  res.writeHead(status, { 'Content-Type': 'text/html; charset=utf-8' });
  res.end(`<!doctype html><title>${title}</title><h1>${title}</h1><p>${body}</p>`);
}

function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}
