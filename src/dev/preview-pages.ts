/**
 * The dev server's own pages: /__preview/ (every issue, with links to its
 * print preview, print HTML, PDF and web pages, and the current problems) and
 * /__preview/issue/<folder>/ (the PDF in Chromium's viewer: the print
 * HTML is one long page on screen — only printing paginates it — so the PDF
 * is the paginated preview). Every text from content or problems is escaped.
 */
import type { DevState } from './rebuilder.ts';

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

const STYLE = `
  body { font: 15px/1.6 system-ui, "Noto Sans SC", sans-serif; margin: 0; color: #222; }
  header { background: #8b1a1a; color: #fff; padding: .6em 1.2em; display: flex; gap: 1.2em; align-items: baseline; flex-wrap: wrap; }
  header a { color: #fff; }
  main { padding: 1em 1.2em; max-width: 60em; }
  .problems { background: #fff3f3; border: 1px solid #d88; padding: .8em 1em; white-space: pre-wrap; font: 13px/1.5 ui-monospace, monospace; overflow: auto; }
  .warnings { background: #fffbe6; border-color: #dc6; }
  table { border-collapse: collapse; } td, th { padding: .3em .8em; text-align: left; border-bottom: 1px solid #ddd; }
  .muted { color: #777; font-size: 13px; }
  iframe { border: 0; width: 100%; height: calc(100vh - 2.8em); display: block; }
`;

function page(title: string, body: string): string {
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>${escapeHtml(title)}</title><style>${STYLE}</style></head><body>${body}</body></html>`;
}

function when(ms: number | undefined): string {
  return ms === undefined ? 'not yet' : new Date(ms).toLocaleTimeString('zh-CN', { hour12: false });
}

/** /__preview/ */
export function previewIndex(state: DevState): string {
  const status = state.building ? `building the ${state.building === 'print' ? 'print preview' : 'web edition'}…` : 'idle';
  const problems = state.errors
    ? `<h2>✗ The last change could not be built</h2><p>The pages show the last good build. Fix these and save:</p><pre class="problems">${escapeHtml(state.errors.join('\n'))}</pre>`
    : '';
  const warnings = state.warnings.length ? `<h2>Warnings</h2><pre class="problems warnings">${escapeHtml(state.warnings.join('\n'))}</pre>` : '';
  const rows = state.issues
    .map((issue) => {
      const f = encodeURIComponent(issue.folder);
      return `<tr><th>${escapeHtml(issue.folder)}</th><td>${escapeHtml(issue.issueLine)}${issue.title ? ` ${escapeHtml(issue.title)}` : ''}</td>
<td><a href="/__preview/issue/${f}/">印刷预览 (pages)</a></td><td><a href="/__preview/print/${f}/index.html">印刷 HTML</a></td>
<td><a href="/__preview/pdf/${f}.pdf">PDF</a></td><td><a href="/${f}/index.html">网络版</a></td></tr>`;
    })
    .join('\n');
  const issues = state.issues.length
    ? `<table>${rows}</table>`
    : `<p>${state.printBuiltAt === undefined && !state.errors ? 'The first build is running: this page reloads when it is done.' : 'No issue built yet.'}</p>`;
  return page(
    'yuebao dev',
    `<header><strong>yuebao dev</strong><a href="/">网络版 web edition</a></header><main data-yuebao-errors="${escapeHtml(JSON.stringify(state.errors ?? []))}">
${problems}
<h2>Issues</h2>${issues}
<p class="muted">Status: ${status}. Print preview built: ${when(state.printBuiltAt)}; web edition built: ${when(state.webBuiltAt)}${state.webStale && state.webBuiltAt ? ' (older than the print preview: it is remade while one of its pages is open)' : ''}.
Pages reload by themselves after every rebuild. The web edition here has no page images or PDF download: <code>yuebao build</code> makes those.</p>
${warnings}</main>`,
  );
}

/** /__preview/issue/<folder>/[?page=N]: the paginated preview, open at page N (the PDF viewer's #page=). */
export function issuePreview(folder: string, atPage?: number): string {
  const f = encodeURIComponent(folder);
  const at = atPage ? `#page=${atPage}` : '';
  return page(
    `${folder} · 印刷预览`,
    `<header><a href="/__preview/">← yuebao dev</a><strong>${escapeHtml(folder)} 印刷预览</strong>
<a href="/__preview/print/${f}/index.html">印刷 HTML</a><a href="/__preview/pdf/${f}.pdf" target="_blank">PDF ↗</a><a href="/${f}/index.html">网络版</a></header>
<iframe src="/__preview/pdf/${f}.pdf${at}" title="${escapeHtml(folder)} PDF" data-yuebao-issue="${escapeHtml(folder)}"></iframe>`,
  );
}

/** Anything not (yet) there. It carries the live-reload script too, so it turns into the page once built. */
export function notFound(path: string, state: DevState): string {
  const first = state.webBuiltAt === undefined && !state.errors;
  return page(
    'Not found · yuebao dev',
    `<header><a href="/__preview/">← yuebao dev</a></header><main><h2>${first ? 'Not built yet' : 'Not found'}</h2>
<p><code>${escapeHtml(path)}</code> ${first ? 'is being built: this page reloads when it is ready.' : 'is not in the current build.'}</p></main>`,
  );
}
