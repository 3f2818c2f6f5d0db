/**
 * The article's title on a web page, and the subtitle right under it. Sites
 * put the title in any heading (<h1> … <h5>) or in an element named like a
 * title, and name breadcrumbs and sidebar boxes the same way: so candidates
 * are scored, by how well they match the page's <title>, where they sit, and
 * whether the article's text follows them. A wrong title loses the real one
 * silently, so breadcrumbs, logos and 推荐阅读-like box headings are marked down.
 */
import type { Element, Root, RootContent } from 'hast';
import { hidden } from './html-junk.ts';
import { cjkCount, cleanSpaces, textLines, textOf, type TextLine } from './hast-text.ts';
import { captionCredit, isJunkLine, numberedHeading } from './line-rules.ts';
import { findDate, infoLine } from './metadata.ts';

const TITLE_NAME = /(?:^|[-_])(?:title|biaoti|bt|tit|headline|art_?tit)(?:[-_]|\d|$)/i;
const SUBTITLE_NAME = /(?:^|[-_])(?:sub-?title|subhead|fbt|fu-?bt|fu-?title)(?:[-_]|\d|$)/i;
/** `首页 - 新闻动态`, `当前位置：首页 > 要闻`: where the page is, not what the article is called. */
const BREADCRUMB = /^(?:首页|主页|网站首页|当前位置|您的位置|您当前的位置|所在位置)\s*[-－—>＞»›/|：:]|[>＞»›]\s*[^>＞»›]+[>＞»›]/;
/** Lines after a heading within which the article's first paragraph must start, for the heading to be over the body. */
const NEAR = 6;

/** Comparable form of a title: letters and digits only. */
const squash = (s: string) => s.normalize('NFKC').replace(/[^\p{L}\p{N}]/gu, '');

/**
 * The page's <title> without the site's name: `标题 - 某某网`, `标题_新华网`,
 * `标题--当代商报`, and a short tail after a lone hyphen (`监察法-纪检`).
 */
export function pageTitleName(title: string | undefined): string {
  let t = (title ?? '').trim().split(/\s+[-_|–—]\s+|[_|｜]|-{2,}/)[0]?.trim() ?? '';
  for (let i = 0; i < 2; i++) t = /^(.{4,}?)\s*[-－]\s*[\u3400-\u9fff]{2,6}$/.exec(t)?.[1] ?? t;
  return t;
}

interface Candidate {
  node: Element;
  ancestors: Element[];
  /** 1 for <h1> … 6 for <h6>; 7 for an element only named like a title. */
  rank: number;
}

function candidates(tree: Root): Candidate[] {
  const out: Candidate[] = [];
  const walk = (node: Root | RootContent, ancestors: Element[]) => {
    if (node.type !== 'element' && node.type !== 'root') return;
    if (node.type === 'element') {
      const heading = /^h([1-6])$/.exec(node.tagName);
      // A box named "title" around the <h1> and the info line: the heading in it is the title.
      const named = !heading && classes(node).some((c) => TITLE_NAME.test(c)) && !holdsHeading(node);
      if (heading || named) out.push({ node, ancestors, rank: heading ? Number(heading[1]) : 7 });
    }
    const next = node.type === 'element' ? [...ancestors, node] : ancestors;
    for (const child of node.children) walk(child, next);
  };
  walk(tree, []);
  return out;
}

function holdsHeading(el: Element): boolean {
  return el.children.some((c) => c.type === 'element' && ((/^h[1-6]$/.test(c.tagName) && textOf(c).trim() !== '') || holdsHeading(c)));
}

function classes(el: Element): string[] {
  const cls = el.properties.className;
  return [...(Array.isArray(cls) ? cls.map(String) : []), String(el.properties.id ?? '')];
}

/** The article's first paragraph follows within a few lines, before another heading of the same rank or higher. */
function overBody(c: Candidate, all: Candidate[], lines: TextLine[]): boolean {
  const end = c.node.position?.end.offset;
  if (end === undefined) return false;
  const stop = Math.min(...all.filter((o) => o.rank <= c.rank && (o.node.position?.start.offset ?? -1) >= end).map((o) => o.node.position?.start.offset ?? Infinity));
  return lines.filter((l) => l.offset >= end && l.offset < stop).slice(0, NEAR).some((l) => cjkCount(l.text) >= 40);
}

/** A paragraph-sized text among the elements before `c` in its parent. */
function afterText(c: Candidate): boolean {
  const siblings = c.ancestors[c.ancestors.length - 1]?.children ?? [];
  return siblings.slice(0, siblings.indexOf(c.node)).some((s) => cjkCount(textOf(s)) >= 40);
}

/**
 * The title: a heading or an element named like a title, scored by how well
 * it matches the page's <title> or its title <meta>, whether it sits in an
 * <article> and heads the body's text, and against a logo (inside a link),
 * a breadcrumb, a box of the page's furniture or a too short text.
 */
