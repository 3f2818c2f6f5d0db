/** Serving a built web edition in tests, as a web host would: static files, and its 404.html for what is not there. */
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';

export const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css',
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.webp': 'image/webp',
  '.jpg': 'image/jpeg',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.pdf': 'application/pdf',
  '.xml': 'application/atom+xml',
  '.wasm': 'application/wasm',
};

/** Serves `root` at `/`, and each of `mounts` (URL prefix → folder) beside it. */
export function serveSite(root: string, mounts: Record<string, string> = {}): Promise<{ server: Server; origin: string }> {
  const server = createServer(async (req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const mount = Object.keys(mounts).find((prefix) => pathname.startsWith(prefix));
    const base = mount ? mounts[mount] : root;
    let path = normalize(join(base, mount ? pathname.slice(mount.length) : pathname));
    if (!path.startsWith(base)) return void res.writeHead(403).end();
    if ((await stat(path).catch(() => undefined))?.isDirectory()) path = join(path, 'index.html');
    try {
      const body = await readFile(path);
      res.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' }).end(body);
    } catch {
      const notFound = await readFile(join(root, '404.html')).catch(() => undefined);
      res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' }).end(notFound ?? 'not found');
    }
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({ server, origin: `http://127.0.0.1:${(server.address() as { port: number }).port}` })));
}
