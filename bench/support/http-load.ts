/**
 * A small HTTP/1.1 keep-alive load loop on raw sockets: each connection sends one request,
 * waits for the whole response (Content-Length framed), records the latency and sends the next.
 * It costs the load generator far less than `http.request` per call, so on a 2-core machine
 * the server under test, not the client, sets the rate.
 */
import { connect, Socket } from 'node:net';
import { performance } from 'node:perf_hooks';

export interface LoadResult {
  requests: number;
  rps: number;
  p50Ms: number;
  p99Ms: number;
  errors: number;
}

export interface LoadOptions {
  port: number;
  connections: number;
  durationMs: number;
  /** The JSON body POSTed to /graphql. */
  body: string;
  token?: string;
  /** Instead of `token`: requests take these in turn (many users, each with its own token). */
  tokens?: string[];
  /** When given, each request's body and token instead (e.g. a random task and contractor). */
  next?: () => { body: string; token?: string };
  /** A response is an error unless its status is 200 and this returns true for its body. */
  accept?: (body: string) => boolean;
}

const HEADER_END = Buffer.from('\r\n\r\n');

function requestBytes(port: number, body: string, token?: string): Buffer {
  const head = [
    'POST /graphql HTTP/1.1',
    `Host: 127.0.0.1:${port}`,
    'Content-Type: application/json',
    `Content-Length: ${Buffer.byteLength(body)}`,
    ...(token ? [`Authorization: Bearer ${token}`] : []),
    '',
    '',
  ].join('\r\n');
  return Buffer.concat([Buffer.from(head), Buffer.from(body)]);
}

/** One connection: loops until `end`, pushing each latency (ms) and counting errors. */
function connection(
  opts: LoadOptions,
  nextPayload: () => Buffer,
  end: number,
  latencies: number[],
  onError: () => void,
): Promise<void> {
  return new Promise((resolve, reject) => {
    const socket: Socket = connect({ host: '127.0.0.1', port: opts.port, noDelay: true });
    let buffered: Buffer = Buffer.alloc(0);
    let started = 0;
    const send = () => {
      if (performance.now() >= end) {
        socket.end();
        return resolve();
      }
      started = performance.now();
      socket.write(nextPayload());
    };
    socket.on('connect', send);
    socket.on('error', reject);
    socket.on('data', (chunk: Buffer) => {
      buffered = buffered.length ? Buffer.concat([buffered, chunk]) : chunk;
      const headerEnd = buffered.indexOf(HEADER_END);
      if (headerEnd < 0) return;
      const head = buffered.subarray(0, headerEnd).toString('latin1');
      const length = /\r\ncontent-length:\s*(\d+)/i.exec(head);
      if (!length) return reject(new Error(`response without Content-Length: ${head}`));
      const total = headerEnd + 4 + Number(length[1]);
      if (buffered.length < total) return;
      latencies.push(performance.now() - started);
      const status = Number(head.slice(9, 12));
      const text = buffered.subarray(headerEnd + 4, total).toString('utf8');
      if (status !== 200 || text.includes('"errors"') || (opts.accept && !opts.accept(text))) onError();
      buffered = buffered.subarray(total);
      send();
    });
  });
}

export async function runLoad(opts: LoadOptions): Promise<LoadResult> {
  const payloads = (opts.tokens ?? [opts.token]).map((token) => requestBytes(opts.port, opts.body, token));
  let sent = 0;
  const nextPayload = opts.next
    ? () => {
        const { body, token } = opts.next!();
        return requestBytes(opts.port, body, token);
      }
    : () => payloads[sent++ % payloads.length];
  const latencies: number[] = [];
  let errors = 0;
  const t0 = performance.now();
  const end = t0 + opts.durationMs;
  await Promise.all(
    Array.from({ length: opts.connections }, () =>
      connection(opts, nextPayload, end, latencies, () => errors++),
    ),
  );
  const seconds = (performance.now() - t0) / 1000;
  latencies.sort((a, b) => a - b);
  const pct = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor(latencies.length * p))] ?? 0;
  return {
    requests: latencies.length,
    rps: Math.round(latencies.length / seconds),
    p50Ms: Math.round(pct(0.5) * 100) / 100,
    p99Ms: Math.round(pct(0.99) * 100) / 100,
    errors,
  };
}
