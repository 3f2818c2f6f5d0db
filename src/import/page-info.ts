/**
 * Info lines around the article on a web page (`发布时间：… 来源：…`): above
 * the title, between the title and the body, and after the body, where many
 * CMSs print them (`<footer>…发布日期：…</footer>`, `发布日期：… 责任编辑：…`).
 * Read from the page's lines as the reader saw them, before the furniture
 * filter: a footer is furniture, but its date is the article's. Also the
 * dates that JSON-LD blocks give outright.
 */
import type { Element, Root, RootContent } from 'hast';
import { cjkCount, textOf, type TextLine } from './hast-text.ts';
import { bylineLine } from './bylines.ts';
import { dateOnly, findDate, infoLine, sourceLine } from './metadata.ts';
import { emptyMeta, mergeMeta, type ArticleMeta } from './types.ts';

/** How far after the body an info line may sit (in lines): share bars and tags come first, other articles later. */
const AFTER_LINES = 20;

/** Info lines after the title and before the body, when the page keeps them outside the body's container. */
export function infoBetween(lines: TextLine[], title: Element, container: Element): Partial<ArticleMeta> {
  const from = title.position?.end.offset;
  const to = container.position?.start.offset;
  const found: ArticleMeta = emptyMeta();
  if (from === undefined || to === undefined || to < from) return found;
  for (const line of lines) {
    if (line.offset < from || line.offset > to) continue;
    const info = infoLine(line.text) ?? { date: dateOnly(line.text), authors: bylineLine(line.text), sources: sourceLine(line.text) };
    mergeMeta(found, { ...info, title: undefined, subtitle: undefined });
    // Between the title and the body, a date on a short line is the publishing date (`清远发布 2024-02-20`).
    if (!found.date && line.text.length <= 60) found.date = findDate(line.text);
  }
  return found;
}

/** Some pages print the date or source above the title: still before the body, never in a sidebar. */
export function infoBefore(lines: TextLine[], container: Element, haveDate: boolean, haveSource: boolean): Partial<ArticleMeta> {
  const to = container.position?.start.offset ?? -1;
  for (const line of lines.filter((l) => l.offset >= 0 && l.offset < to)) {
    const info = infoLine(line.text, true);
    if (info && (info.date || info.sources?.length)) return { date: haveDate ? undefined : info.date, sources: haveSource ? [] : info.sources };
  }
  return {};
}

/**
 * The first info line that names a publishing date or a source, among the
 * lines just after the body (`bodyEnd`: where its last line starts). Stops at
 * a paragraph-sized line: that is another article's teaser or a comment.
 */
export function infoAfter(lines: TextLine[], bodyEnd: number): Partial<ArticleMeta> {
  const after = lines.filter((l) => l.offset > bodyEnd).slice(0, AFTER_LINES);
  for (const line of after) {
    if (cjkCount(line.text) >= 40) break;
    const info = infoLine(line.text, true);
    if (info && (info.date || info.sources?.length)) return info;
  }
  return {};
}

const LD_DATES = ['datePublished', 'pubDate', 'dateCreated', 'uploadDate'];

/** The publishing date a `<script type="application/ld+json">` block gives (schema.org, Baidu's cambrian). */
export function jsonLdDate(tree: Root): string | undefined {
  let date: string | undefined;
  const look = (value: unknown): void => {
    if (date || !value || typeof value !== 'object') return;
    if (Array.isArray(value)) return value.forEach(look);
    const record = value as Record<string, unknown>;
    const key = LD_DATES.find((k) => typeof record[k] === 'string');
    date = key ? findDate(String(record[key])) : undefined;
    Object.values(record).forEach(look);
  };
  const walk = (node: Root | RootContent): void => {
    if (date || (node.type !== 'root' && node.type !== 'element')) return;
    if (node.type === 'element' && node.tagName === 'script' && /ld\+json/i.test(String(node.properties.type ?? ''))) {
      try {
        look(JSON.parse(textOf(node)));
      } catch {
        // A broken block (CMSs fill them with unescaped quotes): there are other places for the date.
      }
      return;
    }
    node.children.forEach(walk);
  };
  walk(tree);
  return date;
}
