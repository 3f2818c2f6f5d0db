/**
 * Marks a Word document, in mammoth's `transformDocument` hook, with what
 * its formatting says: the head leaves the body (head.ts); the paragraph
 * under a picture becomes the picture's caption; a short bold or 黑体
 * paragraph (`一、……`, `（一）……`) gets a style of ours that the style map
 * turns into a subheading; 黑体 words inside a paragraph (a run-in
 * `一是……`) become bold. Numbers stay as the author wrote them.
 */
import { bylineLine } from '../bylines.ts';
import { captionCredit, headingShaped, numberedHeading } from '../line-rules.ts';
import { dateOnly, sourceLine } from '../metadata.ts';
import { descendants, isParagraph, picturesOf, runsOf, textOf, type DocElement } from './document-model.ts';
import { findHead, type Head } from './head.ts';
import { inHeadingFace, lookOf, mostText, runLook, type Look } from './looks.ts';
import type { StyleSheet } from './styles.ts';

/** The paragraph style we give subheadings; the style map makes it <h2>. */
export const SUBHEADING_STYLE = 'yuebao-subheading';

/** Words that open a caption whatever its look: 图为…, ▲…, 上图：…. */
const CAPTION_START = /^(?:图为|图\s*\d*\s*[：:]|[上下左右]图\s*[：:为]|[▲△↑]|图\s*\d+\s)/;

const length = (text: string) => [...text].length;
/** `一、强化组织领导。` is numbered like a subheading even with its full stop. */
const numbered = (text: string) => numberedHeading(text.replace(/[。；]$/, ''));

/** The paragraph right under a picture is its caption when it reads or looks like one. */
function captionLike(l: Look, body: number | undefined): boolean {
  if (!l.text || length(l.text) > 100 || l.pictures || numbered(l.text)) return false;
  if (captionCredit(l.text) || CAPTION_START.test(l.text) || /caption|题注/.test(l.style)) return true;
  // A 黑体 line under a picture is the next subheading, not a caption.
  if (l.headingFace) return false;
  return l.centred || l.kai || (body !== undefined && l.size !== undefined && l.size < body);
}

/**
 * A subheading: short, all bold or in a heading face (or 楷体 and numbered, as
 * GB/T 9704's second level), and not a byline, caption or source. A face
 * counts only when the body is set in another (some offices write all in 微软雅黑).
 */
function subheading(l: Look, bodyFont: string | undefined): boolean {
  const t = l.text;
  if (!t || length(t) > 40 || l.pictures || l.right || /\n/.test(t)) return false;
  // （完）, （来源：…）, a table's or a figure's title: never subheadings.
  if (bylineLine(t) || sourceLine(t) || captionCredit(t) || dateOnly(t) || /^[表图]\s*\d|^[（(][^（）()]*[）)]$/.test(t)) return false;
  if (!(l.bold || (l.font !== bodyFont && (l.headingFace || (l.kai && numbered(t)))))) return false;
  return headingShaped(t, 40) || numbered(t);
}

/** A table that holds pictures lays out photos and captions: its paragraphs, in reading order. */
function unwrapPictureTables(blocks: DocElement[]): DocElement[] {
  return blocks.flatMap((el) => (el.type === 'table' && picturesOf(el).length ? descendants(el).filter(isParagraph) : [el]));
}

/**
 * A picture floating beside a paragraph of text is anchored in it: it gets a
 * paragraph of its own after the text (where its caption, if any, follows),
 * so that it prints as a figure and not inside a sentence.
 */
function pictureOutOfText(blocks: DocElement[]): DocElement[] {
  return blocks.flatMap((el) => {
    if (!isParagraph(el) || !picturesOf(el).length || length(textOf(el).trim()) <= 100) return [el];
    const holds = (c: DocElement) => picturesOf(c).length > 0;
    return [{ ...el, children: (el.children ?? []).filter((c) => !holds(c)) }, { ...el, alignment: 'center', children: (el.children ?? []).filter(holds) }];
  });
}

/** The next block with text or a picture after `i`, passing empty paragraphs. */
function nextFilled(looks: (Look | undefined)[], blocks: DocElement[], i: number): number | undefined {
  for (let j = i + 1; j < blocks.length; j++) {
    if (!isParagraph(blocks[j])) return undefined;
    if (looks[j]?.text || looks[j]?.pictures) return j;
  }
  return undefined;
}

/** Caption into the picture's alt text (shape-body splits the credit off later); true when the paragraph under it was used. */
function caption(paragraph: DocElement, l: Look, under: Look | undefined, body: number | undefined): boolean {
  const pictures = picturesOf(paragraph);
  const last = pictures[pictures.length - 1];
  // Picture and caption in one paragraph, apart by a line break: the words become the caption.
  if (l.text && length(l.text) <= 100) {
    last.altText = l.text.replace(/\s*\n\s*/g, ' ');
    paragraph.children = (paragraph.children ?? []).filter((c) => picturesOf(c).length || !textOf(c).trim());
    return false;
  }
  if (!under || !captionLike(under, body)) return false;
  last.altText = under.text.replace(/\s*\n\s*/g, ' ');
  return true;
}

/** Marks `document` in place; returns its head (title, subtitle, masthead date). */
export function markDocument(document: DocElement, styles: StyleSheet): Head {
  const blocks = pictureOutOfText(unwrapPictureTables(document.children ?? []));
  const looks = blocks.map((b) => (isParagraph(b) ? lookOf(b, styles) : undefined));
  const worded = looks.filter((l): l is Look => !!l);
  const [body, bodyFont] = [mostText(worded, 'size'), mostText(worded, 'font')];
  const head = findHead(looks, body);
  const gone = new Set(head.used);
  for (const [i, block] of blocks.entries()) {
    const l = looks[i];
    if (!l || gone.has(i)) continue;
    if (l.pictures) {
      const j = nextFilled(looks, blocks, i);
      if (caption(block, l, j === undefined ? undefined : looks[j], body) && j !== undefined) gone.add(j);
    } else if (subheading(l, bodyFont)) {
      block.styleName = SUBHEADING_STYLE;
    } else if (!l.headingFace) {
      // A 黑体 run-in head (`一是……。`) is bold in print; a paragraph all in 黑体 (a table's title) keeps its look.
      const base = styles.paragraph(block.styleId);
      for (const run of runsOf(block)) if (textOf(run).trim() && inHeadingFace(runLook(run, base, styles))) run.isBold = true;
    }
  }
  document.children = blocks.filter((_, i) => !gone.has(i));
  return head;
}
