/**
 * `yuebao dev`: a preview server on 127.0.0.1 (never on the network: it
 * serves unpublished content). It builds into a temp folder, watches the
 * content and the templates, rebuilds on every change (rebuilder.ts),
 * and pushes reloads and problems to open pages (live-reload.ts).
 *
 *   /                      the web edition (site/web/), so its relative links work
 *   /__preview/            the issues, their links, the current problems
 *   /__preview/issue/X/    issue X paginated: its PDF in the browser's viewer (?page=N: open at N)
 *   /__preview/print/X/    the print HTML;  /__preview/pdf/X.pdf  the PDF
 *   /__events              server-sent events;  /__status  the state as JSON
 */
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { rmSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { locateContent } from '../content/discover.ts';
import { isInside } from '../core/paths.ts';
import { YuebaoError } from '../errors.ts';
import { t } from '../i18n/index.ts';
import { DEFAULT_TEMPLATES } from '../package-root.ts';
import { LiveReload, injectLiveReload } from './live-reload.ts';
import { issuePreview, notFound, previewIndex } from './preview-pages.ts';
import { Rebuilder } from './rebuilder.ts';
import { serveFile } from './static-files.ts';
import { watchFolders } from './watcher.ts';
import { listenLocal } from './local-server.ts';

export interface DevServer {
  url: string;
  close(): Promise<void>;
}

export async function startDevServer(options: { path: string; port: number; log: (line: string) => void }): Promise<DevServer> {
  const { log } = options;
  if (!Number.isInteger(options.port) || options.port < 0 || options.port > 65535) {
    throw new YuebaoError(t().dev.portInvalid({ port: options.port }));
  }
  const location = await locateContent(options.path); // a wrong PATH fails here, before anything starts
  const temp = await mkdtemp(join(tmpdir(), 'yuebao-dev-'));
  // Ctrl+C runs close() (the CLI's handler; Chromium is launched with ownSignals so that Puppeteer
  // does not exit first); should the process end some other way, the temp folder goes all the same.
  const removeTemp = () => rmSync(temp, { recursive: true, force: true });
  process.on('exit', removeTemp);
  const previewOut = join(temp, 'preview');
  const siteOut = join(temp, 'site');

  const live = new LiveReload(() => rebuilder.state.errors);
  const rebuilder: Rebuilder = new Rebuilder({
    path: options.path,
    previewOut,
    siteOut,
    liveDir: join(temp, 'live'),
    log,
    onBuilt: (scope, edited) => live.reload(scope, edited),
    onFailed: (lines) => live.errors(lines),
    webWanted: () => live.watching('web'),
  });

  let server: Server;
  try {
    await rebuilder.start(); // Chromium, once, kept warm for every rebuild
    server = await listenLocal(options.port, (req, res) => route(req, res), t().dev);
  } catch (error) {
    live.close();
    await rebuilder.close();
    await rm(temp, { recursive: true, force: true });
    process.off('exit', removeTemp);
    throw error;
  }
  const port = (server.address() as { port: number }).port;
  const url = `http://127.0.0.1:${port}`;
  const hosts = new Set([`127.0.0.1:${port}`, `localhost:${port}`]);

  async function route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    // Another site's page could reach 127.0.0.1 through a DNS name of its own: refuse other Host names.
    if (!hosts.has(req.headers.host ?? '')) return text(res, 403, t().dev.hostRefused);
    if (req.method !== 'GET' && req.method !== 'HEAD') return text(res, 405, t().dev.getOnly);
    const { pathname, searchParams } = new URL(req.url ?? '/', url); // also resolves ./ and ../ segments
    const state = rebuilder.state;

    if (pathname === '/__events') {
      const scope = searchParams.get('scope') === 'print' ? 'print' : 'web';
      live.connect(req, res, scope);
      if (scope === 'web') rebuilder.wantWeb(); // a web page is open: keep the web edition current
      return;
    }
    if (pathname === '/__status') return send(res, 200, 'application/json; charset=utf-8', JSON.stringify(state));
    if (pathname === '/__preview') return redirect(res, '/__preview/');
    if (pathname === '/__preview/') return html(res, 200, previewIndex(state));
    const issue = /^\/__preview\/issue\/([^/]+)\/?$/.exec(pathname);
    if (issue) {
      const page = Number(searchParams.get('page'));
      return html(res, 200, issuePreview(decodeURIComponent(issue[1]), Number.isInteger(page) && page > 0 ? page : undefined));
    }

    let root: string;
    let rest: string;
    if (pathname.startsWith('/__preview/print/') || pathname.startsWith('/__preview/pdf/')) {
      const part = pathname.split('/')[2];
      root = join(previewOut, part);
      rest = pathname.slice(`/__preview/${part}/`.length);
    } else if (pathname.startsWith('/__')) {
      return html(res, 404, notFound(pathname, state));
    } else {
      root = join(siteOut, 'web');
      rest = pathname.slice(1);
      if (rest === '' || rest.endsWith('/') || rest.endsWith('.html')) rebuilder.wantWeb();
    }
    if ((await serveFile(req, res, root, rest, injectLiveReload)) === 'not-found') html(res, 404, notFound(pathname, state));
  }

  const watcher = watchFolders(
    [
      { dir: location.root, kind: 'content' },
      { dir: DEFAULT_TEMPLATES, kind: 'templates' },
    ],
    (batch) => rebuilder.change(batch.kinds.has('templates'), batch.paths),
    { ignore: (path) => isInside(temp, path), onError: log },
  );

  rebuilder.change(); // the first build
  log(t().dev.started({ url }));

  let closing: Promise<void> | undefined;
  return {
    url,
    close() {
      closing ??= (async () => {
        await watcher.close();
        live.close(); // ends the event streams, which would otherwise keep the server open
        await new Promise<void>((resolve) => {
          server.close(() => resolve());
          server.closeAllConnections();
        });
        await rebuilder.close();
        await rm(temp, { recursive: true, force: true, maxRetries: 3 });
        process.off('exit', removeTemp);
      })();
      return closing;
    },
  };
}


function send(res: ServerResponse, status: number, type: string, body: string): void {
  res.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store' }).end(body);
}

function text(res: ServerResponse, status: number, body: string): void {
  send(res, status, 'text/plain; charset=utf-8', body);
}

function html(res: ServerResponse, status: number, page: string): void {
  send(res, status, 'text/html; charset=utf-8', injectLiveReload(page));
}

function redirect(res: ServerResponse, location: string): void {
  res.writeHead(302, { Location: location }).end();
}
