/**
 * Live reload by server-sent events: every HTML page the dev server sends
 * gets a small script that listens on /__events. The server sends
 *   reload  data "print" | "web": that part was rebuilt;
 *   errors  data JSON string[]: the content problems of the failed build.
 * A page reloads only for its own part (the print preview under /__preview/,
 * the web edition elsewhere), so the PDF does not reload when only the web
 * edition was remade. Problems show in an overlay over the page; the next
 * successful rebuild clears it. SSE (not WebSocket) because it is one-way,
 * plain HTTP, and the browser reconnects by itself.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { t } from '../i18n/index.ts';
import type { EditedPage } from './edited-page.ts';
import { MONO, SANS, pageLang } from './preview-pages.ts';

export type Scope = 'print' | 'web';

export class LiveReload {
  private readonly clients = new Map<ServerResponse, Scope>();
  private readonly heartbeat: NodeJS.Timeout;

  /** `currentErrors` is sent to a page as it connects, so a page opened while the content is broken shows why. */
  constructor(private readonly currentErrors: () => string[] | undefined) {
    // A comment line now and then keeps proxies and idle timeouts from closing the stream.
    this.heartbeat = setInterval(() => this.write(':\n\n'), 25_000).unref();
  }

  /** Answers GET /__events?scope=print|web: the response stays open. */
  connect(req: IncomingMessage, res: ServerResponse, scope: Scope): void {
    res.writeHead(200, { 'Content-Type': 'text/event-stream; charset=utf-8', 'Cache-Control': 'no-store', Connection: 'keep-alive' });
    res.write('retry: 1000\n\n');
    this.clients.set(res, scope);
    req.on('close', () => this.clients.delete(res));
    const errors = this.currentErrors();
    if (errors) res.write(event('errors', JSON.stringify(errors)));
  }

  /** Whether a page of that part is open (decides if the web edition is worth rebuilding now). */
  watching(scope: Scope): boolean {
    return [...this.clients.values()].includes(scope);
  }

  reload(scope: Scope, edited?: EditedPage): void {
    if (edited) this.write(event('edited', JSON.stringify(edited)));
    this.write(event('reload', scope));
  }

  errors(lines: string[]): void {
    this.write(event('errors', JSON.stringify(lines)));
  }

  /** Any other event (the studio tells its pages about saves, imports and builds); `data` as JSON. */
  send(name: string, data: unknown): void {
    this.write(event(name, JSON.stringify(data)));
  }

  close(): void {
    clearInterval(this.heartbeat);
    for (const res of this.clients.keys()) res.end();
    this.clients.clear();
  }

  private write(text: string): void {
    for (const res of this.clients.keys()) res.write(text);
  }
}

function event(name: string, data: string): string {
  // SSE data may not contain newlines: JSON and scope names never do.
  return `event: ${name}\ndata: ${data}\n\n`;
}

/** A string as a script literal that cannot end the <script> element it stands in. */
function literal(text: string): string {
  return JSON.stringify(text).replace(/</g, '\\u003c');
}

/**
 * The script, run in the page, in the language of the moment (set by the CLI
 * after this module is loaded). Problems are put in with textContent: never parsed as HTML.
 */
function client(): string {
  const { dev } = t();
  return `(() => {
  const scope = location.pathname.startsWith('/__preview/') ? 'print' : 'web';
  const source = new EventSource('/__events?scope=' + scope);
  let overlay, edited;
  const hide = () => { overlay?.remove(); overlay = undefined; };
  source.addEventListener('edited', (e) => { edited = JSON.parse(e.data); });
  source.addEventListener('reload', (e) => {
    const at = edited;
    edited = undefined;
    if (e.data !== scope) return hide();
    // The issue's print preview opens at the page of the article just saved.
    const preview = document.querySelector('[data-yuebao-issue]');
    if (at && preview && preview.getAttribute('data-yuebao-issue') === at.folder) location.replace(location.pathname + '?page=' + at.page);
    else location.reload();
  });
  source.addEventListener('errors', (e) => {
    // A page that lists the problems itself (/__preview/) is brought up to date instead.
    const listed = document.querySelector('[data-yuebao-errors]');
    if (listed) {
      if (listed.getAttribute('data-yuebao-errors') !== e.data) location.reload();
      return;
    }
    hide();
    overlay = document.createElement('div');
    overlay.id = 'yuebao-dev-overlay';
    overlay.setAttribute('role', 'alert');
    overlay.lang = ${literal(pageLang())};
    overlay.style.cssText = 'position:fixed;inset:0;z-index:2147483647;background:rgba(30,0,0,.88);color:#fff;padding:2em;overflow:auto;font:14px/1.6 ${MONO};white-space:pre-wrap';
    const title = document.createElement('h2');
    title.textContent = ${literal(dev.overlayTitle)};
    title.style.cssText = 'font:bold 16px ${SANS};margin:0 0 1em';
    const list = document.createElement('pre');
    list.textContent = JSON.parse(e.data).join('\\n');
    list.style.cssText = 'margin:0;font:inherit;white-space:pre-wrap';
    const note = document.createElement('p');
    note.textContent = ${literal(dev.overlayNote)};
    note.style.cssText = 'font:12px ${SANS};opacity:.7';
    overlay.append(title, list, note);
    overlay.addEventListener('click', hide);
    document.body.append(overlay);
  });
})();`;
}

/** The page with the live-reload script before its last </body> (or at the end). */
export function injectLiveReload(html: string): string {
  const tag = `<script data-yuebao-dev>${client()}</script>`;
  const at = html.lastIndexOf('</body>');
  return at < 0 ? html + tag : html.slice(0, at) + tag + html.slice(at);
}
