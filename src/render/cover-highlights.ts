/**
 * 本期要目 for a cover without a photo (issue #11): every section's lead
 * articles, so the page shows what the issue holds instead of standing 75%
 * blank. A section leads with the articles its editor marked `featured`;
 * a section with none leads with its first article or two. The list stays
 * within about eight lines of the cover's 要目 block: each section gets its
 * first lead before any section gets a second, and a title too long for
 * one line counts as two.
 */
import type { Article, Issue, Section } from '../model/types.ts';

export interface CoverHighlight {
  /** The section's name, as in the 目录. */
  section: string;
  anchor: string;
  articles: Array<{ title: string; anchor: string }>;
}

/** Lines the 要目 block holds under the masthead block. */
export const HIGHLIGHT_LINES = 8;
/** Characters of a 要目 title that fit one line of the block (13pt Hei in about 130 mm). */
const CHARS_PER_LINE = 28;
/** A section without featured articles leads with at most this many. */
const UNFEATURED_LEADS = 2;

export function coverHighlights(issue: Issue, maxLines = HIGHLIGHT_LINES): CoverHighlight[] {
  const sections = issue.sections.filter((s) => s.articles.length > 0);
  const candidates = sections.map(leadCandidates);
  const picked = sections.map(() => [] as Article[]);
  let lines = 0;
  // Round by round: the first lead of every section, then the second of every section, …
  for (let round = 0; candidates.some((c) => c.length > round); round++) {
    for (const [index, list] of candidates.entries()) {
      const article = list[round];
      if (!article) continue;
      const cost = linesOf(article.tocTitle);
      if (lines + cost > maxLines) continue; // a shorter title further on may still fit
      picked[index].push(article);
      lines += cost;
    }
  }
  return sections
    .map((section, index) => ({
      section: section.title,
      anchor: section.anchor,
      articles: picked[index].map((a) => ({ title: a.tocTitle, anchor: a.anchor })),
    }))
    .filter((h) => h.articles.length > 0);
}

/** A section's possible leads, best first: its featured articles, else its first one or two (photo pages last). */
function leadCandidates(section: Section): Article[] {
  const featured = section.articles.filter((a) => a.featured);
  if (featured.length) return featured;
  const text = section.articles.filter((a) => a.layout !== 'photos');
  return (text.length ? text : section.articles).slice(0, UNFEATURED_LEADS);
}

function linesOf(title: string): number {
  return Math.max(1, Math.ceil([...title].length / CHARS_PER_LINE));
}
