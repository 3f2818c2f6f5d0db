/**
 * What the import steps hand each other. A clipping, whatever its format,
 * becomes a hast tree of its article body plus whatever metadata its format
 * gave away outright (HTML <meta>, YAML front matter); everything else is
 * found in the body's lines later, by one shared set of rules.
 */
import type { Root } from 'hast';
import type { TextLine } from './hast-text.ts';

/** The front matter keys we may write (CONTENT-FORMAT.md, article files). */
export interface ArticleMeta {
  title?: string;
  subtitle?: string;
  sources: string[];
  authors: string[];
  date?: string;
}

/** What shaping an article's body (shape-body.ts, body-bylines.ts) learns and takes out on the way. */
export interface ShapeContext {
  meta: ArticleMeta;
  /** Text taken out on purpose (for the safety check). */
  removed: string[];
  looseSubheadings: boolean;
  /** The pager of an article split over several pages (【1】【2】…): only this page is imported. */
  pager?: string;
}

export function emptyMeta(): ArticleMeta {
  return { sources: [], authors: [] };
}

/** Names compared as a reader would: `人民网－文化频道` and `人民网-文化频道` are one source. */
const same = (a: string, b: string) => a.normalize('NFKC').replace(/\s+/g, '') === b.normalize('NFKC').replace(/\s+/g, '');

/** Fills the gaps of `into` from `from` (the first finder of a value wins; sources and authors add up). */
export function mergeMeta(into: ArticleMeta, from: Partial<ArticleMeta>): ArticleMeta {
  into.title ??= from.title;
  into.subtitle ??= from.subtitle;
  into.date ??= from.date;
  for (const s of from.sources ?? []) if (!into.sources.some((t) => same(s, t))) into.sources.push(s);
  for (const a of from.authors ?? []) if (!into.authors.some((t) => same(a, t))) into.authors.push(a);
  return into;
}

/** A clipping turned into an article body (hast) and the metadata found so far. */
export interface ParsedClipping {
  body: Root;
  meta: ArticleMeta;
  /**
   * Text that was taken out of the body on purpose (title, info lines, footer
   * junk, …): the safety check does not miss it. Each with why, for debugging.
   */
  removed: string[];
  /** Line of the clipping on which `body`'s positions start (front matter before it), 0-based. */
  lineOffset: number;
  /** Whether short unpunctuated lines may be subheadings (plain text has no other way to mark them). */
  looseSubheadings: boolean;
  /** The page's address, when a saved page tells it: site-relative pictures resolve against it. */
  pageUrl?: string;
  /** Long runs of text outside the chosen container (a web page's): checked too, in case the choice was too narrow. */
  outside?: TextLine[];
  /** Metadata found after the body (a web page's footer): fills only what the body's own lines leave open. */
  lateMeta?: Partial<ArticleMeta>;
}

/**
 * A clipping that cannot become an article, thrown by the steps that find out
 * (which have no file at hand); importClippings records it on the clipping's
 * vfile as an error on `line`, and nothing is written. Warnings are not
 * thrown: the steps record them on that vfile as they go.
 */
export class ClippingError extends Error {
  constructor(
    message: string,
    readonly ruleId: string,
    readonly line = 1,
  ) {
    super(message);
  }
}
