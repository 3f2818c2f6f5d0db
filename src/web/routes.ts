/**
 * Where each page of the web edition lives, relative to web/, and the
 * relative link from one page to another (so the site works from any folder
 * of any host, and straight from disk).
 */
import { posix } from 'node:path';
import type { Article, Issue } from '../model/types.ts';

const RESERVED = new Set(['img', 'pages', 'briefs', 'wechat', 'assets', 'pagefind', 'search']);

export interface IssueRoutes {
  issue: string;
  pdf: string;
  pages: string;
  /** Per article anchor. */
  article: Map<string, string>;
  /** Per article anchor: its 公众号 export, relative to the wechat/ folder beside web/ (not inside it). */
  wechat: Map<string, string>;
  /** Per section anchor with briefs. */
  briefs: Map<string, string>;
}

export function issueRoutes(issue: Issue): IssueRoutes {
  const root = issue.folder;
  const article = new Map<string, string>();
  const wechat = new Map<string, string>();
  const used = new Set<string>();
  issue.sections.flatMap((s) => s.articles).forEach((a, i) => {
    let slug = safeSlug(a);
    for (let n = 2; used.has(slug); n++) slug = `${safeSlug(a)}-${n}`;
    used.add(slug);
    article.set(a.anchor, `${root}/${slug}/index.html`);
    // Numbered in reading order: the files sort as the issue reads, and none is the folder's index.html.
    wechat.set(a.anchor, `${root}/${String(i + 1).padStart(2, '0')}-${slug.replaceAll('/', '-')}.html`);
  });
  const briefs = new Map<string, string>();
  issue.sections.filter((s) => s.briefsHtml).forEach((s, i) => briefs.set(s.anchor, `${root}/briefs${i ? `-${i + 1}` : ''}/index.html`));
  return { issue: `${root}/index.html`, pdf: `${root}/${root}.pdf`, pages: `${root}/pages/index.html`, article, wechat, briefs };
}

function safeSlug(article: Article): string {
  const slug = article.slug.replace(/[^\p{L}\p{N}/_-]+/gu, '-').replace(/^\/+|\/+$/g, '') || article.anchor;
  return RESERVED.has(slug.split('/')[0]) ? `article-${slug}` : slug;
}

/** The link from page `from` to `to` (both relative to web/). */
export function link(from: string, to: string): string {
  const rel = posix.relative(posix.dirname(from), to);
  return encodeURI(rel || posix.basename(to));
}

/** "../../" from page `from` up to web/. */
export function baseOf(from: string): string {
  return '../'.repeat(from.split('/').length - 1);
}

/** "../" from page `from` up to its issue folder (web/<issue>/, where img/ is). */
export function issueBaseOf(from: string): string {
  return '../'.repeat(from.split('/').length - 2);
}

/** The site's address from publication.yml, ending in "/" so relative paths resolve under it. */
export function withSlash(url: string): string {
  return url.endsWith('/') ? url : `${url}/`;
}
