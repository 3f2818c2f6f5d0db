/**
 * A page read as lines of text (copied with Ctrl+A, out of an e-paper, or
 * clipped to Markdown): where the article starts and ends, and its headline.
 * The headline is the short line (or two or three: 引题, 主题, 副题) just over
 * the info line (`发布日期：… 来源：…`) or over the first paragraph; what is
 * above it is the site's navigation, and the run of menus, link lists and
 * 备案 lines after the last paragraph is its footer. A caption or a lead
 * paragraph is never the headline: with none found, the title is left empty.
 */
import { bylineLine } from './bylines.ts';
import { cjkCount } from './hast-text.ts';
import { captionCredit, isJunkLine, numberedHeading } from './line-rules.ts';
import { dateOnly, epaperHeader, findDate, infoLine, sourceLine, wechatOrigin } from './metadata.ts';
import { mergeMeta, emptyMeta, type ArticleMeta } from './types.ts';

export interface PageBlock {
  text: string;
  /** A list or a table: never a headline, and furniture at the end of a page. */
  list?: boolean;
}

export interface TextPage {
  title?: string;
  subtitle?: string;
  /** Blocks before this one (navigation, the headline) are not the article's. */
  bodyFrom: number;
  /** Blocks from this one on (the footer) are not the article's. */
  bodyTo: number;
  /** Date and source from above the headline (an e-paper's page header): they fill only what the article leaves open. */
  early: Partial<ArticleMeta>;
}

