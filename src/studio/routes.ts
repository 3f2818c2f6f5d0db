/**
 * The studio's addresses (every one behind the token, see security.ts):
 *
 *   /                       the app (ui/index.html); /ui/…  its script and styles
 *   /api/events             server-sent events: preview reloads, problems, saves, build progress
 *   /api/archive            the issues by year, and what 「新建一期」 would make
 *   POST /api/issues        makes the next issue
 *   /api/issue?folder=      one issue;  POST /api/issue/change?folder=  a change to it
 *   /api/article?file=      an article (GET, PUT);  /api/text?file=  a text file (the 简讯)
 *   POST /api/import?folder=&section=&name=     one dropped file (the request body)
 *   POST /api/photo?article=&name=  /api/cover?folder=&name=   a dropped photo
 *   /api/raw?file=          a content image (thumbnails)
 *   POST /api/check?folder=[&fix=1]   POST /api/build?folder=[&all=1]   GET /api/build
 *   POST /api/undo          takes back the newest change
 *   POST /api/preview?folder=   the preview of an issue; /preview/pdf/<folder>.pdf
 *   /out/…                  the build's output (PDF, web edition); /out/web.zip
 */
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { basename, extname, join } from 'node:path';
import type { LiveReload } from '../dev/live-reload.ts';
import { contentType, serveFile } from '../dev/static-files.ts';
import { t } from '../i18n/index.ts';
import { newIssue } from '../new/new-issue.ts';
import { PACKAGE_ROOT } from '../package-root.ts';
import { archiveView } from './api/archive.ts';
import { articleView, saveArticle, savePhoto } from './api/article.ts';
import { checkIssue } from './api/check.ts';
import { PHOTO_TYPES, importFile, uploadName } from './api/import.ts';
import { changeIssue, issueFile, issueView, type IssueChange } from './api/issue.ts';
import { problemRows } from './api/problems.ts';
import { writeFileAtomic } from './atomic-write.ts';
import { zipWebEdition, type StudioBuilder } from './builder.ts';
import type { ContentStore, WriteOptions } from './content-store.ts';
import { readBody, readJson, sendJson } from './http.ts';
import type { StudioPreview } from './preview.ts';
import { StudioError } from './studio-error.ts';

export const UI_DIR = join(PACKAGE_ROOT, 'src', 'studio', 'ui');

export interface StudioContext {
  root: string;
  out: string;
  port: number;
  token: string;
  store: ContentStore;
  preview: StudioPreview;
  builder: StudioBuilder;
  live: LiveReload;
  log: (line: string) => void;
}

/** The pages may load only the studio's own files: nothing remote, ever. */
const CSP = "default-src 'self'; img-src 'self' data: blob:; style-src 'self'; script-src 'self'; connect-src 'self'; frame-src 'self'; object-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'self'";

type Handler = (ctx: StudioContext, req: IncomingMessage, res: ServerResponse, q: URLSearchParams) => Promise<void>;

