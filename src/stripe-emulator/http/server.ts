import type { IncomingMessage, ServerResponse } from 'node:http';
import { ApiError, injectedFault, invalidRequest } from '../core/errors';
import { API_VERSION } from '../core/events';
import { expandResponse } from '../core/expand';
import { faultMatches, type ApiFault, type FaultQueue } from '../core/faults';
import { randomToken } from '../core/ids';
import type { Execution, SavedResponse } from '../core/idempotency';
import type { EmulatorState } from '../core/state';
import { PLATFORM, snapshot } from '../core/store';
import { canonical, FormError, parseForm, type FormObject } from './form';
import { Params } from './params';
import { matchRoute, type Route } from './router';

export interface ApiDeps {
  state: EmulatorState;
  routes: readonly Route[];
  faults: FaultQueue<ApiFault>;
  logger: (line: string) => void;
  /** Makes what the request changed durable; runs before the response is sent. */
  commit?: () => void;
}

interface Outcome {
  response: SavedResponse;
  headers: Record<string, string>;
  /** An injected fault: close the connection instead of answering. */
  drop?: boolean;
}

const MAX_BODY = 1 << 20;

export function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > MAX_BODY) req.destroy(new Error('request body too large'));
      else chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

export function errorResponse(error: ApiError, requestId: string): SavedResponse {
  const body = { ...error.body, request_log_url: `https://dashboard.stripe.com/test/logs/${requestId}` };
  return { status: error.status, body: JSON.stringify({ error: body }, null, 2), requestId };
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** Answers one `/v1/…` request: auth, scope, parameters, injected faults, idempotency, the handler. */
export async function handleApiRequest(
  deps: ApiDeps,
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
  rawBody: string,
): Promise<void> {
  const started = Date.now();
  const requestId = `req_${randomToken(14)}`;
  const method = (req.method ?? 'GET').toUpperCase();
  const path = url.pathname.replace(/\/+$/, '');
  let clientGone = false;
  res.once('close', () => (clientGone = !res.writableEnded));
  const headers: Record<string, string> = {
    'Content-Type': 'application/json',
    'Cache-Control': 'no-cache, no-store',
    'Request-Id': requestId,
    'Stripe-Version': header(req, 'stripe-version') ?? API_VERSION,
  };
  const idempotencyKey = method === 'POST' ? (header(req, 'idempotency-key') ?? null) : null;
  if (idempotencyKey) headers['Idempotency-Key'] = idempotencyKey;

  let outcome: Outcome;
  try {
    outcome = await answer();
  } catch (e) {
    const error = e instanceof ApiError ? e : internalError(e, deps.logger);
    outcome = { response: errorResponse(error, requestId), headers: {} };
  }
  deps.commit?.();
  if (outcome.drop && !clientGone) {
    res.destroy();
    deps.logger(`${method} ${url.pathname} -> connection dropped (${Date.now() - started} ms)`);
    return;
  }
  if (clientGone) {
    deps.logger(`${method} ${url.pathname} -> client gone (${Date.now() - started} ms)`);
    return;
  }
  res.writeHead(outcome.response.status, { ...headers, ...outcome.headers });
  res.end(outcome.response.body);
  const replay = outcome.headers['Idempotent-Replayed'] ? ' (replayed)' : '';
  deps.logger(
    `${method} ${url.pathname} -> ${outcome.response.status}${replay} (${Date.now() - started} ms)`,
  );

  async function answer(): Promise<Outcome> {
    authenticate(req);
    const match = matchRoute(deps.routes, method, path);
    if (!match) {
      throw invalidRequest(
        `Unrecognized request URL (${method}: ${url.pathname}). Please see https://stripe.com/docs or we can help at https://support.stripe.com/.`,
        { status: 404 },
      );
    }
    const account = header(req, 'stripe-account');
    if (account && !deps.state.store.get(PLATFORM, 'account', account)) {
      throw invalidRequest(
        `The provided key does not have access to account '${account}' (or that account does not exist). Application access may have been revoked.`,
        { code: 'account_invalid', status: 403 },
      );
    }
    const owner = account ?? PLATFORM;
    const data = parseParams(method, url, rawBody);
    const fault = deps.faults.take((f) => faultMatches(f, method, path));
    const before = fault && (fault.when ?? 'before') === 'before';
    if (before && fault.drop)
      return { response: errorResponse(injectedFault(500), requestId), headers: {}, drop: true };

    const execute = async (): Promise<Execution> => {
      if (before && fault.timeoutMs) {
        await sleep(fault.timeoutMs);
        if (clientGone) return { response: null, save: false }; // the request was lost on the way
      }
      if (before && (fault.status !== undefined || !fault.timeoutMs)) {
        return { response: errorResponse(injectedFault(fault.status ?? 500), requestId), save: false };
      }
      return run(match.route, match.pathParams, owner, data);
    };
    const fingerprint = `${method} ${path} ${canonical(data)}`;
    const { response, replayed } = idempotencyKey
      ? await deps.state.idempotency.run(owner, idempotencyKey, fingerprint, execute)
      : { ...(await execute()), replayed: false };
    const extra: Record<string, string> = {};
    if (replayed && response) {
      extra['Idempotent-Replayed'] = 'true';
      extra['Original-Request'] = response.requestId;
    }
    if (fault && !before) {
      if (fault.timeoutMs) await sleep(fault.timeoutMs);
      if (fault.drop)
        return {
          response: response ?? errorResponse(injectedFault(504), requestId),
          headers: {},
          drop: true,
        };
      if (fault.status !== undefined || !fault.timeoutMs) {
        return { response: errorResponse(injectedFault(fault.status ?? 500), requestId), headers: {} };
      }
    }
    if (!response) return { response: errorResponse(injectedFault(504), requestId), headers: {} };
    return { response, headers: extra };
  }

  function run(route: Route, pathParams: string[], owner: string, data: FormObject): Execution {
    const params = new Params(data);
    try {
      const result = route.handler({
        state: deps.state,
        owner,
        params,
        pathParams,
        request: { id: requestId, idempotency_key: idempotencyKey },
      });
      const body = snapshot(result);
      expandResponse(body, params.expand(), (id) => deps.state.store.lookup(id));
      return { response: { status: 200, body: JSON.stringify(body, null, 2), requestId }, save: true };
    } catch (e) {
      if (!(e instanceof ApiError)) throw e;
      return { response: errorResponse(e, requestId), save: e.savedForIdempotency };
    }
  }
}

function parseParams(method: string, url: URL, rawBody: string): FormObject {
  try {
    const query = parseForm(url.search.slice(1));
    return method === 'POST' ? { ...query, ...parseForm(rawBody) } : query;
  } catch (e) {
    if (e instanceof FormError) throw invalidRequest(e.message);
    throw e;
  }
}

/** `Authorization: Bearer sk_test_…` (or Basic with the key as user name, as curl -u sends). */
function authenticate(req: IncomingMessage): void {
  const auth = header(req, 'authorization');
  let key: string | undefined;
  if (auth?.startsWith('Bearer ')) key = auth.slice(7).trim();
  else if (auth?.startsWith('Basic '))
    key = Buffer.from(auth.slice(6), 'base64').toString('utf8').split(':')[0];
  if (!key) {
    throw invalidRequest(
      "You did not provide an API key. You need to provide your API key in the Authorization header, using Bearer auth (e.g. 'Authorization: Bearer YOUR_SECRET_KEY').",
      { status: 401 },
    );
  }
  if (!/^(sk|rk)_test_\w+$/.test(key)) {
    throw invalidRequest(
      `Invalid API Key provided: ${key.slice(0, 8)}***${key.slice(-4)} (the emulator accepts test keys only)`,
      {
        status: 401,
      },
    );
  }
}

function header(req: IncomingMessage, name: string): string | undefined {
  const v = req.headers[name];
  return Array.isArray(v) ? v[0] : v;
}

function internalError(e: unknown, logger: (line: string) => void): ApiError {
  logger(`internal error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
  return new ApiError(500, {
    type: 'api_error',
    message: 'An unknown error occurred in the Stripe emulator.',
  });
}
