/**
 * Files of a build output folder, over HTTP, for the dev server and the
 * studio. sirv sends the files (type, length, ranges for the PDF viewer,
 * HEAD), in its `dev` mode: nothing is cached, as every file may change with
 * the next rebuild. This module keeps what sirv leaves to its caller:
 *  - the URL path stays inside its root, and no dot file or folder is served
 *    (sirv's `dotfiles: false` guards only its production cache, not `dev`);
 *  - a folder answers with its index.html, after a redirect to the trailing
 *    slash (relative links in index.html only work with it);
 *  - HTML goes through a transform (the live-reload script goes in there).
 */
import { readFile, stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, resolve } from 'node:path';
import { lookup } from 'mrmime';
import sirv from 'sirv';
import { isInside } from '../core/paths.ts';

/** sirv's own table (mrmime), with the charset for text; bytes for anything unknown (Pagefind's .pf_* index files). */
export function contentType(path: string): string {
  const type = lookup(path) ?? (extname(path).toLowerCase() === '.ico' ? 'image/x-icon' : 'application/octet-stream');
  return /^text\/|\/(json|xml)$/.test(type) ? `${type}; charset=utf-8` : type;
}

/**
 * The file a URL path (already without the mount prefix, e.g. `2024-03/one/`)
 * names inside `root`, or undefined when it would leave `root` or name a dot file.
 */
export function resolveInside(root: string, urlPath: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return undefined; // malformed %-escape
  }
  // An encoded `/` or `\` would let a segment smuggle a separator past the checks; a dot segment is `..` or hidden.
  if (/%2f|%5c/i.test(urlPath) || /[\0\\]/.test(decoded) || decoded.split('/').some((part) => part.startsWith('.'))) return undefined;
  const path = resolve(root, ...decoded.split('/'));
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
  const path = resolveInside(root, urlPath);
  const info = path ? await stat(path).catch(() => undefined) : undefined;
  if (!path || !info) return 'not-found';
  if (info.isDirectory() && urlPath !== '' && !urlPath.endsWith('/')) {
    const { pathname, search } = new URL(req.url ?? '/', 'http://localhost');
    res.writeHead(301, { Location: `${pathname}/${search}` }).end();
    return 'served';
  }
  if (info.isDirectory() || extname(path).toLowerCase() === '.html') return sendHtml(req, res, info.isDirectory() ? join(path, 'index.html') : path, transformHtml);

  // sirv reads the path below `root` from the URL, as a middleware mounted at the prefix would see it.
  req.url = `/${urlPath}`;
  // A rebuild may remove the file before sirv's stream opens it: end the response instead of throwing.
  res.once('pipe', (file) => file.on('error', () => res.destroy()));
  let found = true;
  const setHeaders = (out: ServerResponse, name: string) => out.setHeader('Content-Type', contentType(name)).setHeader('X-Content-Type-Options', 'nosniff');
  sirv(root, { dev: true, extensions: [], setHeaders })(req, res, () => void (found = false)); // answers synchronously, or calls next
  return found ? 'served' : 'not-found';
}

/** Read whole (pages are small) so the transform can put the script in before </body>. */
async function sendHtml(req: IncomingMessage, res: ServerResponse, path: string, transform: (html: string) => string): Promise<Served> {
  const html = await readFile(path, 'utf8').catch(() => undefined);
  if (html === undefined) return 'not-found';
  const body = Buffer.from(transform(html));
  res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Length': body.length, 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' });
  res.end(req.method === 'HEAD' ? undefined : body);
  return 'served';
}
