/**
 * The proof-reading rules as a copy editor applies them, on prose only: a
 * string that is text and nothing else (a paragraph's text with its Markdown
 * taken out by src/check/prose-runs.ts, or a title's value). Half-width
 * punctuation between Chinese characters, stray spaces between Chinese and
 * digits left by copying from PDFs, straight or mixed quotation marks, and a
 * doubled word. Each hit says where it is and, when the fix is safe, the edits
 * that make it; offsets are in the prose string, the callers place them.
 *
 * A prose string may hold several lines (a paragraph with soft line breaks)
 * and U+FFFC where something that is not prose stood (inline code, an image,
 * HTML): it is no Chinese character, so nothing is found across it.
 */
import { t } from '../i18n/index.ts';

/** One replacement: `length` characters from `index` become `replacement`. */
export interface Edit {
  index: number;
  length: number;
  replacement: string;
}

/** What a rule found in a prose string. */
export interface Hit {
  /** The characters the finding points at (its place). */
  index: number;
  length: number;
  message: string;
  /** The text the finding is about: what a fix shows as before → after. */
  span: { start: number; end: number };
  /** A safe fix: small edits that never overlap another rule's (each rule edits its own characters). */
  fix?: Edit[];
}

export type ProseRule = (text: string) => Hit[];

/** Where inline code, an image or HTML stood in a prose string. */
export const NOT_PROSE = '\uFFFC';

const HAN = '\\p{Script=Han}';
const FULL: Record<string, string> = { ',': '，', ';': '；', ':': '：', '?': '？', '!': '！', '.': '。' };
const SPACE = '[ \\t\\u00a0]';

/**
 * A number heading a line, as a label (`01 清远长隆…`; a list's or heading's
 * marker is not in the prose): the space after it is the author's layout,
 * unless the Chinese that follows is a unit or measure word (`2 月 18 日`,
 * `12 个项目` wrapped onto a new line).
 */
const LABEL = new RegExp(`^[ \\t]*\\d{1,3}(?=${SPACE}+${HAN})`, 'gmu');
const UNIT = /^[年月日号万亿元个余岁倍次届批名家户位亩吨]/u;

const hit = (index: number, length: number, message: string, fix?: Edit[], span = { start: index, end: index + length }): Hit => ({ index, length, message, span, fix });

/** Single characters replaced: the quotation marks or brackets around a run of text. */
const marks = (pairs: Array<[number, string]>): Edit[] => pairs.map(([index, replacement]) => ({ index, length: 1, replacement }));

/** The code units of the character that ends just before `index`, or starts at it (a Han character may be a surrogate pair). */
const charBefore = (text: string, index: number) => (/[\udc00-\udfff]/.test(text[index - 1] ?? '') ? 2 : 1);
const charAt = (text: string, index: number) => ((text.codePointAt(index) ?? 0) > 0xffff ? 2 : 1);

/** , ; : ? ! next to a Chinese character; a full stop after Chinese at a sentence end; (…) whose content is Chinese. */
export const halfWidthPunctuation: ProseRule = (text) => {
  const hits: Hit[] = [];
  for (const m of text.matchAll(new RegExp(`(?<=${HAN})[,;:?!]|(?<=${HAN})\\.(?=[^\\S\\n]*(?:\\n|$)|${HAN})|[,;:?!](?=${HAN})`, 'gu'))) {
    const mark = m[0];
    hits.push(hit(m.index, 1, t().check.halfWidth({ mark, full: FULL[mark] }), marks([[m.index, FULL[mark]]])));
  }
  for (const m of text.matchAll(new RegExp(`\\(([^()]*${HAN}[^()]*)\\)`, 'gu'))) {
    const end = m.index + m[0].length - 1;
    hits.push(hit(m.index, m[0].length, t().check.halfWidthParens, marks([[m.index, '（'], [end, '）']])));
  }
  return hits;
};

/**
 * 2 月 18 日: spaces between Chinese and digits (the layout adds its own
 * spacing); shown with what they stand between, `2 月` → `2月`. A label's
 * space at a line start is the author's.
 */
export const cjkDigitSpace: ProseRule = (text) => {
  const labels = new Set<number>();
  for (const label of text.matchAll(LABEL)) {
    const after = label.index + label[0].length;
    if (!UNIT.test(text.slice(after).trimStart())) labels.add(after);
  }
  const hits: Hit[] = [];
  for (const m of text.matchAll(new RegExp(`(?<=${HAN})${SPACE}+(?=\\d)|(?<=\\d)${SPACE}+(?=${HAN})`, 'gu'))) {
    const index = m.index;
    const after = index + m[0].length;
    if (labels.has(index)) continue;
    const afterHan = new RegExp(HAN, 'u').test(text.slice(index - charBefore(text, index), index));
    const span = afterHan
      ? { start: index - charBefore(text, index), end: after + /^\d*/.exec(text.slice(after))![0].length }
      : { start: index - /\d*$/.exec(text.slice(0, index))![0].length, end: after + charAt(text, after) };
    hits.push(hit(index, m[0].length, t().check.cjkDigitSpace, [{ index, length: m[0].length, replacement: '' }], span));
  }
  return hits;
};

/** Straight double quotes around Chinese text; “” mixed with 「」; “ and ” that do not pair up. */
export const mixedQuotes: ProseRule = (text) => {
  const hits: Hit[] = [];
  for (const m of text.matchAll(new RegExp(`"([^"]*${HAN}[^"]*)"`, 'gu'))) {
    hits.push(hit(m.index, m[0].length, t().check.straightQuotes, marks([[m.index, '“'], [m.index + m[0].length - 1, '”']])));
  }
  if (/[“”]/.test(text) && /[「」]/.test(text)) hits.push(hit(text.search(/[「」]/), 1, t().check.mixedQuotes));
  const open = (text.match(/“/g) ?? []).length;
  const close = (text.match(/”/g) ?? []).length;
  if (open !== close) hits.push(hit(Math.max(0, text.search(/[“”]/)), 1, t().check.unbalancedQuotes({ open, close })));
  return hits;
};

/**
 * A word of three or more characters written twice in a row (褚大军褚大军) —
 * but not the distributive 一个项目一个项目, 一条链一条链, which is good Chinese.
 */
export const doubledWord: ProseRule = (text) => {
  const hits: Hit[] = [];
  for (const m of text.matchAll(new RegExp(`(${HAN}{3,8})\\1`, 'gu'))) {
    if (!m[1].startsWith('一')) hits.push(hit(m.index, m[0].length, t().check.doubledWord({ word: m[1] })));
  }
  return hits;
};

/** Every rule by its id, in the order their findings are listed when they stand at the same place. */
export const PROSE_RULES: ReadonlyArray<readonly [ruleId: string, rule: ProseRule]> = [
  ['half-width-punctuation', halfWidthPunctuation],
  ['cjk-digit-space', cjkDigitSpace],
  ['mixed-quotes', mixedQuotes],
  ['doubled-word', doubledWord],
];
