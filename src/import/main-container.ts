/**
 * Where on a news page the article is: the element holding its title, and
 * the container holding its body. Sites differ in every detail, so both are
 * scored, not looked up: an <article> wins outright; otherwise the block with
 * the most Chinese text outside links (text counts fully for its nearest
 * container and half for the one around that, so a body split into many
 * <div>s still adds up in their common parent).
 */
import type { Element, Root, RootContent } from 'hast';
import { cjkCount, cleanSpaces, textOf } from './hast-text.ts';

const CONTAINERS = new Set(['body', 'div', 'section', 'td', 'main', 'article', 'center', 'font']);
const TITLE_NAME = /(?:^|[-_])(?:title|biaoti|bt|tit|headline|art_?tit)(?:[-_]|\d|$)/i;

/** Comparable form of a title: letters and digits only. */
const squash = (s: string) => s.normalize('NFKC').replace(/[^\p{L}\p{N}]/gu, '');

interface Visited {
  node: Element;
  ancestors: Element[];
}

function elements(tree: Root): Visited[] {
  const out: Visited[] = [];
  const walk = (node: Root | RootContent, ancestors: Element[]) => {
    if (node.type !== 'element' && node.type !== 'root') return;
    const next = node.type === 'element' ? [...ancestors, node] : ancestors;
    if (node.type === 'element') out.push({ node, ancestors });
    for (const child of node.children) walk(child, next);
  };
  walk(tree, []);
  return out;
}

function classes(el: Element): string[] {
  const cls = el.properties.className;
  return [...(Array.isArray(cls) ? cls.map(String) : []), String(el.properties.id ?? '')];
}

/**
 * The title: an <h1>/<h2> or an element named like a title, scored by how well
 * it matches the page's <title> or its title <meta>, whether it sits in an
 * <article>, and against a logo (inside a link) or a too short text.
 */
export function findTitle(tree: Root, pageTitle: string | undefined, metaTitle: string | undefined): { element?: Element; text?: string } {
  const first = squash((pageTitle ?? '').split(/\s+[-_|–—]\s+|[_|｜]/)[0] ?? '');
  const meta = squash(metaTitle ?? '');
  let best: { element: Element; text: string; score: number } | undefined;
  for (const { node, ancestors } of elements(tree)) {
    const named = classes(node).some((c) => TITLE_NAME.test(c));
    if (!/^h[12]$/.test(node.tagName) && !named) continue;
    const text = cleanSpaces(textOf(node)).trim();
    const key = squash(text);
    if (key.length < 4 || [...text].length > 100) continue;
    let score = node.tagName === 'h1' ? 1 : 0;
    if (meta && key === meta) score += 5;
    if (first.length >= 4 && (first.includes(key) || key.includes(first))) score += 3;
    if (ancestors.some((a) => a.tagName === 'article' || a.tagName === 'main')) score += 2;
    if (named) score += 1;
    // A logo is a link; a list of titles is a list of other articles.
    if (ancestors.some((a) => a.tagName === 'a' || a.tagName === 'li') || node.children.some((c) => c.type === 'element' && c.tagName === 'a')) score -= 5;
    // A bare <h2> must match the page's title; an <h1>, or an element named "title", need less.
    if (score < (node.tagName === 'h1' || named ? 1 : 3) || /[。！？]$/.test(text)) continue;
    if (!best || score > best.score) best = { element: node, text, score };
  }
  if (best) return best;
  const fallback = metaTitle?.trim() || (pageTitle ?? '').split(/\s+[-_|–—]\s+|[_|｜]/)[0]?.trim();
  return { text: fallback || undefined };
}

/** Chinese text in `node` outside links, credited to its nearest containers. */
function score(tree: Root): Map<Element, number> {
  const scores = new Map<Element, number>();
  const walk = (node: Root | RootContent, chain: Element[]) => {
    if (node.type === 'text') {
      const count = cjkCount(node.value);
      const [near, outer] = [chain[chain.length - 1], chain[chain.length - 2]];
      if (count && near) scores.set(near, (scores.get(near) ?? 0) + count);
      if (count && outer) scores.set(outer, (scores.get(outer) ?? 0) + count / 2);
      return;
    }
    if (node.type !== 'element' && node.type !== 'root') return;
    if (node.type === 'element' && node.tagName === 'a') return;
    const next = node.type === 'element' && CONTAINERS.has(node.tagName) ? [...chain, node] : chain;
    for (const child of node.children) walk(child, next);
  };
  walk(tree, []);
  return scores;
}

/** The element holding the article's body; undefined for a page with no text at all. */
export function findMainContainer(tree: Root): Element | undefined {
  const all = elements(tree).map((v) => v.node);
  const text = (el: Element) => cjkCount(textOf(el));
  const articles = all.filter((el) => el.tagName === 'article' || String(el.properties.itemProp ?? '').includes('articleBody'));
  const article = articles.sort((a, b) => text(b) - text(a))[0];
  let best: Element | undefined;
  let bestScore = 0;
  for (const [el, value] of score(tree)) {
    if (value > bestScore) [best, bestScore] = [el, value];
  }
  // An <article> wins unless it is a teaser beside the real text (then it holds far less).
  if (article && text(article) >= 50 && (!best || text(article) >= 0.6 * text(best))) return article;
  return best ?? all.find((el) => el.tagName === 'body');
}
