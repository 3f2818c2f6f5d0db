/**
 * Metadata in the words of Chinese news pages: dates (2024年2月18日,
 * 2024-2-18, 2024/02/18, 2024.02.18), info lines (`发布时间：… 来源：…`),
 * source lines (`（文章来源：南方日报）`); bylines are bylines.ts's.
 * Each rule looks at one line of text and either recognises all of it or
 * nothing: a line that is half metadata, half sentence stays body text.
 */
import { personNames } from './bylines.ts';
import type { ArticleMeta } from './types.ts';

const CJK = '\\u3400-\\u9fff\\uf900-\\ufaff';

const DATE = /(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?/;

/** The first date in `text` as YYYY-MM-DD, if it is a real calendar date. */
export function findDate(text: string): string | undefined {
  const m = DATE.exec(text);
  if (!m) return undefined;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (year < 1900 || year > 2999 || month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  return `${m[1]}-${m[2].padStart(2, '0')}-${m[3].padStart(2, '0')}`;
}

/** A date (or date + time, weekday) standing alone on its line. */
export function dateOnly(text: string): string | undefined {
  const rest = text.replace(DATE, '').replace(/\d{1,2}:\d{2}(:\d{2})?|星期.|周[一二三四五六日天]|[日期时间发布：:\s|｜丨/]/g, '');
  return rest ? undefined : findDate(text);
}

/** Labels of info lines. Longest first, so 文章来源 wins over 来源. */
const SOURCE_LABELS = ['文章来源', '信息来源', '稿件来源', '新闻来源', '本文来源', '来源于', '转载自', '转自', '稿源', '来源'];
const DATE_LABELS = ['发布时间', '发布日期', '更新时间', '发稿时间', '日期', '时间'];
const AUTHOR_LABELS = ['作者', '撰文', '撰稿', '记者', '通讯员'];
const OTHER_LABELS = ['摄影', '责任编辑', '编辑', '审核', '审校', '校对', '浏览次数', '访问次数', '点击数', '点击量', '阅读量', '阅读数', '浏览量', '字号', '字体', '分享'];
const ALL_LABELS = [...SOURCE_LABELS, ...DATE_LABELS, ...AUTHOR_LABELS, ...OTHER_LABELS].sort((a, b) => b.length - a.length);
// Not after another Chinese character (数据来源： is data, not the article's source),
// except the long labels and those no phrase ends in, which pages glue to the value
// before (their spans touch): 清远日报发布时间：…, 来源：南方日报作者：黄津.
const GLUED_LABELS = [...ALL_LABELS.filter((l) => l.length >= 4), '作者', '编辑', '摄影', '审核', '审校', '校对'];
const LABEL = new RegExp(`(?:(?<![${CJK}])(${ALL_LABELS.join('|')})|(${GLUED_LABELS.join('|')}))\\s*[：:]`, 'g');

/** Source names from `南方日报、广东乡村发展` (as the parenthetical rule of the loader splits them). */
export function splitNames(value: string): string[] {
  return value
    .split(/[、，,;；/｜|]/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** 本站原创: the page's own site, which says nothing once the article is printed elsewhere. */
const NO_SOURCE = /^(?:本站|本网|原创|本站原创|本网原创|网站原创|原创稿)$/;

/**
 * The source names in a source field's value: `人民网-文化频道 原创稿`,
 * `清远日报 2024-02-18`, `来源：清远日报` (a <meta> value with its label).
 * A name has no spaces: the value ends at the first, before any other field.
 */
export function sourceNames(value: string): string[] | undefined {
  const name = value
    .trim()
    .replace(new RegExp(`^(?:${SOURCE_LABELS.join('|')})\\s*[：:]\\s*`), '')
    .split(/\s+/)[0]
    .replace(/\d{4}[-/.年].*$/, '')
    .trim();
  if (!name || name.length > 30 || /[。！？：:]/.test(name)) return undefined;
  return splitNames(name).filter((n) => !NO_SOURCE.test(n));
}

/**
 * `发布时间：2024-02-18 10:30  来源：清远日报  【字体：大 中 小】` → its metadata.
 * `anywhere` (outside the head of the article) accepts only lines that name a
 * source, author or publishing date: `时间：…` alone may be part of a notice.
 */
export function infoLine(raw: string, anywhere = false): Partial<ArticleMeta> | undefined {
  const text = raw.replace(/【[^】]*】|\[[^\]]*\]|打印本页|关闭窗口|收藏本页/g, ' ').trim();
  if (!text || text.length > 120) return undefined;
  const matches = [...text.matchAll(LABEL)];
  if (!matches.length) return undefined;
  const prefix = text.slice(0, matches[0].index).trim();
  if (prefix && !dateOnly(prefix)) return undefined;
  const meta: Partial<ArticleMeta> & { sources: string[]; authors: string[] } = { sources: [], authors: [], date: prefix ? dateOnly(prefix) : undefined };
  let strong = !!meta.date;
  for (const [i, m] of matches.entries()) {
    const end = matches[i + 1]?.index ?? text.length;
    const value = text.slice(m.index + m[0].length, end).trim();
    const label = m[1] ?? m[2];
    if (SOURCE_LABELS.includes(label)) {
      const names = sourceNames(value);
      if (!names) return undefined;
      meta.sources.push(...names);
      strong = true;
    } else if (DATE_LABELS.includes(label)) {
      meta.date ??= findDate(value);
      if (!findDate(value)) return undefined;
      if (label.startsWith('发')) strong = true;
    } else if (AUTHOR_LABELS.includes(label)) {
      // 作者：医技药剂党支部 names no person: the line is still an info line, without an author.
      // Up to a wide gap or the date the next span begins with: 作者：黄津 黄迪2024-02-19 07:42.
      const names = personNames(value.split(/\s{2,}|\u3000/)[0].replace(/\s*\d{4}[-/.年].*$/, '').trim());
      meta.authors.push(...(names ?? []));
      strong ||= !!names;
    }
  }
  return anywhere && !strong ? undefined : meta;
}

/** `（文章来源：南方日报）`, `来源：清远发布`, `文章来源：…` as a whole line → the source names. */
export function sourceLine(text: string): string[] | undefined {
  const labels = SOURCE_LABELS.join('|');
  const m =
    new RegExp(`^[（(]\\s*(?:${labels})\\s*[：:]\\s*([^（）()]{1,40}?)\\s*[）)]$`).exec(text.trim()) ??
    // 来源|广州参考、羊城晚报: a 公众号's tail sets its labels off with a bar.
    new RegExp(`^(?:${labels})\\s*[：:|｜]\\s*([^（）()。！？]{1,40})$`).exec(text.trim());
  return m ? sourceNames(m[1]) : undefined;
}

/**
 * `本文来自微信公众号：腾讯新闻谷雨工作室（ID：guyulab），作者：程雪力 周振生，摄影：…`,
 * the line a site prints over an article it took from a 公众号 → the account as
 * source, and the authors.
 */
export function wechatOrigin(text: string): Partial<ArticleMeta> | undefined {
  const m = /^本文(?:来自|转载自|转自|来源于)(?:微信)?公众号\s*[：:]\s*([^（(，,\s]{2,30})\s*(?:[（(][^）)]*[）)])?\s*(.*)$/.exec(text.trim());
  if (!m) return undefined;
  const author = /作者\s*[：:]\s*([^，,；;]+)/.exec(m[2])?.[1];
  return { sources: [m[1]], authors: (author && personNames(author.trim())) || [] };
}

/**
 * An e-paper's page header over the text: `1957年7月20日人民日报 第3版`,
 * `2024年02月03日 周口晚报 第A05版` → the date and the paper.
 */
export function epaperHeader(text: string): Partial<ArticleMeta> | undefined {
  const m = new RegExp(`^(\\d{4}\\s*年\\s*\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日)\\s*(?:星期.)?\\s*([${CJK}]{2,10}[报刊])\\s*第\\s*[A-Za-z]?\\d{1,3}\\s*版`).exec(text.trim());
  const date = m ? findDate(m[1]) : undefined;
  return m && date ? { date, sources: [m[2]] } : undefined;
}

/** `……增长9%。（文章来源：南方日报）`: a source closing a paragraph → the rest and the names. */
export function trailingSourceLine(text: string): { rest: string; sources: string[] } | undefined {
  const m = new RegExp(`[（(]\\s*(?:${SOURCE_LABELS.join('|')})\\s*[：:]\\s*([^（）()]{1,40}?)\\s*[）)]\\s*$`).exec(text);
  if (!m || !m.index) return undefined;
  return { rest: text.slice(0, m.index).trim(), sources: splitNames(m[1]) };
}
