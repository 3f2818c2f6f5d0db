/**
 * One page per article and per 简讯 section, in reading order: each
 * section's articles, then its 简讯, so the last article of 帮扶协作 leads on
 * to 简讯 as the printed issue does. Each page carries its date (the
 * article's, else the issue's), a link to its printed page in the page view,
 * share tags, and the issue and section for search results.
 */
import type { Article, Section } from '../model/types.ts';
import { formatChineseDate } from '../model/issue-line.ts';
import { formatSources } from '../markdown/parenthetical.ts';
import { responsiveHtml } from './responsive-images.ts';
import { leadOf } from './lead.ts';
import { issueBaseOf, link } from './routes.ts';
import type { IssueContext } from './issue-context.ts';

interface Unit {
  title: string;
  path: string;
  section: Section;
  article?: Article;
}

function readingOrder(ctx: IssueContext): Unit[] {
  return ctx.issue.sections.flatMap((section) => {
    const units: Unit[] = section.articles.map((article) => ({ title: article.tocTitle, path: ctx.routes.article.get(article.anchor)!, section, article }));
    const briefs = ctx.routes.briefs.get(section.anchor);
    if (briefs) units.push({ title: section.title, path: briefs, section });
    return units;
  });
}

export function renderArticlePages(ctx: IssueContext): void {
  const { issue } = ctx;
  const units = readingOrder(ctx);
  units.forEach((unit, i) => {
    const neighbour = (other?: Unit) => (other ? { title: other.title, href: link(unit.path, other.path), label: other.article ? undefined : other.title } : undefined);
    const date = unit.article?.date ?? issue.date;
    const page = ctx.pageOf(unit.article?.anchor ?? unit.section.anchor);
    const common = {
      bodyClass: 'article-page',
      scripts: ['reader.js'],
      issueHref: link(unit.path, ctx.routes.issue),
      issueLine: issue.issueLine,
      sectionTitle: unit.section.title,
      date,
      dateText: formatChineseDate(date),
      printedPage: page ? { number: page, href: ctx.pagesLink(unit.path, page) } : undefined,
      prev: neighbour(units[i - 1]),
      next: neighbour(units[i + 1]),
      printUrl: ctx.canonical(unit.path),
    };
    if (unit.article) {
      const article = unit.article;
      // A photo page has no text: its captions say what it shows.
      const description = leadOf(article.webHtml) || article.figures.map((f) => f.caption).filter(Boolean).join('；') || article.title;
      ctx.page(unit.path, 'article', {
        ...common,
        pageTitle: ctx.pageTitle(article.title),
        description,
        share: ctx.share(unit.path, { title: article.title, description, type: 'article', image: ctx.articleImage(article), published: date, section: unit.section.title }),
        title: article.title,
        subtitle: article.subtitle,
        html: responsiveHtml(article.webHtml, { images: ctx.images.byUrl, prefix: issueBaseOf(unit.path) }),
        isPhotos: article.layout === 'photos',
        byline: article.authors.length ? `撰文：${article.authors.join(' ')}` : undefined,
        sourceText: article.sources.join('、') || undefined,
        sourceLine: article.sources.length ? formatSources(article.sources) : undefined,
      });
    } else {
      const description = leadOf(unit.section.briefsHtml ?? '');
      ctx.page(unit.path, 'briefs', {
        ...common,
        pageTitle: ctx.pageTitle(unit.section.title),
        description,
        share: ctx.share(unit.path, { title: `${unit.section.title} - ${issue.issueLine}`, description, type: 'article', image: ctx.fallbackImage, published: date, section: unit.section.title }),
        briefsHtml: responsiveHtml(unit.section.briefsHtml ?? '', { images: ctx.images.byUrl, prefix: issueBaseOf(unit.path) }),
      });
    }
  });
}

