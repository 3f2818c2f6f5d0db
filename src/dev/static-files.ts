/**
 * Files of a build output folder, over HTTP, for the dev server: a URL path is
 * mapped inside one root folder (never outside it: `..`, encoded slashes and
 * NUL bytes are refused), a folder is answered by its index.html, and HTML is
 * handed to a transform (the live-reload script goes in there). Nothing is
 * cached: every file may change with the next rebuild.
 */
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';
import { isInside } from '../content/paths.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/atom+xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.pdf': 'application/pdf',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
};

export function contentType(path: string): string {
  // Pagefind's index files (.pf_meta, .pf_fragment …) and anything unknown: bytes.
  return TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * The file a URL path (already without the mount prefix, e.g. `2024-03/one/`)
 * names inside `root`, or undefined when it would leave `root`.
 */
export function resolveInside(root: string, urlPath: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return undefined; // malformed %-escape
  }
  // An encoded `/` or `\` would let a segment smuggle a separator past the check below.
  if (decoded.includes('\0') || /%2f|%5c/i.test(urlPath) || decoded.includes('\\')) return undefined;
  const path = resolve(root, '.' + sep + decoded.split('/').join(sep));
  return isInside(resolve(root), path) ? path : undefined;
}

export type Served = 'served' | 'not-found';

/**
 * Answers GET/HEAD for `urlPath` from `root`. Returns 'not-found' (without
 * answering) so the caller can send its own page.
 */
export async function serveFile(
  req: IncomingMessage,
  res: ServerResponse,
  root: string,
  urlPath: string,
  transformHtml: (html: string) => string,
): Promise<Served> {
  let path = resolveInside(root, urlPath);
  if (!path) return 'not-found';
  let info = await stat(path).catch(() => undefined);
  if (info?.isDirectory()) {
    // Relative links in index.html only work with the trailing slash.
    if (!urlPath.endsWith('/') && urlPath !== '') {
      const { pathname, search } = new URL(req.url ?? '/', 'http://localhost');
      res.writeHead(301, { Location: `${pathname}/${search}` }).end();
      return 'served';
    }
    path = join(path, 'index.html');
    info = await stat(path).catch(() => undefined);
  }
  if (!info?.isFile()) return 'not-found';

  const type = contentType(path);
  const headers = { 'Content-Type': type, 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' };
  if (type.startsWith('text/html')) {
    // Read whole (pages are small) so the script can be put in before </body>.
    const html = transformHtml(await readFile(path, 'utf8'));
    const body = Buffer.from(html);
    res.writeHead(200, { ...headers, 'Content-Length': body.length });
    res.end(req.method === 'HEAD' ? undefined : body);
    return 'served';
  }
  res.writeHead(200, { ...headers, 'Content-Length': info.size });
  if (req.method === 'HEAD') {
    res.end();
    return 'served';
  }
  // A rebuild may replace the file while it streams: end the response instead of throwing.
  createReadStream(path)
    .on('error', () => res.destroy())
    .pipe(res);
  return 'served';
}
