import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ReceivedWebhook {
  body: string;
  headers: IncomingHttpHeaders;
  at: number;
}

/** A webhook endpoint for tests: records every request's raw body and headers, and answers with
 * whatever `respond` decides (200 by default), optionally after a delay. */
/** A delivered event as the receiver parsed it. */
export interface ReceivedEvent {
  id: string;
  type: string;
  account?: string;
  data: { object: { id: string; object?: string; [key: string]: unknown } };
}

export class WebhookReceiver {
  readonly received: ReceivedWebhook[] = [];
  respond: (hook: ReceivedWebhook, index: number) => { status: number; delayMs?: number } = () => ({
    status: 200,
  });

  private constructor(
    private readonly server: Server,
    readonly url: string,
  ) {}

  static async start(): Promise<WebhookReceiver> {
    const holder: { receiver?: WebhookReceiver } = {};
    const server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const receiver = holder.receiver!;
        const hook = { body: Buffer.concat(chunks).toString('utf8'), headers: req.headers, at: Date.now() };
        receiver.received.push(hook);
        const { status, delayMs } = receiver.respond(hook, receiver.received.length - 1);
        const send = (): void => {
          if (res.destroyed) return;
          res.writeHead(status, { 'Content-Type': 'text/plain' });
          res.end(String(status));
        };
        if (delayMs) setTimeout(send, delayMs);
        else send();
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    holder.receiver = new WebhookReceiver(server, `http://127.0.0.1:${port}/webhooks/stripe`);
    return holder.receiver;
  }

  /** Parsed event bodies in arrival order. */
  events(): ReceivedEvent[] {
    return this.received.map((r) => JSON.parse(r.body) as ReceivedEvent);
  }

  async close(): Promise<void> {
    await new Promise<void>((resolve) => {
      this.server.close(() => resolve());
      this.server.closeAllConnections();
    });
  }
}
