import { request as httpRequest, type ClientRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';

/** One delivery attempt: POSTs the signed payload and reports the status, or why there was none.
 * The request stays in `inFlight` until it settles, so closing the emulator can abort it. */
export function postWebhook(
  url: string,
  payload: string,
  signature: string,
  timeoutMs: number,
  inFlight: Set<ClientRequest>,
): Promise<{ status: number | null; error?: string }> {
  return new Promise((resolve) => {
    const target = new URL(url);
    const send = target.protocol === 'https:' ? httpsRequest : httpRequest;
    const req = send(target, {
      method: 'POST',
      agent: false,
      headers: {
        'Content-Type': 'application/json; charset=utf-8',
        'Content-Length': Buffer.byteLength(payload),
        'Stripe-Signature': signature,
        'User-Agent': 'Stripe/1.0 (+https://stripe.com/docs/webhooks)',
      },
    });
    inFlight.add(req);
    let settled = false;
    const finish = (r: { status: number | null; error?: string }): void => {
      if (settled) return;
      settled = true;
      inFlight.delete(req);
      resolve(r);
    };
    req.setTimeout(timeoutMs, () => req.destroy(new Error(`timed out after ${timeoutMs} ms`)));
    req.on('response', (res) => {
      res.resume();
      res.on('end', () => finish({ status: res.statusCode ?? null }));
      res.on('error', (e) => finish({ status: null, error: e.message }));
    });
    req.on('error', (e) => finish({ status: null, error: e.message }));
    req.end(payload);
  });
}
