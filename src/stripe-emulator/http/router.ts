import type { RequestInfo } from '../core/events';
import type { EmulatorState } from '../core/state';
import type { StripeObject } from '../core/store';
import type { Params } from './params';

export type Method = 'GET' | 'POST' | 'DELETE';

/** What a resource handler sees of a request. */
export interface RequestContext {
  readonly state: EmulatorState;
  /** `platform`, or the connected account named by `Stripe-Account`. */
  readonly owner: string;
  readonly params: Params;
  readonly pathParams: readonly string[];
  /** Carried by the events this request causes (`event.request`). */
  readonly request: RequestInfo;
}

/** Handlers are synchronous on purpose (see EmulatorState). They return the response body or
 * throw an ApiError. */
export type Handler = (ctx: RequestContext) => object;

export interface Route {
  method: Method;
  pattern: RegExp;
  handler: Handler;
}

/** `'/v1/transfers/:id/reversals'` → a route whose `pathParams` are the `:` segments. */
export function route(method: Method, template: string, handler: Handler): Route {
  const source = template
    .split('/')
    .map((seg) => (seg.startsWith(':') ? '([^/]+)' : seg.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
    .join('/');
  return { method, pattern: new RegExp(`^${source}$`), handler };
}

export function matchRoute(
  routes: readonly Route[],
  method: string,
  path: string,
): { route: Route; pathParams: string[] } | undefined {
  for (const r of routes) {
    if (r.method !== method) continue;
    const m = r.pattern.exec(path);
    if (m) return { route: r, pathParams: m.slice(1).map((s) => decodeURIComponent(s)) };
  }
  return undefined;
}

/** Emits an event in the request's scope. */
export function emit(
  ctx: RequestContext,
  type: string,
  object: StripeObject,
  previous?: Record<string, unknown>,
): void {
  ctx.state.emit(ctx.owner, type, object, ctx.request, previous);
}
