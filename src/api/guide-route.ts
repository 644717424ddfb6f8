import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'graphql-yoga';
import { GUIDE_QUERIES, renderGuide } from '../../graph-schema/guide/index.js';

export const STYLE_PATH = fileURLToPath(new URL('../../graph-schema/style.grass', import.meta.url));

/** Paths served for Neo4j Browser: `:play <origin>/guide.html` and `:style <origin>/style.grass`. */
export const GUIDE_PATHS = ['/guide.html', '/guides/kg.html'] as const;
export const STYLE_PATHS = ['/style.grass'] as const;

const isBrowserAsset = (pathname: string): boolean =>
  (GUIDE_PATHS as readonly string[]).includes(pathname) ||
  (STYLE_PATHS as readonly string[]).includes(pathname);

// Browser runs at http://127.0.0.1:7474 and fetches these from our port: a cross-origin GET that needs
// `Access-Control-Allow-Origin`. They are public and read-only, so `*`, whatever CORS the GraphQL endpoint has.
const OPEN_CORS = {
  'access-control-allow-origin': '*',
  'access-control-allow-methods': 'GET, HEAD, OPTIONS',
  'access-control-allow-headers': 'pragma, cache-control, content-type',
  'access-control-max-age': '600',
} as const;

/**
 * Serves the Browser guide (rendered from graph-schema/guide/queries.ts, with links to this server's
 * own origin) and graph-schema/style.grass, both readable from any origin.
 */
export function useGuideRoute(): Plugin {
  return {
    onRequest({ request, url, fetchAPI, endResponse }) {
      if (!isBrowserAsset(url.pathname)) return;
      // Browser's fetch adds `pragma`/`cache-control`, so Chromium preflights it. Yoga with CORS off (the
      // default) would answer that OPTIONS 404 and Browser shows "Failed to fetch": answer it here.
      if (request.method === 'OPTIONS') return endResponse(new fetchAPI.Response(null, { status: 204 }));
      if (request.method !== 'GET' && request.method !== 'HEAD') return;
      const isGuide = (GUIDE_PATHS as readonly string[]).includes(url.pathname);
      const body = isGuide
        ? renderGuide(GUIDE_QUERIES, { baseUrl: url.origin })
        : readFileSync(STYLE_PATH, 'utf8');
      const type = isGuide ? 'text/html; charset=utf-8' : 'text/plain; charset=utf-8';
      endResponse(
        new fetchAPI.Response(request.method === 'HEAD' ? null : body, {
          status: 200,
          headers: { 'content-type': type, 'cache-control': 'no-cache' },
        }),
      );
    },
    // Runs after yoga's CORS hook (which also answers OPTIONS preflights): ours wins on these paths.
    onResponse({ request, response }) {
      if (!isBrowserAsset(new URL(request.url).pathname)) return;
      for (const [name, value] of Object.entries(OPEN_CORS)) response.headers.set(name, value);
      // Whatever headers a browser asks to send to a public, read-only file are fine: echo them.
      const asked = request.headers.get('access-control-request-headers');
      if (asked) response.headers.set('access-control-allow-headers', asked);
      response.headers.delete('access-control-allow-credentials');
      response.headers.delete('vary');
    },
  };
}
