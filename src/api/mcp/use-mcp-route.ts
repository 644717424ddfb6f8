import { WebStandardStreamableHTTPServerTransport } from '@modelcontextprotocol/sdk/server/webStandardStreamableHttp.js';
import type { Plugin } from 'graphql-yoga';
import type { GraphQueries } from '../queries/index.js';
import { createMcpServer } from './create-mcp-server.js';

export const MCP_PATH = '/mcp';

const jsonRpcError = (status: number, message: string, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify({ jsonrpc: '2.0', error: { code: -32000, message }, id: null }), {
    status,
    headers: { 'content-type': 'application/json', ...headers },
  });

/**
 * MCP over streamable HTTP on POST /mcp, on the GraphQL server's port and interface. Stateless: each
 * request gets its own server and transport (the tools only read, there is no session to keep), and
 * answers are plain JSON. A browser origin must be one CORS_ORIGINS allows, as for /graphql: a page on
 * another site cannot drive the tools through a loopback server (DNS rebinding included).
 */
export function useMcpRoute(options: { queries: GraphQueries; corsOrigins: readonly string[] }): Plugin {
  return {
    async onRequest({ request, url, fetchAPI, endResponse }) {
      if (url.pathname !== MCP_PATH || request.method === 'OPTIONS') return;
      const origin = request.headers.get('origin');
      if (origin && !options.corsOrigins.includes(origin))
        return endResponse(jsonRpcError(403, `Origin ${origin} is not allowed (CORS_ORIGINS).`));
      if (request.method !== 'POST')
        return endResponse(jsonRpcError(405, 'Use POST: this MCP endpoint is stateless.', { allow: 'POST' }));
      const server = createMcpServer({ queries: options.queries });
      const transport = new WebStandardStreamableHTTPServerTransport({ enableJsonResponse: true });
      try {
        await server.connect(transport);
        const response = await transport.handleRequest(request);
        // Buffered into yoga's own Response class, so its CORS headers and node adapter apply as usual.
        endResponse(
          new fetchAPI.Response(response.body ? await response.text() : null, {
            status: response.status,
            headers: response.headers,
          }),
        );
      } finally {
        await server.close();
      }
    },
  };
}
