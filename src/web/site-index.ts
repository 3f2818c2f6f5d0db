/**
 * The parts of the web edition that span every issue: the home page (the
 * newest issue, then the archive by year), the search page, the Atom feed,
 * the 404 page, the site's icons and the shared assets. Made from the
 * issue.json summaries of every issue in web/: cheap, so made on every build.
 */
import type { OutputFile } from '../output/files.ts';
import type { TemplateSet } from '../render/handlebars.ts';
import type { Publication } from '../model/types.ts';
import { siteData, type IssueSummary } from './issue-site.ts';
import { withSlash } from './routes.ts';
import { yearOf } from './search-index.ts';
import { shareMeta } from './share.ts';
import { faviconFiles } from './favicon.ts';

/** How many of the newest issues the feed lists article by article. */
const FEED_ISSUES = 6;
/** Scripts and styles shared by the pages, copied from templates/web/ to web/assets/. */
const ASSETS = ['web.css', 'page-view.css', 'page-view.js', 'page-zoom.js', 'search.js', 'reader.js'];

export interface SiteIndexInput {
  publication: Publication;
  issues: IssueSummary[];
  /** Years with a search index (web/pagefind/<year>/), newest first. */
  searchYears: number[];
  templates: TemplateSet;
}

export async function renderSiteIndex({ publication, issues, searchYears, templates }: SiteIndexInput): Promise<OutputFile[]> {
  const newestFirst = [...issues].sort((a, b) => b.date.localeCompare(a.date) || b.folder.localeCompare(a.folder));
  const site = siteData(publication);
  const newest = newestFirst[0];
  const description = `${publication.title}${publication.sponsor ? `，${publication.sponsor}主办` : ''}：共 ${newestFirst.length} 期，可在线阅读、翻阅版面、下载 PDF。`;
  return [
    {
      path: 'index.html',
      contents: templates.render('home', {
        site,
        base: '',
        pageTitle: publication.title,
        description,
        share: shareMeta({ publication, path: 'index.html', title: publication.title, description, type: 'website', image: newest?.shareImage }, ''),
        newest: newest && card(newest),
        years: byYear(newestFirst).map(([year, list]) => ({ year, issues: list.map(card) })),
        count: newestFirst.length,
      }),
    },
    {
      path: 'search/index.html',
      contents: templates.render('search', {
        site,
        base: '../',
        pageTitle: `搜索 - ${publication.title}`,
        description: `在${publication.title}各期文章中搜索`,
        bundles: JSON.stringify(searchYears.map((year) => `../pagefind/${year}/`)),
        noindex: true,
      }),
    },
    { path: '404.html', contents: templates.render('404', { site, ...notFoundLinks(publication, newest), pageTitle: `找不到这一页 - ${publication.title}`, noindex: true }) },
    { path: 'feed.xml', contents: templates.render('feed', atomView(publication, newestFirst)) },
    ...ASSETS.map((name) => ({ path: `assets/${name}`, contents: templates.readAsset(name) })),
    ...(await faviconFiles(publication.title)),
  ];
}

/** An issue as the home page shows it: links and image addresses encoded (folder names may hold spaces or Chinese). */
function card(issue: IssueSummary) {
  const srcset = issue.cover?.srcset
    ?.split(', ')
    .map((entry) => entry.replace(/^(.*) (\d+w)$/, (_, url: string, w: string) => `${encodeURI(url)} ${w}`))
    .join(', ');
  return {
    ...issue,
    href: encodeURI(issue.href),
    pagesHref: issue.pagesHref && encodeURI(issue.pagesHref),
    cover: issue.cover ? { ...issue.cover, src: encodeURI(issue.cover.src), srcset } : undefined,
    headlines: (issue.headlines ?? []).map((h) => ({ ...h, href: encodeURI(h.href) })),
  };
}

function byYear(newestFirst: IssueSummary[]): Array<[number, IssueSummary[]]> {
  const years = new Map<number, IssueSummary[]>();
  for (const issue of newestFirst) years.set(yearOf(issue), [...(years.get(yearOf(issue)) ?? []), issue]);
  return [...years].sort((a, b) => b[0] - a[0]);
}

/**
 * A 404 page is served at any address, so its links cannot be relative: they
 * start from the site's folder, from `url` in publication.yml (e.g.
 * /yuebao/). The page's first script falls back to the server's root when it
 * is shown outside that folder.
 */
function notFoundLinks(publication: Publication, newest: IssueSummary | undefined) {
  const root = publication.url ? new URL(withSlash(publication.url)).pathname : '/';
  return { root, newestHref: newest && encodeURI(newest.href), newestLine: newest?.issueLine };
}

/**
 * The Atom feed: the newest issues, and their articles one by one. Links are
 * relative to the feed (resolved against xml:base when publication.yml gives
 * the site's `url`), so the feed is right wherever the site is hosted.
 */
function atomView(publication: Publication, newestFirst: IssueSummary[]) {
  const base = publication.url ? withSlash(publication.url) : undefined;
  // Ids never change once published (a feed reader would show every entry again): the page's address as first made.
  const id = (path: string) => (base ? new URL(encodeURI(path), base).href : `tag:yuebao,${newestFirst.at(-1)?.date.slice(0, 4) ?? '2024'}:${encodeURI(publication.title)}/${encodeURI(path)}`);
  const stamp = (date: string) => `${date}T00:00:00Z`;
  const entries = newestFirst.slice(0, FEED_ISSUES).flatMap((issue) => [
    { title: `${publication.title} ${issue.issueLine}`, id: id(issue.href), href: encodeURI(issue.href), updated: stamp(issue.date), summary: `【${issue.periodLabel}】${issue.articles.map((a) => a.title).join('；')}` },
    ...issue.articles.map((article) => ({ title: article.title, id: id(article.href), href: encodeURI(article.href), updated: stamp(article.date), category: issue.issueLine, summary: article.summary })),
  ]);
  return { lang: publication.language, base, title: publication.title, id: id(''), updated: stamp(newestFirst[0]?.date ?? '1970-01-01'), author: publication.sponsor, entries };
}
