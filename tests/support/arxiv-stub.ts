import { once } from 'node:events';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One request as the stub saw it arrive. */
export interface StubRequest {
  /** `performance.now()` when the request arrived. */
  at: number;
  /** The title phrase asked for: the search_query's `ti:"…"` without its quotes. */
  phrase: string;
  url: string;
  userAgent: string | undefined;
  /** Requests in progress when this one arrived, itself included. */
  inFlight: number;
}

/** What the stub answers: a response, or no response at all until it is closed. */
export type StubReply = { status?: number; type?: string; body: string; headers?: Record<string, string> } | 'hang';

export interface ArxivStub {
  /** The query endpoint, for ARXIV_API. */
  url: string;
  requests: StubRequest[];
  /** Resolves once a request for `phrase` has arrived. */
  requested(phrase: string): Promise<void>;
  close(): Promise<void>;
}

/**
 * A local stand-in for the arXiv API: for each title phrase, the replies to give in turn (the
 * last one again once they run out). It records every request with its arrival time, so a test
 * can measure the client's pacing where arXiv would, at the server.
 */
export async function startArxivStub(replies: Readonly<Record<string, StubReply[]>>): Promise<ArxivStub> {
  const requests: StubRequest[] = [];
  const served = new Map<string, number>();
  const waiting: { phrase: string; resolve: () => void }[] = [];
  let inFlight = 0;
  const server = createServer((request: IncomingMessage, response) => {
    inFlight++;
    response.on('close', () => inFlight--);
    const url = new URL(request.url ?? '/', 'http://stub');
    const phrase = /^ti:"(.*)"$/.exec(url.searchParams.get('search_query') ?? '')?.[1] ?? '';
    requests.push({ at: performance.now(), phrase, url: url.href, userAgent: request.headers['user-agent'], inFlight });
    for (const waiter of waiting.filter((w) => w.phrase === phrase)) waiter.resolve();
    const script = replies[phrase];
    if (!script || url.pathname !== '/api/query') {
      response.writeHead(404, { 'content-type': 'text/plain' }).end(`the stub has no reply for ${url.pathname} ${phrase}`);
      return;
    }
    const turn = served.get(phrase) ?? 0;
    served.set(phrase, turn + 1);
    const reply = script[Math.min(turn, script.length - 1)]!;
    if (reply === 'hang') return;
    response.writeHead(reply.status ?? 200, { 'content-type': reply.type ?? 'application/atom+xml; charset=utf-8', ...reply.headers }).end(reply.body);
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/api/query`,
    requests,
    requested: (phrase) =>
      requests.some((r) => r.phrase === phrase) ? Promise.resolve() : new Promise((resolve) => waiting.push({ phrase, resolve })),
    close: async () => {
      server.closeAllConnections();
      server.close();
      await once(server, 'close');
    },
  };
}