const routes: Record<string, Handler> = {
  'GET /api/messages': async (_ctx, _req, res) => sendJson(res, 200, t().studio.ui),
  'GET /api/state': async (ctx, _req, res) =>
    sendJson(res, 200, { root: ctx.root, out: ctx.out, lastChange: ctx.store.lastChange(), build: ctx.builder.state, preview: ctx.preview.state }),
  'GET /api/archive': async (ctx, _req, res) => sendJson(res, 200, await archiveView(ctx.root)),
  'POST /api/issues': async (ctx, _req, res) => {
    const made = await newIssue(ctx.root, { write: (path, text) => writeFileAtomic(path, text) });
    if ('problems' in made) throw new StudioError(422, t().studio.newIssueProblems, { problems: problemRows(made.problems, ctx.root) });
    sendJson(res, 200, { folder: basename(made.dir), issueLine: made.issueLine, periodLabel: made.periodLabel });
  },
  'GET /api/issue': async (ctx, _req, res, q) => sendJson(res, 200, await issueView(ctx.store, q.get('folder') ?? '')),
  'POST /api/issue/change': async (ctx, req, res, q) => {
    const body = await readJson<{ change: IssueChange } & WriteOptions>(req);
    sendJson(res, 200, await changeIssue(ctx.store, q.get('folder') ?? '', body.change, writeOptions(body)));
  },
  'GET /api/article': async (ctx, _req, res, q) => sendJson(res, 200, await articleView(ctx.store, q.get('file') ?? '')),
  'PUT /api/article': async (ctx, req, res, q) => {
    const body = await readJson<{ meta?: Record<string, string | boolean>; body?: string } & WriteOptions>(req);
    sendJson(res, 200, await saveArticle(ctx.store, q.get('file') ?? '', { meta: body.meta, body: body.body }, writeOptions(body)));
  },
  'GET /api/text': async (ctx, _req, res, q) => {
    const file = textFile(q.get('file'));
    sendJson(res, 200, { file, ...(await ctx.store.read(file)) });
  },
  'PUT /api/text': async (ctx, req, res, q) => {
    const file = textFile(q.get('file'));
    const body = await readJson<{ text?: string } & WriteOptions>(req);
    if (typeof body.text !== 'string') throw new StudioError(400, t().studio.badRequest);
    sendJson(res, 200, await ctx.store.write(file, body.text, t().studio.changes.text({ file: basename(file) }), writeOptions(body)));
  },
  'POST /api/import': async (ctx, req, res, q) => {
    const bytes = await readBody(req);
    const name = q.get('name') ?? 'upload';
    try {
      sendJson(res, 200, await importFile(ctx.store, q.get('folder') ?? '', Number(q.get('section') ?? 0), name, bytes));
    } catch (error) {
      // The clipping could not be imported: its problems, to show beside the file's name.
      if (error instanceof StudioError && error.details.problems) return sendJson(res, 422, { message: error.message, problems: error.details.problems, name });
      throw error;
    }
  },
  'POST /api/photo': async (ctx, req, res, q) => sendJson(res, 200, await savePhoto(ctx.store, q.get('article') ?? '', q.get('name') ?? 'photo.jpg', await readBody(req))),
  'POST /api/cover': async (ctx, req, res, q) => {
    const folder = q.get('folder') ?? '';
    issueFile(folder);
    const name = uploadName(q.get('name'));
    if (!PHOTO_TYPES.has(extname(name).toLowerCase())) throw new StudioError(415, t().studio.notAPhoto({ name }));
    const bytes = await readBody(req);
    const ext = extname(name).toLowerCase() === '.jpeg' ? '.jpg' : extname(name).toLowerCase();
    let file = '';
    for (let n = 1; ; n++) {
      file = `${folder}/images/cover${n === 1 ? '' : `-${n}`}${ext}`;
      if ((await ctx.store.currentHash(file)) === null) break;
    }
    await ctx.store.write(file, bytes, t().studio.changes.photo({ name }), { base: null });
    // The cover is set on issue.md as it is now: one field, nothing else of the file is touched.
    sendJson(res, 200, await changeIssue(ctx.store, folder, { op: 'fields', fields: { cover: { image: file.slice(folder.length + 1) } } }, {}));
  },
  'GET /api/raw': async (ctx, req, res, q) => {
    const path = await ctx.store.path(q.get('file'));
    if (!PHOTO_TYPES.has(extname(path).toLowerCase())) throw new StudioError(415, t().studio.notAPhoto({ name: basename(path) }));
    const info = await stat(path).catch(() => undefined);
    if (!info?.isFile()) throw new StudioError(404, t().studio.fileMissing({ path: q.get('file') ?? '' }));
    res.writeHead(200, { 'Content-Type': contentType(path), 'Content-Length': info.size, 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' });
    if (req.method === 'HEAD') return void res.end();
    createReadStream(path).on('error', () => res.destroy()).pipe(res);
  },
  'POST /api/check': async (ctx, _req, res, q) => sendJson(res, 200, await checkIssue(ctx.store, q.get('folder') ?? '', q.get('fix') === '1')),
  'POST /api/build': async (ctx, _req, res, q) => {
    const folder = q.get('folder') ?? '';
    issueFile(folder);
    ctx.builder.start(folder, q.get('all') === '1');
    sendJson(res, 202, ctx.builder.state);
  },
  'GET /api/build': async (ctx, _req, res) => sendJson(res, 200, ctx.builder.state),
  'POST /api/undo': async (ctx, _req, res) => sendJson(res, 200, { ...(await ctx.store.undo()), lastChange: ctx.store.lastChange() }),
  'POST /api/preview': async (ctx, _req, res, q) => {
    const folder = q.get('folder') ?? '';
    issueFile(folder);
    ctx.preview.show(folder);
    sendJson(res, 200, ctx.preview.state);
  },
  'GET /out/web.zip': async (ctx, _req, res) => {
    const zip = await zipWebEdition(ctx.out);
    const day = new Date().toISOString().slice(0, 10);
    res.writeHead(200, {
      'Content-Type': 'application/zip',
      'Content-Length': zip.length,
      'Content-Disposition': `attachment; filename="web-${day}.zip"; filename*=UTF-8''${encodeURIComponent(`网络版-${day}.zip`)}`,
      'Cache-Control': 'no-store',
    });
    res.end(zip);
  },
};

function writeOptions(body: WriteOptions): WriteOptions {
  return {
    base: body.base === null || typeof body.base === 'string' ? body.base : undefined,
    client: typeof body.client === 'string' ? body.client.slice(0, 64) : undefined,
    seq: typeof body.seq === 'number' ? body.seq : undefined,
  };
}

/** The text files the page edits whole: Markdown only (the 简讯, an article's source). */
function textFile(file: string | null): string {
  if (!file || !/\.md$/i.test(file)) throw new StudioError(400, t().studio.notAnArticle({ path: String(file) }));
  return file;
}

export async function route(ctx: StudioContext, req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
  const method = req.method === 'HEAD' ? 'GET' : (req.method ?? 'GET');
  const { pathname, searchParams } = url;
  try {
    const handler = routes[`${method} ${pathname}`];
    if (handler) return await handler(ctx, req, res, searchParams);
    if (method !== 'GET') throw new StudioError(405, t().studio.badRequest);
    if (pathname === '/api/events') {
      ctx.live.connect(req, res, 'print');
      return;
    }
    if (pathname === '/' || pathname === '/index.html') return await sendApp(ctx, res);
    if (pathname.startsWith('/ui/')) return await serveStatic(req, res, UI_DIR, pathname.slice('/ui/'.length), true);
    if (pathname.startsWith('/preview/')) return await serveStatic(req, res, ctx.preview.out, pathname.slice('/preview/'.length));
    if (pathname.startsWith('/out/')) return await serveStatic(req, res, ctx.out, pathname.slice('/out/'.length));
    throw new StudioError(404, t().studio.notFound);
  } catch (error) {
    if (!(error instanceof StudioError)) throw error;
    if (res.headersSent) return void res.destroy();
    sendJson(res, error.status, { message: error.message, ...error.details });
  }
}

async function serveStatic(req: IncomingMessage, res: ServerResponse, root: string, rest: string, ui = false): Promise<void> {
  if (ui) res.setHeader('Content-Security-Policy', CSP);
  if ((await serveFile(req, res, root, rest, (html) => html)) === 'not-found') throw new StudioError(404, t().studio.notFound);
}

/** The app's page, with the session token for the script's requests (the cookie may be refused by the browser). */
async function sendApp(ctx: StudioContext, res: ServerResponse): Promise<void> {
  const html = (await readFile(join(UI_DIR, 'index.html'), 'utf8')).replace('__TOKEN__', ctx.token);
  const body = Buffer.from(html);
  res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Length': body.length, 'Cache-Control': 'no-store', 'Content-Security-Policy': CSP, 'X-Content-Type-Options': 'nosniff', 'Referrer-Policy': 'no-referrer' });
  res.end(body);
}

