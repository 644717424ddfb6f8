import type { Command } from 'commander';
import type { CliContext } from '../context.js';
import { connectDatabase } from '../../db/index.js';
import { createApi, listen } from '../../api/index.js';

/** Starts the GraphQL server on the configured host and port; resolves when it stops (SIGINT/SIGTERM). */
export async function serveGraphql(
  ctx: CliContext,
  options: { port?: number; host?: string; quietBrowser?: boolean } = {},
): Promise<void> {
  const { config } = ctx;
  const { connection, driver } = await connectDatabase(config, { log: (line) => ctx.io.stderr(`${line}\n`) });
  const api = await createApi({
    driver,
    database: connection.database,
    graphiql: config.api.graphiql,
    introspection: config.api.introspection,
    corsOrigins: config.api.corsOrigins,
  });
  const { server, url } = await listen(api, {
    host: options.host ?? config.api.host,
    port: options.port ?? config.api.port,
  });
  ctx.io.stdout(`GraphQL:       ${url}${config.api.graphiql ? '  (GraphiQL: open it in a browser)' : ''}\n`);
  ctx.io.stdout(`MCP:           ${url.replace(/\/graphql$/, '/mcp')}  (streamable HTTP)\n`);
  if (connection.browserUrl && !options.quietBrowser)
    ctx.io.stdout(`Neo4j Browser: ${connection.browserUrl}\n`);
  ctx.io.stdout('Press Ctrl+C to stop.\n');
  await new Promise<void>((resolve) => {
    const stop = () => server.close(() => resolve());
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  await driver.close();
}

export function register(program: Command, ctx: CliContext): void {
  program
    .command('serve')
    .description('serve the graph over GraphQL (read-only), with GraphiQL in development')
    .option('-p, --port <port>', 'port (default: PORT or 4000)', (v) => Number.parseInt(v, 10))
    .option('--host <host>', 'interface to bind (default: HOST or 127.0.0.1)')
    .addHelpText(
      'after',
      '\nExamples:\n  kg serve\n  PORT=8080 kg serve\n  NODE_ENV=production INTROSPECTION=false kg serve',
    )
    .action(async (options: { port?: number; host?: string }) => serveGraphql(ctx, options));
}
