/**
 * The head of a Word article: the title, the subtitle under it, and a
 * 简报's masthead above them. Offices set a title by its look, not a style:
 * the biggest line at the top, centred or bold (二号 方正小标宋, say), maybe
 * broken over two lines; a line under it that starts with —— is the
 * subtitle. A masthead (`清新区帮扶工作简报 / 第3期 / …编 2024年3月8日`) is
 * bigger still, so it is recognised by its issue line and set aside first.
 * Bylines, dates and source lines near the top are left in the body, where
 * the shared shaping (shape-body.ts) takes them into the front matter; only
 * a line in an Author style (pandoc's, some templates') is read here.
 */
import { bylineLine, personNames } from '../bylines.ts';
import { dateOnly, findDate, infoLine, sourceLine } from '../metadata.ts';
import type { Look } from './looks.ts';

export interface Head {
  title?: string;
  subtitle?: string;
  /** The masthead's date: the day the 简报 came out. */
  date?: string;
  /** From a line in an Author style (as pandoc and some templates write it): names without a role. */
  authors?: string[];
  /** Blocks the head is made of (masthead, title, subtitle): they leave the body. */
  used: number[];
}

/** `第3期`, `2024年第3期`, `〔2024〕第3期（总第134期）` as a whole line. */
const ISSUE_LINE = /^(?:[〔[（(]?\d{4}[〕\]）)]?\s*年?\s*)?第\s*[\d一二三四五六七八九十〇零]+\s*期(?:\s*[（(]?\s*总第\s*\d+\s*期\s*[）)]?)?$/;
export const DASHES = /^(?:——|—|－－|--|─)\s*/;
/** Lines of text searched for the title: it is never further down. */
const TOP = 8;

const length = (text: string) => [...text].length;

/** Where the body starts: a long line, or a sentence not centred. */
function bodyLike(l: Look): boolean {
  return length(l.text) > 60 || (length(l.text) > 25 && /[。！？；]$/.test(l.text) && !l.centred);
}

/** A byline, date or source line, or a —— subtitle: never the title. */
const metaLine = (text: string) => DASHES.test(text) || !!bylineLine(text) || !!sourceLine(text) || !!dateOnly(text) || !!infoLine(text);

function standsOut(l: Look, body: number | undefined): boolean {
  return l.style === 'title' || l.centred || l.bold || l.headingFace || (l.size !== undefined && body !== undefined && l.size > body);
}

/** Title lines joined: no space between Chinese characters, one between Latin words. */
function joinLines(parts: string[]): string {
  return parts.reduce((all, part) => (all && /[\x21-\x7e]$/.test(all) && /^[\x21-\x7e]/.test(part) ? `${all} ${part}` : all + part), '');
}

/** The blocks with text at the top, before the body starts (pictures and tables are passed over). */
function topLines(looks: (Look | undefined)[]): number[] {
  const top: number[] = [];
  for (const [i, l] of looks.entries()) {
    if (!l?.text || l.pictures) continue;
    if (bodyLike(l) || top.length >= TOP) break;
    top.push(i);
  }
  return top;
}

/** The masthead: every line down to the issue line, and the issuer-and-date line under it. */
function masthead(top: number[], looks: (Look | undefined)[], head: Head): number[] {
  const issue = top.findIndex((i) => ISSUE_LINE.test(looks[i]?.text ?? ''));
  if (issue < 0) return top;
  const next = top[issue + 1];
  const dated = next !== undefined && length(looks[next]?.text ?? '') <= 40 ? findDate(looks[next]?.text ?? '') : undefined;
  const end = dated ? issue + 1 : issue;
  head.date = dated;
  head.used.push(...top.slice(0, end + 1));
  return top.slice(end + 1);
}

export function findHead(looks: (Look | undefined)[], body: number | undefined): Head {
  const head: Head = { used: [] };
  const top = masthead(topLines(looks), looks, head);
  const at = (i: number) => looks[i] as Look;
  const candidates = top.filter((i) => !metaLine(at(i).text));
  const outstanding = candidates.filter((i) => standsOut(at(i), body));
  // The biggest stands out most; a Title style beats any size.
  const weight = (i: number) => (at(i).style === 'title' ? Infinity : (at(i).size ?? 0));
  const first = outstanding.length
    ? outstanding.reduce((best, i) => (weight(i) > weight(best) ? i : best))
    : candidates.find((i) => length(at(i).text) <= 60 && !/[。！？]$/.test(at(i).text));
  if (first === undefined) return head;
  // A long title broken over two or three lines, each set alike.
  const lines = [first];
  for (let k = top.indexOf(first) + 1; k < top.length && lines.length < 3; k++) {
    const l = at(top[k]);
    if (metaLine(l.text) || l.size !== at(first).size || l.centred !== at(first).centred || !standsOut(l, body)) break;
    lines.push(top[k]);
  }
  const parts = lines.flatMap((i) => at(i).text.split('\n')).map((s) => s.trim()).filter(Boolean);
  // `标题<换行>——副题` in one paragraph.
  const dashed = parts.findIndex((p, n) => n > 0 && DASHES.test(p));
  head.title = joinLines(dashed > 0 ? parts.slice(0, dashed) : parts);
  if (dashed > 0) head.subtitle = parts.slice(dashed).join(' ').replace(DASHES, '');
  head.used.push(...lines);
  const after = top[top.indexOf(lines[lines.length - 1]) + 1];
  if (!head.subtitle && after !== undefined && (DASHES.test(at(after).text) || at(after).style === 'subtitle')) {
    head.subtitle = at(after).text.replace(DASHES, '').replace(/\s*\n\s*/g, ' ');
    head.used.push(after);
  }
  // Bylines with a role (记者 …) are the shared shaping's; a bare 黄津、黄迪 only counts in an Author style.
  const byline = top.find((i) => at(i).style === 'author' && personNames(at(i).text));
  if (byline !== undefined) {
    head.authors = personNames(at(byline).text);
    head.used.push(byline);
  }
  return head;
}
