/**
 * The parts of the web edition that span every issue: the home page (the
 * archive, newest first), the search page, the Atom feed and the shared
 * assets. Made from the issue.json summaries of every issue in web/.
 */
import { createRequire } from 'node:module';
import type { OutputFile } from '../output/files.ts';
import type { TemplateSet } from '../render/handlebars.ts';
import type { Publication } from '../model/types.ts';
import { siteData, type IssueSummary } from './issue-site.ts';
import { withSlash } from './routes.ts';

const require = createRequire(import.meta.url);

/** How many of the newest issues the feed lists article by article. */
const FEED_ISSUES = 6;

export function renderSiteIndex(publication: Publication, issues: IssueSummary[], templates: TemplateSet): OutputFile[] {
  const newestFirst = [...issues].sort((a, b) => b.date.localeCompare(a.date) || b.folder.localeCompare(a.folder));
  const site = siteData(publication);
  return [
    {
      path: 'index.html',
      contents: templates.render('home', {
        site,
        base: '',
        pageTitle: publication.title,
        description: `${publication.title}：${newestFirst.length} 期`,
        issues: newestFirst.map((i) => ({ ...i, href: encodeURI(i.href), cover: i.cover ? { ...i.cover, src: encodeURI(i.cover.src) } : undefined })),
      }),
    },
    { path: 'search/index.html', contents: templates.render('search', { site, base: '../', pageTitle: `搜索 - ${publication.title}` }) },
    { path: 'feed.xml', contents: templates.render('feed', atomView(publication, newestFirst)) },
    { path: 'assets/web.css', contents: templates.readAsset('web.css') },
    { path: 'assets/page-view.js', contents: templates.readAsset('page-view.js') },
    { path: 'assets/page-flip.browser.js', copyOf: require.resolve('page-flip/dist/js/page-flip.browser.js') },
  ];
}

/**
 * The Atom feed: the newest issues, and their articles one by one. Links are
 * relative to the feed (resolved against xml:base when publication.yml gives
 * the site's `url`), so the feed is right wherever the site is hosted.
 */
function atomView(publication: Publication, newestFirst: IssueSummary[]) {
  const base = publication.url ? withSlash(publication.url) : undefined;
  const id = (path: string) => (base ? new URL(encodeURI(path), base).href : `tag:yuebao,${newestFirst.at(-1)?.date.slice(0, 4) ?? '2024'}:${encodeURI(publication.title)}/${encodeURI(path)}`);
  const stamp = (date: string) => `${date}T00:00:00Z`;
  const entries = newestFirst.slice(0, FEED_ISSUES).flatMap((issue) => [
    { title: `${publication.title} ${issue.issueLine}`, id: id(issue.href), href: encodeURI(issue.href), updated: stamp(issue.date), summary: `【${issue.periodLabel}】${issue.articles.map((a) => a.title).join('；')}` },
    ...issue.articles.map((article) => ({ title: article.title, id: id(article.href), href: encodeURI(article.href), updated: stamp(article.date), category: issue.issueLine, summary: article.summary })),
  ]);
  return { lang: publication.language, base, title: publication.title, id: id(''), updated: stamp(newestFirst[0]?.date ?? '1970-01-01'), author: publication.sponsor, entries };
}
