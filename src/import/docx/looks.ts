/**
 * How a paragraph looks on the page, which is what an office's Word file
 * says about its structure: offices rarely use heading styles, they make a
 * title big, centred and bold, and a subheading 黑体. A run's own formatting
 * wins over its character style, which wins over its paragraph style (and
 * the document's defaults under that: styles.ts).
 */
import { runsOf, picturesOf, textOf, type DocElement } from './document-model.ts';
import type { StyleSheet, TextLook } from './styles.ts';

/** Faces Chinese documents set headings in: 黑体 and its kin, 小标宋 and 中宋 for titles. */
const HEADING_FACE = /黑体|SimHei|\bHei\b|雅黑|YaHei|小标宋|标宋|中宋|思源黑|Source Han Sans|Noto Sans (?:CJK|SC)/i;
/** 楷体: second-level subheads in government style (GB/T 9704), but captions and quotes too. */
const KAI_FACE = /楷|KaiTi|\bKai\b/i;

export interface Look {
  /** Trimmed; line breaks as \n. */
  text: string;
  /** The largest size of its words, in points (undefined when nothing says). */
  size?: number;
  /** Every run with words is bold. */
  bold: boolean;
  /** The (Chinese) font of its first words. */
  font?: string;
  /** Every run with words is set in a heading face (黑体, 小标宋 …). */
  headingFace: boolean;
  /** Every run with words is set in 楷体. */
  kai: boolean;
  centred: boolean;
  /** Right-aligned: a signature or a date under a notice. */
  right: boolean;
  pictures: number;
  /** The paragraph style's name, lower case (`heading 1`, `title`, `caption`, or '' for Normal). */
  style: string;
}

/** A run's look: its own formatting over its character style's over the paragraph's. */
export function runLook(run: DocElement, paragraph: TextLook, styles: StyleSheet): TextLook {
  const own = styles.character(run.styleId);
  return {
    size: run.fontSize ?? own.size ?? paragraph.size,
    // mammoth says false both for "not bold" and "not said": bold inherited is bold.
    bold: run.isBold || (own.bold ?? paragraph.bold ?? false),
    font: run.font ?? own.font ?? paragraph.font,
  };
}

export const inHeadingFace = (look: TextLook) => HEADING_FACE.test(look.font ?? '');

export function lookOf(paragraph: DocElement, styles: StyleSheet): Look {
  const base = styles.paragraph(paragraph.styleId);
  const worded = runsOf(paragraph)
    .filter((run) => textOf(run).trim())
    .map((run) => runLook(run, base, styles));
  const all = (test: (look: TextLook) => boolean) => worded.length > 0 && worded.every(test);
  const sizes = worded.map((l) => l.size).filter((s): s is number => s !== undefined);
  const align = paragraph.alignment ?? base.align;
  return {
    text: textOf(paragraph).replace(/[ \t\u00a0\u3000]+/g, ' ').replace(/ *\n */g, '\n').trim(),
    size: sizes.length ? Math.max(...sizes) : undefined,
    font: worded[0]?.font,
    bold: all((l) => !!l.bold),
    headingFace: all(inHeadingFace),
    kai: all((l) => KAI_FACE.test(l.font ?? '')),
    centred: align === 'center',
    right: align === 'right' || align === 'end',
    pictures: picturesOf(paragraph).length,
    style: (paragraph.styleName ?? styles.name(paragraph.styleId)).toLowerCase(),
  };
}

/** The value most of the text is set in (size, font): the body's. A title or a subheading is measured against it. */
export function mostText<K extends 'size' | 'font'>(looks: Look[], key: K): Look[K] | undefined {
  const chars = new Map<Look[K], number>();
  for (const l of looks) if (l[key] !== undefined) chars.set(l[key], (chars.get(l[key]) ?? 0) + [...l.text].length);
  return [...chars].sort((a, b) => b[1] - a[1])[0]?.[0];
}
