/**
 * Titles broken inside words. On an article's first page the title is the
 * lines in the largest size at the top, the subtitle the lines under it in one
 * smaller size that is still larger than the body; in the 目录 an entry is the
 * line that starts with ● and the lines under it up to the next ● or 【】.
 * Where such a text wraps, each break is checked against a segmenter other
 * than the one that set it: a break inside a word of two or more characters
 * is a fault (召开2023年工 / 作总结).
 */
import { contentLines } from './page-geometry.ts';
import { squash } from './page-lines.ts';
import type { Layout, Line, Page } from './typeset-types.ts';

export interface WrappedText {
  where: 'title' | 'subtitle' | '目录';
  /** 0-based page. */
  page: number;
  /** Its lines, white space removed. */
  lines: string[];
}

export interface BadBreak extends WrappedText {
  /** The words the breaks fall inside, one per bad break. */
  words: string[];
}

/** Lines at the top of the list that share the size of its first line. */
function leadingRun(lines: Line[], size: number): Line[] {
  const end = lines.findIndex((line) => Math.abs(line.size - size) > 0.3);
  return end < 0 ? lines : lines.slice(0, end);
}

/** The title and subtitle lines of an article's first page (none when the page opens with body text). */
export function titleAndSubtitle(page: Page, layout: Layout): { title: string[]; subtitle: string[] } {
  const lines = contentLines(page, layout.bodySize);
  const top = lines.slice(0, 6);
  const largest = Math.max(...top.map((line) => line.size));
  const from = top.findIndex((line) => Math.abs(line.size - largest) <= 0.3);
  if (from < 0 || largest <= layout.bodySize + 0.3) return { title: [], subtitle: [] };
  const title = leadingRun(lines.slice(from), largest);
  const next = lines[from + title.length];
  const subtitle = next && next.size > layout.bodySize + 0.3 ? leadingRun(lines.slice(from + title.length), next.size) : [];
  return { title: title.map((line) => squash(line.text)), subtitle: subtitle.map((line) => squash(line.text)) };
}

/** The page number at the end of an entry's last line: the last run, after a leader gap, if it is digits. */
function withoutPageNumber(text: string): string {
  const parts = text.split('\t');
  return parts.length > 1 && /^\d+$/.test(squash(parts.at(-1)!)) ? parts.slice(0, -1).join('') : text;
}

/** Each 目录 entry's lines, without its ● and page number. */
export function tocEntries(page: Page, layout: Layout): string[][] {
  const entries: string[][] = [];
  let current: string[] | undefined;
  for (const line of contentLines(page, layout.bodySize)) {
    const text = squash(withoutPageNumber(line.text)).replace(/[.·…]+$/, '');
    if (text.startsWith('●')) entries.push((current = [text.slice(1)]));
    else if (current && !/^【.*】/.test(text) && text !== '目录') current.push(text);
    else current = undefined;
  }
  return entries.map((lines) => lines.filter(Boolean));
}

/**
 * For each break between the lines, the word that spans it in any of the
 * segmentations (each a list of words that concatenate to the lines' text);
 * breaks between words give nothing.
 */
export function wordsAcrossBreaks(lines: string[], segmentations: string[][]): string[] {
  const breaks: number[] = [];
  let offset = 0;
  for (const line of lines.slice(0, -1)) breaks.push((offset += line.length));
  return breaks.flatMap((at) => {
    for (const words of segmentations) {
      let start = 0;
      for (const word of words) {
        const end = start + word.length;
        if (word.length >= 2 && start < at && at < end) return [word];
        start = end;
      }
    }
    return [];
  });
}

/** The wrapped texts (two lines or more) whose breaks fall inside a word. */
export function badBreaks(texts: WrappedText[], segment: (text: string) => string[][]): BadBreak[] {
  return texts.flatMap((text) => {
    if (text.lines.length < 2) return [];
    const words = wordsAcrossBreaks(text.lines, segment(text.lines.join('')));
    return words.length ? [{ ...text, words }] : [];
  });
}
