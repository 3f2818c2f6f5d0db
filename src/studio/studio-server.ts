/**
 * `yuebao studio`: the local web app in which an editor makes the whole
 * issue without a terminal. It grows out of the dev server: the same
 * watcher, Rebuilder (live preview, problems as an overlay) and live-reload
 * events, plus a token (security.ts), a store through which every write goes
 * (content-store.ts: atomic, queued, conflict-checked, undoable) and the
 * API of routes.ts. The pages themselves are static files in ui/.
 */
import type { Server } from 'node:http';
import { rmSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative, resolve, sep } from 'node:path';
import { locateContent } from '../content/discover.ts';
import { isInside } from '../core/paths.ts';
import { LiveReload } from '../dev/live-reload.ts';
import { watchFolders } from '../dev/watcher.ts';
import { listenLocal } from '../dev/local-server.ts';
import { YuebaoError } from '../errors.ts';
import { t } from '../i18n/index.ts';
import { DEFAULT_TEMPLATES } from '../package-root.ts';
import { StudioBuilder } from './builder.ts';
import { ContentStore, hashOf } from './content-store.ts';
import { sendText } from './http.ts';
import { StudioPreview } from './preview.ts';
import { route, type StudioContext } from './routes.ts';
import { admit, newToken, tokenCookie } from './security.ts';

export interface StudioOptions {
  path: string;
  port: number;
  /** The build's output folder (default: dist, as for `yuebao build`). */
  out?: string;
  log: (line: string) => void;
}

export interface Studio {
  /** The address to open, with the token. */
  url: string;
  origin: string;
  token: string;
  root: string;
  out: string;
  store: ContentStore;
  close(): Promise<void>;
}

export async function startStudio(options: StudioOptions): Promise<Studio> {
  if (!Number.isInteger(options.port) || options.port < 0 || options.port > 65535) throw new YuebaoError(t().dev.portInvalid({ port: options.port }));
  const location = await locateContent(options.path); // a wrong PATH fails here, before anything starts
  const root = location.root;
  const out = resolve(options.out ?? 'dist');
  const temp = await mkdtemp(join(tmpdir(), 'yuebao-studio-'));
  const removeTemp = () => rmSync(temp, { recursive: true, force: true });
  process.on('exit', removeTemp);

  const token = newToken();
  const live = new LiveReload(() => preview.rebuilder.state.errors);
  const store = new ContentStore(root, (files, label) => live.send('files', { files, label, lastChange: store.lastChange() }));
  const preview = new StudioPreview({ root, temp, live, log: options.log });
  const builder = new StudioBuilder({ root, out, browser: () => preview.browser(), onEvent: (state) => live.send('build', state) });
  let port = 0;
  const context = (): StudioContext => ({ root, out, port, token, store, preview, builder, live, log: options.log });

  let server: Server;
  try {
    server = await listenLocal(options.port, async (req, res) => {
      const url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`);
      const verdict = admit(req, url, { port, token });
      if (!verdict.ok) return sendText(res, 403, verdict.why === 'host' ? t().studio.hostRefused : verdict.why === 'origin' ? t().studio.originRefused : t().studio.tokenRefused);
      if (verdict.fromQuery) res.setHeader('Set-Cookie', tokenCookie(port, token));
      await route(context(), req, res, url);
    }, t().studio);
  } catch (error) {
    live.close();
    await rm(temp, { recursive: true, force: true });
    process.off('exit', removeTemp);
    throw error;
  }
  port = (server.address() as { port: number }).port;
  const origin = `http://127.0.0.1:${port}`;

  // Changes on disk: the preview is rebuilt; a page with the file open hears whether the studio made the change or another program did.
  const ours = [join(root, '.yuebao'), temp, out];
  const watcher = watchFolders(
    [
      { dir: root, kind: 'content' },
      { dir: DEFAULT_TEMPLATES, kind: 'templates' },
    ],
    (batch) => {
      preview.changed(batch.paths, batch.kinds.has('templates'));
      void tellPages(batch.paths);
    },
    { ignore: (path) => ours.some((dir) => isInside(dir, path)), onError: options.log },
  );
  async function tellPages(paths: string[]): Promise<void> {
    for (const path of paths) {
      if (!isInside(root, path) || !path.toLowerCase().endsWith('.md')) continue;
      const bytes = await readFile(path).catch(() => undefined);
      const elsewhere = await store.changedElsewhere(path);
      live.send('changed', { file: relative(root, path).split(sep).join('/'), hash: bytes ? hashOf(bytes) : null, elsewhere });
    }
  }

  let closing: Promise<void> | undefined;
  return {
    url: `${origin}/?token=${token}`,
    origin,
    token,
    root,
    out,
    store,
    close() {
      closing ??= (async () => {
        await watcher.close();
        live.close();
        await new Promise<void>((done) => {
          server.close(() => done());
          server.closeAllConnections();
        });
        await store.idle();
        await preview.close();
        await rm(temp, { recursive: true, force: true, maxRetries: 3 });
        process.off('exit', removeTemp);
      })();
      return closing;
    },
  };
}

