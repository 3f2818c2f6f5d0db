/**
 * The data the print templates see: the Issue model with what the pages show
 * worked out (dates in Chinese, the 目录 entries, bylines), so templates stay
 * free of logic.
 */
import type { Article, Issue } from '../model/types.ts';
import { formatChineseDate } from '../model/issue-line.ts';
import { coverHighlights } from './cover-highlights.ts';

export interface TocEntry {
  title: string;
  /** The anchor the entry links to; the printer fills in its page number. */
  anchor: string;
}

export interface TocSection extends TocEntry {
  articles: TocEntry[];
  /** A section without articles (简讯) shows its own page number. */
  numbered: boolean;
}

export function tableOfContents(issue: Issue): TocSection[] {
  return issue.sections.map((section) => ({
    title: section.title,
    anchor: section.anchor,
    numbered: section.articles.length === 0,
    articles: section.articles.map((a) => ({ title: a.tocTitle, anchor: a.anchor })),
  }));
}

/**
 * How tightly the 目录 is set so that it stays on one page (02), as in the
 * reference: counted in lines — an entry of more than ~34 characters wraps —
 * with a section heading worth about 1.6 lines.
 */
export function tocDensity(toc: TocSection[]): 'normal' | 'dense' | 'denser' {
  const lines = toc.reduce((sum, s) => sum + 1.6 + s.articles.reduce((n, a) => n + Math.ceil([...a.title].length / 34), 0), 0);
  return lines <= 30 ? 'normal' : lines <= 40 ? 'dense' : 'denser';
}

/**
 * The masthead is set at 42pt, smaller when a long title would not fit the 174 mm cover width on one line.
 * A cover without a photo gives the masthead block more room: up to 54pt across 182 mm (spaced 0.06 em).
 */
export function mastheadSize(title: string, { max = 42, width = 470, spacing = 1.08 } = {}): string {
  const ems = [...title].reduce((n, ch) => n + (/[\u0000-\u00ff]/.test(ch) ? 0.55 : 1), 0) * spacing;
  return `${Math.min(max, Math.floor(width / Math.max(ems, 1)))}pt`;
}
const PLAIN_MASTHEAD = { max: 54, width: 500, spacing: 1.06 };

export function printView(issue: Issue) {
  const toc = tableOfContents(issue);
  const { publication } = issue;
  const highlights = issue.cover ? [] : coverHighlights(issue);
  return {
    lang: publication.language,
    masthead: publication.title,
    mastheadSize: mastheadSize(publication.title),
    plainMastheadSize: mastheadSize(publication.title, PLAIN_MASTHEAD),
    mastheadSubtitle: publication.subtitle,
    issueTitle: issue.title,
    issueLine: issue.issueLine,
    periodLabel: issue.periodLabel,
    dateText: formatChineseDate(issue.date),
    cover: issue.cover,
    featured: issue.featured.map((a) => ({ title: a.tocTitle, anchor: a.anchor })),
    /** 本期要目 of a cover without a photo; a short one is set larger, to fill its page. */
    coverHighlights: highlights,
    coverHighlightsRoomy: highlights.reduce((n, h) => n + h.articles.length, 0) <= 5,
    colophon: {
      sponsor: publication.sponsor,
      editor: publication.editor,
      address: publication.address,
      phone: publication.phone,
      email: publication.email,
      license: publication.license,
    },
    forewordHtml: issue.forewordHtml,
    toc,
    tocDensity: tocDensity(toc),
    sections: issue.sections.map((section) => ({
      ...section,
      articles: section.articles.map(articleView),
    })),
  };
}

function articleView(article: Article) {
  return {
    ...article,
    isPhotos: article.layout === 'photos',
    byline: article.authors.length ? `撰文：${article.authors.join(' ')}` : undefined,
  };
}