export function findTitle(tree: Root, pageTitle: string | undefined, metaTitle: string | undefined): { element?: Element; text?: string } {
  const first = squash(pageTitleName(pageTitle));
  const meta = squash(metaTitle ?? '');
  const all = candidates(tree);
  const lines = textLines(tree);
  let best: { element: Element; text: string; score: number } | undefined;
  for (const c of all) {
    const { node, ancestors, rank } = c;
    const text = cleanSpaces(textOf(node)).trim();
    const key = squash(text);
    // A lead paragraph (。) or a photo caption is never the title.
    if (key.length < 4 || [...text].length > 100 || /。$/.test(text) || captionCredit(text) || /^(?:图为|▲)/.test(text) || isJunkLine(text) || [node, ...ancestors].some(hidden)) continue;
    const named = rank === 7 || classes(node).some((cl) => TITLE_NAME.test(cl));
    let score = rank === 1 ? 1 : 0;
    if (meta && key === meta) score += 5;
    if (first.length >= 4 && (first.includes(key) || key.includes(first))) score += 3;
    if (ancestors.some((a) => a.tagName === 'article' || a.tagName === 'main')) score += 2;
    if (named) score += 1;
    // Pages whose <title> is only the column's name: the heading over the text is the article's,
    // unless text comes before it too (then it is a subheading of that text).
    if (overBody(c, all, lines) && !afterText(c)) score += 3;
    // A logo is a link; a list of titles is a list of other articles.
    if (ancestors.some((a) => a.tagName === 'a' || a.tagName === 'li') || node.children.some((ch) => ch.type === 'element' && ch.tagName === 'a')) score -= 5;
    if (BREADCRUMB.test(text)) score -= 5;
    // A bare heading below <h1> must match the page's title or head the text; an <h1>, or an element named "title", need less.
    if (score < (rank === 1 || named ? 1 : 3)) continue;
    if (!best || score > best.score) best = { element: node, text, score };
  }
  if (best) return best;
  const fallback = metaTitle?.trim() || pageTitleName(pageTitle);
  return { text: fallback || undefined };
}

/**
 * The first element beside the title (`after` it, or before it going up) that
 * has text, with its text and whether it is a heading smaller than the title.
 * Empty elements (a CMS's unused 引题 or 副题 slot) are skipped; text in
 * between means nothing is set beside the title.
 */
function besideTitle(tree: Root, title: Element, after: boolean): { node: Element; text: string; smaller: boolean } | undefined {
  const parent = parentOf(tree, title);
  if (!parent) return undefined;
  const at = parent.children.indexOf(title);
  const nodes = after ? parent.children.slice(at + 1) : parent.children.slice(0, at).reverse();
  const level = Number(/^h([1-6])$/.exec(title.tagName)?.[1] ?? 0);
  for (const node of nodes) {
    if (node.type !== 'element') {
      if (node.type === 'text' && node.value.trim()) return undefined;
      continue;
    }
    const text = cleanSpaces(textOf(node)).trim();
    const heading = /^h([2-6])$/.exec(node.tagName);
    if (text) return { node, text, smaller: !!heading && Number(heading[1]) > level };
  }
  return undefined;
}

/** Not a title line: an info line, a date, furniture. */
const notHeadline = (text: string) => !!findDate(text) || !!infoLine(text) || isJunkLine(text);

/**
 * The subtitle (副题) set as a smaller heading right under the title, or in an
 * element named like one: `<h2>标题</h2><h3>副题</h3>`. An info line is not a subtitle.
 */
export function findSubtitle(tree: Root, title: Element): Element | undefined {
  const found = besideTitle(tree, title, true);
  if (!found) return undefined;
  const { node, text, smaller } = found;
  const fits = smaller || classes(node).some((c) => SUBTITLE_NAME.test(c));
  return fits && [...text].length <= 60 && !/。$/.test(text) && !notHeadline(text) && !numberedHeading(text) ? node : undefined;
}

const KICKER_NAME = /(?:^|[-_])(?:pre|pre-?title|yt|yinti|kicker|intro-?title|top-?title|lead-?title)(?:[-_]|\d|$)/i;

/** The kicker (引题) set right over the title: a smaller heading, or an element named like one (`<h3 class="pre">`). */
export function findKicker(tree: Root, title: Element): Element | undefined {
  const found = besideTitle(tree, title, false);
  if (!found) return undefined;
  const { node, text, smaller } = found;
  // A bare heading over the title must be long enough not to be the column's name (<h3>县区动态</h3>).
  const fits = (smaller && [...text].length >= 8) || classes(node).some((c) => KICKER_NAME.test(c));
  return fits && [...text].length <= 40 && !/[。：:]$/.test(text) && !notHeadline(text) && !BREADCRUMB.test(text) ? node : undefined;
}

/** The 公众号 that published a WeChat article (`#js_name`, the profile's nickname). */
export function wechatAccount(tree: Root): string | undefined {
  let name: string | undefined;
  const walk = (node: Root | Element) => {
    for (const child of node.children) {
      if (name || child.type !== 'element') continue;
      if (child.properties.id === 'js_name' || classes(child).includes('profile_nickname')) name = cleanSpaces(textOf(child)).trim() || undefined;
      else walk(child);
    }
  };
  walk(tree);
  return name;
}

function parentOf(root: Root | Element, target: Element): Root | Element | undefined {
  if (root.children.includes(target)) return root;
  for (const child of root.children) {
    const found = child.type === 'element' ? parentOf(child, target) : undefined;
    if (found) return found;
  }
  return undefined;
}
