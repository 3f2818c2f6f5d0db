/**
 * Where on a news page the article's body is (its title: page-title.ts).
 * Sites differ in every detail, so the container is scored, not looked up:
 * an <article> wins outright; otherwise the block with
 * the most Chinese text outside links (text counts fully for its nearest
 * container and half for the one around that, so a body split into many
 * <div>s still adds up in their common parent).
 */
import type { Element, Root, RootContent } from 'hast';
import { cjkCount, textOf } from './hast-text.ts';

const CONTAINERS = new Set(['body', 'div', 'section', 'td', 'main', 'article', 'center', 'font']);

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
