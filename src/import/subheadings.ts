/**
 * Which paragraphs are subheadings (`##`). Offices and 公众号 rarely use
 * heading tags: a subheading is a numbered line (一、… （一）…), a bold-only
 * line, or a short line without closing punctuation standing alone between
 * two paragraphs of text (plain text, or a bare <p>). Never a byline
 * (► 本报记者 …), a caption, an info line or a label (`时间：…`), and never
 * one of a run of short lines: a 公众号 breaks its sentences into such lines
 * (目前 / 南沙国际邮轮母港码头工程 / 已进入…), and a subheading stands alone.
 */
import type { Paragraph, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { wholeParenthetical } from '../markdown/parenthetical.ts';
import { bylineLine } from './bylines.ts';
import { isImageParagraph } from './figures.ts';
import { cjkCount } from './hast-text.ts';
import { captionCredit, DATA_SOURCE, headingShaped, isJunkLine, markedCaption, numberedHeading } from './line-rules.ts';

const text = (n: RootContent | undefined) => (n && (n.type === 'paragraph' || n.type === 'heading') ? toString(n).trim() : '');

function boldOnly(n: RootContent | undefined): boolean {
  if (n?.type !== 'paragraph') return false;
  const parts = n.children.filter((c) => !(c.type === 'text' && !c.value.trim()));
  return parts.length > 0 && parts.every((c) => c.type === 'strong');
}

/** A paragraph of running text: it ends as a sentence (or as a lead-in: `人民日报社：`). */
const sentence = (n: RootContent | undefined) => n?.type === 'paragraph' && !isImageParagraph(n) && /[。！？!?…：:][”’」』）)]*$|[”」』]$/.test(text(n));

/** What may sit above a subheading: the start of a section (text, a heading, a picture, a list or table). */
const opensBefore = (n: RootContent | undefined) => !!n && (sentence(n) || isImageParagraph(n) || n.type === 'heading' || n.type === 'list' || n.type === 'table');

/** The first block after `i` that is not a picture (a subheading may have a photo right under it). */
function nextText(blocks: RootContent[], i: number): RootContent | undefined {
  let j = i + 1;
  while (isImageParagraph(blocks[j])) j++;
  return blocks[j];
}

/** Never a subheading, whatever its shape: —— 陆游 is an attribution, the rest says what it is. */
function excluded(t: string): boolean {
  return !t || DATA_SOURCE.test(t) || /^[（(].*[）)]$|^——?/.test(t) || !!wholeParenthetical(t) || !!bylineLine(t) || !!captionCredit(t) || markedCaption(t) !== undefined || isJunkLine(t);
}

/** A heading-shaped bold line: one of at most two (a two-line subheading) over text that is not bold. */
function boldHeading(blocks: RootContent[], i: number): boolean {
  const run = (j: number) => boldOnly(blocks[j]) && headingShaped(text(blocks[j])) && !excluded(text(blocks[j]));
  const first = run(i - 1) ? i - 1 : i;
  let end = i;
  while (run(end + 1) && end + 1 - first < 2) end++;
  const next = nextText(blocks, end);
  return next?.type === 'paragraph' && !boldOnly(next) && !headingShaped(text(next));
}

/** `01` over `相关路段强制分流`: a section number a 公众号 sets on a line of its own. */
const SECTION_NUMBER = /^(?:0?\d{1,2}|[①-⑳]|[Pp]art\s*\d{1,2})$/;

export interface Subheading {
  text: string;
  /** How many blocks it is made of (2: a section number and its heading). */
  blocks: number;
}

/** The subheading that starts at `blocks[i]`, if it is one; `prev` is the block kept before it. */
export function subheadingAt(blocks: RootContent[], i: number, prev: RootContent | undefined): Subheading | undefined {
  const node = blocks[i] as Paragraph;
  const t = text(node);
  if (node.type !== 'paragraph' || isImageParagraph(node) || excluded(t)) return undefined;
  if (numberedHeading(t)) return { text: t, blocks: 1 };
  if (SECTION_NUMBER.test(t)) {
    const heading = text(blocks[i + 1]);
    const ok = blocks[i + 1]?.type === 'paragraph' && headingShaped(heading) && !excluded(heading) && opensBefore(prev) && !headingShaped(text(nextText(blocks, i + 1)));
    return ok ? { text: `${t} ${heading}`, blocks: 2 } : undefined;
  }
  if (!headingShaped(t)) return undefined;
  // Bold-only: the page said so; it still needs text of its own under it (a bold lead-in runs on in bold).
  if (boldOnly(node)) return boldHeading(blocks, i) ? { text: t, blocks: 1 } : undefined;
  // Plain: alone between two paragraphs of text, not a label (时间：…), a link, or a word or two of a broken sentence.
  // Under a picture it is more often the caption than a heading.
  const next = nextText(blocks, i);
  const plain = cjkCount(t) >= 3 && !/^[^：:]{1,6}[：:]/.test(t) && !node.children.some((c) => c.type === 'link');
  return plain && sentence(prev) && sentence(next) && cjkCount(text(next)) >= 15 ? { text: t, blocks: 1 } : undefined;
}
