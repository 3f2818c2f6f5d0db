/**
 * One issue's part of the web edition, as files under web/<issue>/: the issue
 * page (cover, 卷首语, 目录 with each entry's printed page, PDF, QR code), one
 * page per article and the 简讯 (article-pages.ts), the page view
 * (page-view.ts), the images, and issue.json — the summary the home page,
 * the feed and the search page are made from. The 公众号 export goes beside
 * the web edition, not into it (wechat.ts).
 */
import type { Issue, Publication } from '../model/types.ts';
import type { OutputFile } from '../output/files.ts';
import type { TemplateSet } from '../render/handlebars.ts';
import { formatChineseDate } from '../model/issue-line.ts';
import { imageFrom, type WebImages } from './images.ts';
import { responsiveHtml } from './responsive-images.ts';
import { issueBaseOf, link } from './routes.ts';
import { qrSvg } from './qr.ts';
import type { PageImage } from './page-images.ts';
import { pageViewFiles, type PageView, type PreviousPages } from './page-view.ts';
import { issueContext, type IssueContext } from './issue-context.ts';
import { renderArticlePages } from './article-pages.ts';
import { leadOf } from './lead.ts';
import { wechatExport } from './wechat.ts';
import type { IssueSummary } from './issue-summary.ts';

export type { IssueSummary };


export interface IssueSiteInput {
  issue: Issue;
  templates: TemplateSet;
  images: WebImages;
  /** The PDF's size in bytes, when the PDF was built (it is linked for download). */
  pdfBytes?: number;
  pageImages?: PageImage[];
  /** Anchor → PDF page (1 = the cover), read from the PDF. */
  pdfPages?: Record<string, number>;
  /** The last build's page pictures, for the pages that look the same. */
  previousPages?: PreviousPages;
}

/** What every page's layout shows of the publication (templates/web/partials/layout.hbs). */
export function siteData(p: Publication) {
  return { lang: p.language, masthead: p.title, sponsor: p.sponsor, license: p.license };
}

export async function renderIssueSite({ issue, templates, images, pdfBytes, pageImages, pdfPages, previousPages }: IssueSiteInput): Promise<{ files: OutputFile[]; wechat: OutputFile[]; summary: IssueSummary }> {
  const pageView = pageImages?.length ? await pageViewFiles(pageImages, previousPages) : undefined;
  const coverPage = pageView && { path: `${issue.folder}/pages/${pageView.view.cover.path}`, width: pageView.view.cover.width, height: pageView.view.cover.height, alt: `${issue.issueLine}封面` };
  const ctx = issueContext({ issue, templates, images, site: siteData(issue.publication), pdfPages: pageView ? pdfPages : undefined, fallbackImage: coverPage });
  ctx.files.push(...images.files.map((f) => ({ ...f, path: `${issue.folder}/${f.path}` })));

  await renderIssuePage(ctx, pdfBytes, !!pageView);
  renderArticlePages(ctx);
  if (pageView) renderPageView(ctx, pageView.view, pdfBytes);
  ctx.files.push(...(pageView?.files ?? []).map((f) => ({ ...f, path: `${issue.folder}/pages/${f.path}` })));

  const summary = summaryOf(ctx, pageView?.view);
  ctx.files.push({ path: `${issue.folder}/issue.json`, contents: `${JSON.stringify(summary, null, 2)}\n` });
  return { files: ctx.files, wechat: wechatExport(issue, images, templates), summary };
}

