/**
 * One issue's part of the web edition, as files under web/<issue>/: the issue
 * page (cover, 卷首语, 目录, PDF, QR code), one page per article, the 简讯,
 * the page view, the WeChat exports, the images, and issue.json — the summary
 * the home page and the feed are made from.
 */
import type { Article, Issue, Publication } from '../model/types.ts';
import type { OutputFile } from '../output/files.ts';
import type { TemplateSet } from '../render/handlebars.ts';
import { formatChineseDate } from '../model/issue-line.ts';
import { formatSources } from '../markdown/parenthetical.ts';
import { imageFrom, responsiveHtml, type WebImages } from './images.ts';
import { baseOf, issueBaseOf, issueRoutes, link, withSlash } from './routes.ts';
import { qrSvg } from './qr.ts';
import { escapeHtml, wechatHtml } from './wechat.ts';
import type { PageImage } from './page-images.ts';

export interface IssueSummary {
  folder: string;
  issueLine: string;
  periodLabel: string;
  date: string;
  dateText: string;
  href: string;
  cover?: { src: string; width: number; height: number };
  articles: Array<{ title: string; href: string; date: string; summary: string }>;
}

export interface IssueSiteInput {
  issue: Issue;
  templates: TemplateSet;
  images: WebImages;
  /** The PDF's size in bytes, when the PDF was built (it is linked for download). */
  pdfBytes?: number;
  pageImages?: PageImage[];
}

/** What every page's layout shows of the publication (templates/web/partials/layout.hbs). */
export function siteData(p: Publication) {
  return { lang: p.language, masthead: p.title, sponsor: p.sponsor, license: p.license };
}