/** `首页 > 专题报道 > 新闻发布会`, `人民网 >> 文化`, `> 山西要闻`. */
const CRUMB = /^[>＞»›]|\s[>＞»›]{1,2}\s/;
/** `新华社贵阳2月12日电 题：山乡巨变——来自贵州扶贫一线的报告`: the agency names the headline in its dateline. */
const AGENCY_TITLE = /^.{2,20}电\s*题\s*[：:]\s*(.+)$/;
/** `本报讯`, `新华社北京3月1日电`: how the first paragraph of a news story starts. */
const DATELINE = /^(?:[\u3400-\u9fff]{1,6}讯|.{0,16}\d{1,2}月\d{1,2}日电(?=[\s（(]))/;
/** Sentence punctuation a headline never ends with (it may end with ！ or ？). */
const NOT_HEADLINE_END = /[。；;：:，,、]$/;

/** A line of metadata, not of the article: an info line, a date, a byline, a source; `2019-05-17 · 苏皖城市报道` on a 网易号. */
export const isMetaLine = (t: string) =>
  !!(infoLine(t) || dateOnly(t) || bylineLine(t) || sourceLine(t) || wechatOrigin(t) || epaperHeader(t) || /^\d{4}-\d{1,2}-\d{1,2}\s*[·|｜]\s*\S{2,12}$/.test(t));

const junk = (b: PageBlock) => isJunkLine(b.text) || CRUMB.test(b.text);

/** Could be (part of) a headline: short, Chinese, not a sentence, a caption, metadata or furniture. */
function headline(b: PageBlock, min = 4): boolean {
  const t = b.text;
  if (AGENCY_TITLE.test(t)) return true;
  if (b.list || junk(b) || isMetaLine(t) || numberedHeading(t) || DATELINE.test(t)) return false;
  // A headline may have a comma; a line with several is a sentence cut short.
  if ((t.match(/[，,]/g)?.length ?? 0) >= 2) return false;
  return [...t].length <= 60 && cjkCount(t) >= min && !NOT_HEADLINE_END.test(t) && !captionCredit(t) && !/^[（(].*[）)]$/.test(t);
}

/** A paragraph of the article: a sentence of some length, a long line, or a captioned photo credit. */
function paragraph(b: PageBlock): boolean {
  const t = b.text;
  if (b.list || junk(b) || AGENCY_TITLE.test(t)) return false;
  // A closing bracket or quote ends a sentence only after its punctuation: a headline may end in （一） or “第一站”.
  // 本报讯 … starts the story, even when a page break cut its first sentence.
  return [...t].length > 60 || (cjkCount(t) >= 8 && (/[。！？!?…][”’"」』）)]*$/.test(t) || DATELINE.test(t))) || !!captionCredit(t);
}

/** The headline lines ending at `end` (inclusive), walking up: at most three, extra ones longer than a menu word. */
function headlineAbove(blocks: PageBlock[], end: number): number {
  let from = end + 1;
  for (let i = end; i >= 0 && end - i < 3; i--) {
    if (!headline(blocks[i], i === end ? 4 : 6)) break;
    from = i;
  }
  return from;
}

/** Title and subtitle from the headline lines: 引题 + 主题 + 副题 → the 主题, and the others as the subtitle. */
function splitHeadline(lines: string[]): { title?: string; subtitle?: string } {
  const agency = lines.length === 1 ? AGENCY_TITLE.exec(lines[0]) : null;
  if (agency) {
    const [title, subtitle] = agency[1].split(/\s*——\s*/);
    return { title, subtitle: subtitle || undefined };
  }
  const strip = (s: string) => s.replace(/^(?:——|—|--)\s*/, '');
  if (lines.length === 3) return { title: lines[1], subtitle: `${lines[0]} ${strip(lines[2])}` };
  return { title: lines[0], subtitle: lines[1] ? strip(lines[1]) : undefined };
}

/** The first info line right under a headline, or else the first paragraph: where the article starts. */
function findStart(blocks: PageBlock[]): { headlineEnd: number; start: number } | undefined {
  const first = blocks.findIndex(paragraph);
  // Above the first paragraph only (nothing of the article is ever dropped), and a real info line: 时间：… alone may be a notice's field.
  for (let i = 1; i < (first < 0 ? blocks.length : first); i++) {
    const t = blocks[i].text;
    if ((infoLine(t, true) || dateOnly(t)) && headline(blocks[i - 1], 5)) return { headlineEnd: i - 1, start: i };
  }
  if (first < 0) return undefined;
  // The byline, the date, a share bar may sit between the headline and the first paragraph.
  let end = first - 1;
  while (end >= 0 && !AGENCY_TITLE.test(blocks[end].text) && (isMetaLine(blocks[end].text) || junk(blocks[end]))) end--;
  return { headlineEnd: end, start: first };
}

/** Where the footer starts: the run of furniture after the last paragraph (only when it is furniture for sure). */
function footerFrom(blocks: PageBlock[], from: number): number {
  let end = blocks.length;
  let sure = false;
  for (let i = blocks.length - 1; i >= from; i--) {
    const b = blocks[i];
    const t = b.text;
    const short = [...t].length <= 20 && !/[。！？；，：,;:!?]/.test(t) && !/^[（(].*[）)]$/.test(t) && !bylineLine(t) && !sourceLine(t);
    if (!(junk(b) || b.list || dateOnly(t) || short)) break;
    sure ||= junk(b) || b.list === true;
    end = i;
  }
  return sure || blocks.length - end >= 3 ? end : blocks.length;
}

/** No headline over the first paragraph (a notice's 各有关单位： between): the first line, if it can be one. */
function firstLineHeadline(blocks: PageBlock[]): { headlineEnd: number; start: number } | undefined {
  const first = blocks.findIndex((b) => !junk(b) && !isMetaLine(b.text));
  return first >= 0 && headline(blocks[first]) && !paragraph(blocks[first]) ? { headlineEnd: first, start: first + 1 } : undefined;
}

export function readTextPage(blocks: PageBlock[]): TextPage {
  const start = findStart(blocks);
  const found = start && headlineAbove(blocks, start.headlineEnd) <= start.headlineEnd ? start : (firstLineHeadline(blocks) ?? start);
  const from = found ? headlineAbove(blocks, found.headlineEnd) : 0;
  const lines = found ? blocks.slice(from, found.headlineEnd + 1).map((b) => b.text) : [];
  const { title, subtitle } = splitHeadline(lines);
  const bodyFrom = title ? found!.headlineEnd + 1 : 0;
  // An e-paper prints the date and the paper over the page; a page copy, the date over the headline.
  const early = emptyMeta();
  for (const b of blocks.slice(0, title ? from : 0).reverse()) {
    mergeMeta(early, epaperHeader(b.text) ?? { date: [...b.text].length <= 120 ? findDate(b.text) : undefined });
  }
  return { title, subtitle, bodyFrom, bodyTo: Math.max(bodyFrom, footerFrom(blocks, bodyFrom)), early };
}
