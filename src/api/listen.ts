import { createServer, type Server } from 'node:http';
import type { Api } from './create-api.js';

export interface ListenOptions {
  /** @default '127.0.0.1' — loopback unless configured otherwise (HOST). */
  host?: string;
  /** @default 4000 */
  port?: number;
}

/** Serves the API over HTTP; resolves once listening, with the URL of the GraphQL endpoint. */
export async function listen(
  api: Api,
  options: ListenOptions = {},
): Promise<{ server: Server; url: string }> {
  const host = options.host ?? '127.0.0.1';
  const server = createServer(api.yoga);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 4000, host, resolve);
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  const shownHost = host.includes(':') ? `[${host}]` : host;
  return { server, url: `http://${shownHost}:${port}/graphql` };
}
