/**
 * "Never drop body text": after everything else, every paragraph-length run
 * of the clipping's body text must be found in the Markdown written, or in
 * what was taken out on purpose (the title, info lines, furniture). Compared
 * on letters and digits only, so Markdown syntax, moved punctuation and a
 * caption split into alt text and credit do not count as a loss.
 */
import type { TextLine } from './hast-text.ts';

/** Runs shorter than this (in letters and digits) are not checked: 首页, 打印, a lone date. */
const MIN_RUN = 10;

/**
 * Letters and digits, without the words of a photo credit, which the caption
 * rules rewrite (图/连州市融媒体中心 → 连州市融媒体中心 供图, 记者 李明 摄 → 李明 摄):
 * taken out of both sides alike, they hide no loss.
 */
const squash = (s: string) => s.normalize('NFKC').replace(/[^\p{L}\p{N}]|摄影|供图|图片|记者|通讯员|[摄图]/gu, '');

/** &#x20; and the like, which Markdown writers use for characters that would be syntax. */
function decodeCharRefs(markdown: string): string {
  return markdown.replace(/&#(x[0-9a-f]{1,6}|\d{1,7});/gi, (ref, code: string) => {
    const point = code[0] === 'x' || code[0] === 'X' ? parseInt(code.slice(1), 16) : Number(code);
    return point <= 0x10ffff ? String.fromCodePoint(point) : ref;
  });
}

/** The lines of `before` whose text is neither in `markdown` nor among `removed`. */
export function lostText(before: TextLine[], markdown: string, removed: string[]): TextLine[] {
  // Without link and picture destinations: a URL between a caption and its credit is not text.
  const haystack = squash(decodeCharRefs(markdown).replace(/\]\((?:<[^>]*>|[^\s)]+)/g, ']('));
  const taken = removed.map(squash).filter((r) => r.length >= 2).sort((a, b) => b.length - a.length);
  return before.filter((line) => {
    const run = squash(line.text);
    if (run.length < MIN_RUN || haystack.includes(run)) return false;
    let pieces = [run];
    for (const r of taken) pieces = pieces.flatMap((p) => p.split(r));
    return pieces.some((p) => p.length >= 4 && !haystack.includes(p));
  });
}
