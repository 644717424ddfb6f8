import type { Command } from 'commander';
import { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js';
import type { CliContext } from '../context.js';
import { connectDatabase } from '../../db/index.js';
import { createMcpServer, createQueryLayer } from '../../api/index.js';

/** Serves the MCP tools on stdin/stdout until the client closes stdin; logs go to stderr only. */
export async function serveMcp(ctx: CliContext): Promise<void> {
  const { connection, driver } = await connectDatabase(ctx.config, {
    log: (line) => ctx.io.stderr(`${line}\n`),
  });
  const { queries } = createQueryLayer(driver, connection.database);
  const server = createMcpServer({ queries });
  const transport = new StdioServerTransport();
  const closed = new Promise<void>((resolve) => {
    transport.onclose = resolve;
    process.stdin.once('end', resolve);
  });
  await server.connect(transport);
  await closed;
  await server.close();
  await driver.close();
}

export function register(program: Command, ctx: CliContext): void {
  program
    .command('mcp')
    .description('serve the graph to AI agents over MCP on stdin/stdout (read-only tools)')
    .addHelpText(
      'after',
      '\nExamples:\n  kg mcp                      # for an MCP client that starts the server itself\n  kg serve                    # MCP over HTTP instead: POST http://127.0.0.1:4000/mcp',
    )
    .action(async () => serveMcp(ctx));
}
