/**
 * Half-width punctuation in Chinese text, as copying from some pages and
 * e-papers leaves it (`据长江日报消息:长江大桥…`, `海峡青年(福州)峰会`), made
 * full-width, the way the house style prints it and `yuebao check` wants it.
 * Only `, ; : ( ) ! ?` next to Chinese are changed: numbers (1,000, 10:30,
 * 3.5), addresses (https://…, a@b.cn) and Latin text (`Hello, world`) stay as
 * they are. Run over the Markdown's text nodes, alt texts and the front matter.
 */
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { ArticleMeta } from './types.ts';

/** Chinese characters, and the full-width punctuation they sit between. */
const WIDE = '\\u3400-\\u9fff\\uf900-\\ufaff\\u3000-\\u303f\\uff01-\\uff5e\\u2018-\\u201d\\u2026\\u2014';
const wide = new RegExp(`[${WIDE}]`);
const han = /[\u3400-\u9fff\uf900-\ufaff]/;

const FULL: Record<string, string> = { ',': '，', ';': '；', ':': '：', '!': '！', '?': '？', '(': '（', ')': '）' };

/** Addresses that keep their punctuation whatever is around them. */
const ADDRESS = /(?:https?:\/\/|ftp:\/\/|www\.)[^\s\u3400-\u9fff，。；、）”]+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;

/** `(福州)`, `(记者 苏榕蓉)`: a pair with Chinese inside or right outside becomes （…）. */
function parentheses(text: string): string {
  return text.replace(/\(([^()\n]*)\)/g, (pair, inner: string, at: number, all: string) => {
    const before = all[at - 1] ?? '';
    const after = all[at + pair.length] ?? '';
    return han.test(inner) || wide.test(before) || wide.test(after) ? `（${inner.trim()}）` : pair;
  });
}

/** One stretch of text without addresses. */
function fixStretch(text: string): string {
  const paired = parentheses(text);
  let out = '';
  for (let i = 0; i < paired.length; i++) {
    const c = paired[i];
    const full = FULL[c];
    if (!full) {
      out += c;
      continue;
    }
    const before = out.replace(/ +$/, '').slice(-1);
    let j = i + 1;
    while (paired[j] === ' ') j++;
    const after = paired[j] ?? '';
    // 1,000 · 10:30 · 5:3: between digits it is a number, whatever surrounds it.
    const number = /\d/.test(out.slice(-1)) && /\d/.test(paired[i + 1] ?? '') && ',:'.includes(c);
    // `!` and `?` close what comes before; the others join two pieces of Chinese text.
    const chinese = '!?'.includes(c) ? han.test(before) : wide.test(before) || (wide.test(after) && c !== ':') || (c === ':' && han.test(before));
    if (number || !chinese) {
      out += c;
      continue;
    }
    // The spaces around a half-width mark (`回来的, 和…`, `日期: 2012`) go with it: a full-width one has its own room.
    out = out.replace(/ +$/, '') + full;
    i = j - 1;
  }
  return out;
}

/** `text` with half-width punctuation next to Chinese made full-width; addresses untouched. */
export function fullWidthPunctuation(text: string): string {
  if (!/[,;:()!?]/.test(text) || !han.test(text)) return text;
  let out = '';
  let last = 0;
  for (const m of text.matchAll(ADDRESS)) {
    out += fixStretch(text.slice(last, m.index)) + m[0];
    last = m.index + m[0].length;
  }
  return out + fixStretch(text.slice(last));
}

/** Every text node (not code), picture caption and credit of the article. */
export function normaliseTreePunctuation(tree: Root): void {
  visit(tree, (node) => {
    if (node.type === 'text') node.value = fullWidthPunctuation(node.value);
    if (node.type === 'image') {
      node.alt = node.alt ? fullWidthPunctuation(node.alt) : node.alt;
      node.title = node.title ? fullWidthPunctuation(node.title) : node.title;
    }
  });
}

/** Title, subtitle, sources and authors as they will be printed. */
export function normaliseMetaPunctuation(meta: ArticleMeta): void {
  if (meta.title) meta.title = fullWidthPunctuation(meta.title);
  if (meta.subtitle) meta.subtitle = fullWidthPunctuation(meta.subtitle);
  meta.sources = meta.sources.map(fullWidthPunctuation);
  meta.authors = meta.authors.map(fullWidthPunctuation);
}