async function renderIssuePage(ctx: IssueContext, pdfBytes: number | undefined, hasPages: boolean): Promise<void> {
  const { issue, routes, images } = ctx;
  const path = routes.issue;
  const coverImage = issue.cover ? images.byUrl.get(issue.cover.url) : undefined;
  const issueUrl = ctx.canonical(path);
  const printed = (anchor: string) => {
    const n = ctx.pageOf(anchor);
    return n ? { number: n, href: ctx.pagesLink(path, n) } : undefined;
  };
  const description = issue.forewordHtml ? leadOf(issue.forewordHtml) : `【${issue.periodLabel}】${issue.publication.title} ${issue.issueLine}`;
  ctx.page(path, 'issue', {
    pageTitle: `${issue.publication.title} ${issue.issueLine}`,
    description,
    share: ctx.share(path, { title: `${issue.publication.title} ${issue.issueLine}`, description, type: 'website', image: ctx.fallbackImage, published: issue.date }),
    issueLine: issue.issueLine,
    periodLabel: issue.periodLabel,
    date: issue.date,
    dateText: formatChineseDate(issue.date),
    cover: coverImage && issue.cover ? { ...imageFrom(issueBaseOf(path), coverImage), alt: issue.cover.caption ?? `${issue.issueLine}封面`, caption: issue.cover.caption, credit: issue.cover.credit } : undefined,
    forewordHtml: issue.forewordHtml ? responsiveHtml(issue.forewordHtml, { images: images.byUrl, prefix: issueBaseOf(path) }) : undefined,
    sections: issue.sections.map((s) => ({
      title: s.title,
      articles: s.articles.map((a) => ({ title: a.tocTitle, href: link(path, routes.article.get(a.anchor)!), printed: printed(a.anchor) })),
      briefsHref: routes.briefs.has(s.anchor) ? link(path, routes.briefs.get(s.anchor)!) : undefined,
      briefsPrinted: routes.briefs.has(s.anchor) ? printed(s.anchor) : undefined,
      briefCount: s.briefs.length,
    })),
    pdf: pdfBytes ? { href: link(path, routes.pdf), size: `${(pdfBytes / 1024 / 1024).toFixed(1)} MB` } : undefined,
    pagesHref: hasPages ? link(path, routes.pages) : undefined,
    qr: issueUrl ? { url: issueUrl, svg: await qrSvg(issueUrl) } : undefined,
  });
}

function renderPageView(ctx: IssueContext, view: PageView, pdfBytes: number | undefined): void {
  const { issue, routes } = ctx;
  const path = routes.pages;
  const contents = issue.sections.flatMap((s) => [
    ...s.articles.map((a) => ({ title: a.tocTitle, section: s.title, page: ctx.pageOf(a.anchor) })),
    ...(s.briefsHtml ? [{ title: s.title, section: s.title, page: ctx.pageOf(s.anchor) }] : []),
  ]);
  ctx.page(path, 'pages', {
    pageTitle: ctx.pageTitle('版面'),
    description: `${issue.publication.title} ${issue.issueLine}的印刷版面，共 ${view.pages.length} 页`,
    share: ctx.share(path, { title: `${issue.publication.title} ${issue.issueLine} · 版面`, description: `【${issue.periodLabel}】共 ${view.pages.length} 页`, type: 'website', image: ctx.fallbackImage }),
    bodyClass: 'pages',
    issueHref: link(path, routes.issue),
    issueLine: issue.issueLine,
    pdf: pdfBytes ? { href: link(path, routes.pdf) } : undefined,
    extraCss: 'page-view.css',
    pages: view.pages.map((p) => ({ ...p, thumbHeight: Math.round((100 * p.height) / p.width) })),
    total: view.pages.length,
    contents: contents.filter((c) => c.page),
  });
}

function summaryOf(ctx: IssueContext, view: PageView | undefined): IssueSummary {
  const { issue, routes, images } = ctx;
  const coverImage = issue.cover ? images.byUrl.get(issue.cover.url) : undefined;
  const inIssue = (src: string) => `${issue.folder}/pages/${src}`;
  const articles = issue.sections.flatMap((s) => s.articles.map((a) => ({ a, s })));
  // The cover's headlines first, then the issue's first articles: five lines to show what is in it.
  const headlines = [...issue.featured, ...articles.map(({ a }) => a).filter((a) => !issue.featured.includes(a))].slice(0, Math.max(5, issue.featured.length));
  return {
    folder: issue.folder,
    year: issue.year,
    issueLine: issue.issueLine,
    periodLabel: issue.periodLabel,
    date: issue.date,
    dateText: formatChineseDate(issue.date),
    href: routes.issue,
    pagesHref: view ? routes.pages : undefined,
    // The archive shows the printed cover when there is a page view, else the cover photo.
    cover: view
      ? { src: inIssue(view.pages[0].thumb), srcset: `${inIssue(view.pages[0].thumb)} 200w, ${inIssue(view.pages[0].src)} ${view.pages[0].width}w`, width: view.pages[0].width, height: view.pages[0].height }
      : coverImage
        ? { src: `${issue.folder}/${decodeURI(coverImage.src)}`, width: coverImage.width, height: coverImage.height }
        : undefined,
    shareImage: ctx.fallbackImage,
    headlines: headlines.map((a) => ({ title: a.title, href: routes.article.get(a.anchor)! })),
    articles: articles.map(({ a, s }) => ({ title: a.title, href: routes.article.get(a.anchor)!, date: a.date ?? issue.date, summary: leadOf(a.webHtml), section: s.title })),
  };
}
