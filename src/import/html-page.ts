/**
 * A saved web page (or a bare piece of HTML) → the article's body and what
 * the page says about it: title from the heading that matches the page's
 * <title>, date and source from <meta> tags and from the info line between
 * the title and the body (`发布时间：… 来源：…`).
 */
import type { Element, Root } from 'hast';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { cjkCount, cleanSpaces, textLines, textOf, type TextLine } from './hast-text.ts';
import { headInfo, removeJunkElements } from './html-junk.ts';
import { findMainContainer, findTitle } from './main-container.ts';
import { bylineLine, dateOnly, findDate, infoLine, personNames, sourceLine, splitNames } from './metadata.ts';
import { emptyMeta, mergeMeta, type ArticleMeta, type ParsedClipping } from './types.ts';

const META_TITLE = ['articletitle', 'og:title', 'dc.title', 'title'];
const META_DATE = ['pubdate', 'publishdate', 'article:published_time', 'datepublished', 'og:release_date', 'dc.date.issued', 'dc.date', 'firstpublishedtime', 'publish_date', 'date'];
const META_SOURCE = ['contentsource', 'source', 'article:source'];

const first = (meta: Map<string, string>, keys: string[]) => keys.map((k) => meta.get(k)).find((v) => v?.trim());

export function parseHtmlPage(html: string): ParsedClipping {
  const tree = unified().use(rehypeParse).parse(html);
  const head = headInfo(tree);
  const meta = emptyMeta();
  // <meta> first: a CMS fills them from the article's own record.
  const metaAuthor = head.meta.get('author');
  mergeMeta(meta, {
    date: findDate(first(head.meta, META_DATE) ?? '') ?? head.times.map(findDate).find(Boolean),
    sources: splitNames(first(head.meta, META_SOURCE) ?? ''),
    authors: (metaAuthor && personNames(metaAuthor)) || [],
  });

  const pageUrl = findPageUrl(html, head.meta);
  const metaTitle = first(head.meta, META_TITLE);
  // Twice: the first title protects itself from the furniture filter; the second no longer
  // sees the sidebars' "titles" that the filter removed.
  const protect = findTitle(tree, head.title, metaTitle).element;
  removeJunkElements(tree, protect);
  const title = findTitle(tree, head.title, metaTitle);
  meta.title = title.text ? cleanSpaces(title.text).trim() : undefined;
  const container = findMainContainer(tree);
  const removed: string[] = [];
  if (title.element && container) {
    removed.push(textOf(title.element));
    mergeMeta(meta, infoBetween(tree, title.element, container));
    detach(container, title.element);
  }
  // Some pages print the date or source above the title: still before the body, never in the footer.
  if (container && (!meta.date || !meta.sources.length)) mergeMeta(meta, infoBefore(tree, container, !!meta.date, meta.sources.length > 0));
  // Last resort: the date in the page's address (…/2024-02/18/…, …/t20240218_123.html).
  const inUrl = /\/(20\d\d)-?(\d\d)\/(\d\d)\/|\/t(20\d\d)(\d\d)(\d\d)_/.exec(pageUrl ?? '');
  if (!meta.date && inUrl) meta.date = findDate(inUrl.slice(1).filter(Boolean).join('-'));
  const body: Root = { type: 'root', children: container ? container.children : [] };
  return { body, meta, removed, lineOffset: 0, looseSubheadings: false, pageUrl, outside: container && outsideText(tree, container) };
}

/** Paragraph-sized text (40 Chinese characters or more) that is not in the container: a lead or a last paragraph the container missed? */
function outsideText(tree: Root, container: Element): TextLine[] {
  const [from, to] = [container.position?.start.offset ?? -1, container.position?.end.offset ?? -1];
  return textLines(tree).filter((l) => l.offset >= 0 && (l.offset < from || l.offset >= to) && cjkCount(l.text) >= 40);
}

/** canonical / og:url / <base>, or the `<!-- saved from url=(0052)https://… -->` mark browsers leave. */
function findPageUrl(html: string, meta: Map<string, string>): string | undefined {
  const candidates = [
    /<link[^>]+rel=["']?canonical["']?[^>]*href=["']([^"']+)["']/i.exec(html)?.[1],
    meta.get('og:url'),
    /<base[^>]+href=["']([^"']+)["']/i.exec(html)?.[1],
    /<!--\s*saved from url=\(\d+\)(\S+?)\s*-->/i.exec(html)?.[1],
  ];
  return candidates.find((u) => u && /^https?:\/\//i.test(u));
}

function infoBefore(tree: Root, container: Element, haveDate: boolean, haveSource: boolean): Partial<ArticleMeta> {
  const to = container.position?.start.offset ?? -1;
  const lines = textLines(tree).filter((l) => l.offset >= 0 && l.offset < to);
  for (const line of lines) {
    const info = infoLine(line.text, true);
    if (info && (info.date || info.sources?.length)) return { date: haveDate ? undefined : info.date, sources: haveSource ? [] : info.sources };
  }
  return {};
}

/** Info lines after the title and before the body, when the page keeps them outside the body's container. */
function infoBetween(tree: Root, title: Element, container: Element): Partial<ArticleMeta> {
  const from = title.position?.end.offset;
  const to = container.position?.start.offset;
  const found: ArticleMeta = emptyMeta();
  if (from === undefined || to === undefined || to < from) return found;
  for (const line of textLines(tree)) {
    if (line.offset < from || line.offset > to) continue;
    const info = infoLine(line.text) ?? { date: dateOnly(line.text), authors: bylineLine(line.text), sources: sourceLine(line.text) };
    mergeMeta(found, { ...info, title: undefined, subtitle: undefined });
    // Between the title and the body, a date on a short line is the publishing date (`清远发布 2024-02-20`).
    if (!found.date && line.text.length <= 60) found.date = findDate(line.text);
  }
  return found;
}

/** Removes `target` from wherever it sits under `root`. */
function detach(root: Element, target: Element): boolean {
  const index = root.children.indexOf(target);
  if (index >= 0) {
    root.children.splice(index, 1);
    return true;
  }
  return root.children.some((c) => c.type === 'element' && detach(c, target));
}
