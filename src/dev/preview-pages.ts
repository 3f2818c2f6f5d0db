/**
 * The dev server's own pages: /__preview/ (every issue, with links to its
 * print preview, print HTML, PDF and web pages, and the current problems) and
 * /__preview/issue/<folder>/ (the PDF in Chromium's viewer: the print
 * HTML is one long page on screen — only printing paginates it — so the PDF
 * is the paginated preview). Every text from content or problems is escaped.
 */
import { currentLang, t } from '../i18n/index.ts';
import type { DevState } from './rebuilder.ts';

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** The language of the pages and the overlay, as HTML's lang attribute names it. */
export function pageLang(): string {
  return currentLang() === 'zh' ? 'zh-CN' : 'en';
}

/** The web edition's Hei stack (templates/web/web.css): the CJK fonts an editor's computer already has. */
export const SANS = '"PingFang SC", "Hiragino Sans GB", "Noto Sans CJK SC", "Noto Sans SC", "Microsoft YaHei", "Source Han Sans SC", sans-serif';
/** Problem lines: aligned in a monospace font, their Chinese in the Hei stack. */
export const MONO = `ui-monospace, monospace, ${SANS}`;

const STYLE = `
  body { font: 15px/1.6 system-ui, ${SANS}; margin: 0; color: #222; }
  header { background: #8b1a1a; color: #fff; padding: .6em 1.2em; display: flex; gap: 1.2em; align-items: baseline; flex-wrap: wrap; }
  header a { color: #fff; }
  main { padding: 1em 1.2em; max-width: 60em; }
  .problems { background: #fff3f3; border: 1px solid #d88; padding: .8em 1em; white-space: pre-wrap; font: 13px/1.5 ${MONO}; overflow: auto; }
  .warnings { background: #fffbe6; border-color: #dc6; }
  table { border-collapse: collapse; } td, th { padding: .3em .8em; text-align: left; border-bottom: 1px solid #ddd; }
  .muted { color: #777; font-size: 13px; }
  iframe { border: 0; width: 100%; height: calc(100vh - 2.8em); display: block; }
`;

function page(title: string, body: string): string {
  return `<!doctype html><html lang="${pageLang()}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>${escapeHtml(title)}</title><style>${STYLE}</style></head><body>${body}</body></html>`;
}

function when(ms: number | undefined): string | undefined {
  return ms === undefined ? undefined : new Date(ms).toLocaleTimeString('zh-CN', { hour12: false });
}

/** /__preview/ */
export function previewIndex(state: DevState): string {
  const { dev } = t();
  const status = state.building ? dev.building({ part: dev.part({ part: state.building }) }) : dev.idle;
  const problems = state.errors
    ? `<h2>${escapeHtml(dev.failedHeading)}</h2><p>${escapeHtml(dev.failedHelp)}</p><pre class="problems">${escapeHtml(state.errors.join('\n'))}</pre>`
    : '';
  const warnings = state.warnings.length
    ? `<h2>${escapeHtml(dev.warningsHeading)}</h2><pre class="problems warnings">${escapeHtml(state.warnings.join('\n'))}</pre>`
    : '';
  const rows = state.issues
    .map((issue) => {
      const f = encodeURIComponent(issue.folder);
      return `<tr><th>${escapeHtml(issue.folder)}</th><td>${escapeHtml(issue.issueLine)}${issue.title ? ` ${escapeHtml(issue.title)}` : ''}</td>
<td><a href="/__preview/issue/${f}/">${escapeHtml(dev.printPreviewPaged)}</a></td><td><a href="/__preview/print/${f}/index.html">${escapeHtml(dev.printHtml)}</a></td>
<td><a href="/__preview/pdf/${f}.pdf">PDF</a></td><td><a href="/${f}/index.html">${escapeHtml(dev.webEdition)}</a></td></tr>`;
    })
    .join('\n');
  const issues = state.issues.length
    ? `<table>${rows}</table>`
    : `<p>${escapeHtml(state.printBuiltAt === undefined && !state.errors ? dev.firstBuild : dev.noIssueYet)}</p>`;
  const statusLine = dev.status({
    status,
    printAt: when(state.printBuiltAt),
    webAt: when(state.webBuiltAt),
    webStale: state.webStale && state.webBuiltAt !== undefined,
  });
  return page(
    dev.indexTitle,
    `<header><strong>${escapeHtml(dev.indexTitle)}</strong><a href="/">${escapeHtml(dev.webEdition)}</a></header><main data-yuebao-errors="${escapeHtml(JSON.stringify(state.errors ?? []))}">
${problems}
<h2>${escapeHtml(dev.issuesHeading)}</h2>${issues}
<p class="muted">${escapeHtml(statusLine)}<br>${dev.autoReload({ command: '<code>yuebao build</code>' })}</p>
${warnings}</main>`,
  );
}

/** /__preview/issue/<folder>/[?page=N]: the paginated preview, open at page N (the PDF viewer's #page=). */
export function issuePreview(folder: string, atPage?: number): string {
  const { dev } = t();
  const f = encodeURIComponent(folder);
  const at = atPage ? `#page=${atPage}` : '';
  const title = dev.issuePreviewTitle({ folder });
  return page(
    title,
    `<header><a href="/__preview/">${escapeHtml(dev.backToIndex)}</a><strong>${escapeHtml(title)}</strong>
<a href="/__preview/print/${f}/index.html">${escapeHtml(dev.printHtml)}</a><a href="/__preview/pdf/${f}.pdf" target="_blank">PDF ↗</a><a href="/${f}/index.html">${escapeHtml(dev.webEdition)}</a></header>
<iframe src="/__preview/pdf/${f}.pdf${at}" title="${escapeHtml(folder)} PDF" data-yuebao-issue="${escapeHtml(folder)}"></iframe>`,
  );
}

/** Anything not (yet) there. It carries the live-reload script too, so it turns into the page once built. */
export function notFound(path: string, state: DevState): string {
  const { dev } = t();
  const first = state.webBuiltAt === undefined && !state.errors;
  const shown = { path: `<code>${escapeHtml(path)}</code>` };
  return page(
    dev.notFoundTitle,
    `<header><a href="/__preview/">${escapeHtml(dev.backToIndex)}</a></header><main><h2>${escapeHtml(first ? dev.notBuiltHeading : dev.notFoundHeading)}</h2>
<p>${first ? dev.beingBuilt(shown) : dev.notInBuild(shown)}</p></main>`,
  );
}