export async function renderIssueSite({ issue, templates, images, pdfBytes, pageImages }: IssueSiteInput): Promise<{ files: OutputFile[]; summary: IssueSummary }> {
  const routes = issueRoutes(issue);
  const site = siteData(issue.publication);
  const files: OutputFile[] = [...images.files.map((f) => ({ ...f, path: `${issue.folder}/${f.path}` }))];
  const page = (path: string, name: string, data: object) => files.push({ path, contents: templates.render(name, { site, base: baseOf(path), ...data }) });
  const articles = issue.sections.flatMap((s) => s.articles.map((a) => ({ article: a, section: s })));
  const pageTitle = (title: string) => `${title} - ${issue.publication.title} ${issue.issueLine}`;
  const pdf = pdfBytes ? { href: link(routes.issue, routes.pdf), size: `${(pdfBytes / 1024 / 1024).toFixed(1)} MB` } : undefined;

  // The issue page.
  const coverImage = issue.cover ? images.byUrl.get(issue.cover.url) : undefined;
  const issueUrl = issue.publication.url ? new URL(routes.issue.replace(/index\.html$/, ''), withSlash(issue.publication.url)).href : undefined;
  page(routes.issue, 'issue', {
    pageTitle: `${issue.publication.title} ${issue.issueLine}`,
    description: `【${issue.periodLabel}】${issue.publication.title} ${issue.issueLine}`,
    issueLine: issue.issueLine,
    periodLabel: issue.periodLabel,
    dateText: formatChineseDate(issue.date),
    cover: coverImage && issue.cover ? { ...imageFrom(issueBaseOf(routes.issue), coverImage), alt: issue.cover.caption ?? `${issue.issueLine}封面`, caption: issue.cover.caption, credit: issue.cover.credit } : undefined,
    forewordHtml: issue.forewordHtml ? responsiveHtml(issue.forewordHtml, images.byUrl, issueBaseOf(routes.issue)) : undefined,
    sections: issue.sections.map((s) => ({
      title: s.title,
      articles: s.articles.map((a) => ({ title: a.tocTitle, href: link(routes.issue, routes.article.get(a.anchor)!) })),
      briefsHref: routes.briefs.has(s.anchor) ? link(routes.issue, routes.briefs.get(s.anchor)!) : undefined,
      briefCount: s.briefs.length,
    })),
    pdf,
    pagesHref: pageImages?.length ? link(routes.issue, routes.pages) : undefined,
    qr: issueUrl ? { url: issueUrl, svg: await qrSvg(issueUrl) } : undefined,
  });

  // One page per article, with previous/next in issue order.
  const wechatCss = templates.readAsset('wechat.css');
  articles.forEach(({ article, section }, i) => {
    const path = routes.article.get(article.anchor)!;
    const neighbour = (other?: { article: Article }) => (other ? { title: other.article.tocTitle, href: link(path, routes.article.get(other.article.anchor)!) } : undefined);
    const html = responsiveHtml(article.webHtml, images.byUrl, issueBaseOf(path));
    page(path, 'article', {
      pageTitle: pageTitle(article.title),
      description: summaryOf(article.webHtml),
      bodyClass: 'article-page',
      issueHref: link(path, routes.issue),
      issueLine: issue.issueLine,
      sectionTitle: section.title,
      ...article,
      html,
      isPhotos: article.layout === 'photos',
      dateText: article.date ? formatChineseDate(article.date) : undefined,
      byline: article.authors.length ? `撰文：${article.authors.join(' ')}` : undefined,
      sourceText: article.sources.join('、') || undefined,
      sources: article.sources.length ? formatSources(article.sources) : undefined,
      prev: neighbour(articles[i - 1]),
      next: neighbour(articles[i + 1]),
      wechatHref: link(path, routes.wechat.get(article.anchor)!),
    });
    const wechatPath = routes.wechat.get(article.anchor)!;
    // Relative like every link of the site: a browser copies images with their full address.
    const meta = [article.date && formatChineseDate(article.date), article.authors.length && `撰文：${article.authors.join(' ')}`, article.sources.length && `来源：${article.sources.join('、')}`].filter(Boolean).join('　');
    const body = `<h1>${escapeHtml(article.title)}</h1>${meta ? `<p class="wx-meta">${escapeHtml(meta)}</p>` : ''}${responsiveHtml(article.webHtml, images.byUrl, issueBaseOf(wechatPath)).replace(/ srcset="[^"]*" sizes="[^"]*"/g, '')}${article.sources.length ? `<p class="wx-source">${formatSources(article.sources)}</p>` : ''}`;
    files.push({ path: wechatPath, contents: wechatHtml(article.title, body, wechatCss) });
  });

  // 简讯
  for (const section of issue.sections) {
    const path = routes.briefs.get(section.anchor);
    if (path) page(path, 'briefs', { pageTitle: pageTitle(section.title), issueHref: link(path, routes.issue), issueLine: issue.issueLine, sectionTitle: section.title, briefsHtml: section.briefsHtml });
  }

  // The page view: the printed pages as images.
  if (pageImages?.length) {
    pageImages.forEach((img, i) => files.push({ path: `${issue.folder}/pages/p${String(i + 1).padStart(3, '0')}.webp`, contents: img.data }));
    page(routes.pages, 'pages', {
      pageTitle: pageTitle('版面'),
      bodyClass: 'pages',
      issueHref: link(routes.pages, routes.issue),
      issueLine: issue.issueLine,
      pdf: pdf ? { href: link(routes.pages, routes.pdf) } : undefined,
      pages: pageImages.map((img, i) => ({ src: `p${String(i + 1).padStart(3, '0')}.webp`, width: img.width, height: img.height, number: i + 1 })),
    });
  }

  const summary: IssueSummary = {
    folder: issue.folder,
    issueLine: issue.issueLine,
    periodLabel: issue.periodLabel,
    date: issue.date,
    dateText: formatChineseDate(issue.date),
    href: routes.issue,
    // The archive shows the printed cover when there is a page view, else the cover photo.
    cover: pageImages?.length
      ? { src: `${issue.folder}/pages/p001.webp`, width: pageImages[0].width, height: pageImages[0].height }
      : coverImage
        ? { src: `${issue.folder}/${coverImage.src}`, width: coverImage.width, height: coverImage.height }
        : undefined,
    articles: articles.map(({ article }) => ({ title: article.title, href: routes.article.get(article.anchor)!, date: article.date ?? issue.date, summary: summaryOf(article.webHtml) })),
  };
  files.push({ path: `${issue.folder}/issue.json`, contents: `${JSON.stringify(summary, null, 2)}\n` });
  return { files, summary };
}

/** The first ~120 characters of an article's text, for descriptions and the feed. */
function summaryOf(html: string): string {
  // Not the photos' captions, nor the notes, nor a footnote mark's number.
  const text = html.replace(/<figure[\s\S]*?<\/figure>|<section data-footnotes[\s\S]*?<\/section>|<sup>[\s\S]*?<\/sup>/g, '').replace(/<[^>]+>/g, '').replace(/\s+/g, ' ').trim();
  const chars = [...text];
  return chars.length > 120 ? `${chars.slice(0, 120).join('')}…` : text;
}
