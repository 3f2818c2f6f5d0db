/**
 * Text of hast trees, the way a reader sees it: in lines, one per block
 * element or <br>, with where each starts in the source. Used to find info
 * lines around the article and by the safety check. Also the whitespace
 * clean-up that copying from web pages needs.
 */
import type { Element, ElementContent, Root, RootContent, Text } from 'hast';
import { visit } from 'unist-util-visit';

/** Elements that start a new line of text. */
export const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'center', 'dd', 'details', 'dialog', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'html', 'li',
  'main', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul',
]);

/** Inline elements that pages use as separate fields of one line. */
const GAP = new Set(['span', 'label', 'font', 'em', 'i', 'a', 'time', 'small', 'cite']);

export interface TextLine {
  text: string;
  line: number;
  column: number;
  /** Offset in the source, -1 when unknown. */
  offset: number;
}

/** The lines of text under `node`, trimmed, empty ones left out. */
export function textLines(node: Root | Element): TextLine[] {
  const lines: TextLine[] = [];
  let current = '';
  let start: { line: number; column: number; offset?: number } | undefined;
  const flush = () => {
    const text = current.replace(/\s+/g, ' ').trim();
    if (text) lines.push({ text, line: start?.line ?? 1, column: start?.column ?? 1, offset: start?.offset ?? -1 });
    current = '';
    start = undefined;
  };
  const walk = (n: Root | RootContent) => {
    if (n.type === 'text') {
      if (!current.trim() && n.value.trim()) start = n.position?.start;
      current += n.value;
    } else if (n.type === 'element') {
      if (n.tagName === 'br') return flush();
      if (['script', 'style', 'template', 'noscript'].includes(n.tagName)) return;
      const block = BLOCK.has(n.tagName);
      // `作者：<span>黄津</span><span>来源：清远日报</span>`: pages set such fields apart with CSS, not spaces.
      const gap = GAP.has(n.tagName) ? ' ' : '';
      if (block) flush();
      current += gap;
      for (const child of n.children) walk(child);
      current += gap;
      if (block) flush();
    } else if (n.type === 'root') {
      for (const child of n.children) walk(child);
    }
  };
  walk(node);
  flush();
  return lines;
}

/** All text under a node, as one string. */
export function textOf(node: Root | RootContent | ElementContent): string {
  if (node.type === 'text') return node.value;
  if (node.type === 'element' || node.type === 'root') return node.children.map(textOf).join('');
  return '';
}

const CJK_CHAR = /[\u3400-\u9fff\uf900-\ufaff]/g;
export function cjkCount(text: string): number {
  return text.match(CJK_CHAR)?.length ?? 0;
}

const HAN = '\\u3400-\\u9fff\\uf900-\\ufaff';
const CJK_PUNCT = '\\u3000-\\u303f\\uff00-\\uffef\\u2018-\\u201d\\u2026\\u2014';
const SOFT_WRAP = new RegExp(`(?<=[${HAN}${CJK_PUNCT}])[ \\t]*\\n\\s*(?=[${HAN}${CJK_PUNCT}])`, 'g');
const DIGIT_CJK = new RegExp(`(?<=\\d) +(?=[${HAN}])|(?<=[${HAN}]) +(?=\\d)`, 'g');

/**
 * Whitespace as copying leaves it: non-breaking and full-width spaces (the
 * 　　 paragraph indent), zero-width characters, a line break inside Chinese
 * text (a soft wrap in the page source, not a space), `2 月 18 日`.
 * Punctuation is the editor's business: left as it is.
 */
export function cleanSpaces(text: string): string {
  return text
    .replace(/[\u200b-\u200d\u2060\ufeff]/g, '')
    .replace(SOFT_WRAP, '')
    .replace(/[\u00a0\u2000-\u200a\u202f\u205f\u3000]/g, ' ')
    .replace(/[ \t\r\n\f]+/g, ' ')
    .replace(DIGIT_CJK, '');
}

const WIDE = new RegExp(`[${HAN}${CJK_PUNCT}]`);

/** cleanSpaces on every text node (not inside <pre>); a soft wrap between two elements of Chinese text goes too. */
export function cleanTreeSpaces(tree: Root): void {
  visit(tree, (node, index, parent) => {
    if (node.type === 'element' && node.tagName === 'pre') return 'skip';
    if (node.type !== 'text' || !parent || index === undefined) return undefined;
    const text = node as Text;
    if (/^\s*\n\s*$/.test(text.value)) {
      const before = textOf(parent.children[index - 1] ?? text).slice(-1);
      const after = textOf(parent.children[index + 1] ?? text).charAt(0);
      if (WIDE.test(before) && WIDE.test(after)) text.value = '';
    }
    text.value = cleanSpaces(text.value);
    return undefined;
  });
}
