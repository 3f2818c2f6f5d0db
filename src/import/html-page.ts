/**
 * A saved web page (or a bare piece of HTML) → the article's body and what
 * the page says about it: title (and subtitle) from the headings, date and
 * source from <meta> tags, JSON-LD and the info lines around the body
 * (`发布时间：… 来源：…`), wherever the page put them.
 */
import type { Element, Root } from 'hast';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { cjkCount, cleanSpaces, textLines, textOf, type TextLine } from './hast-text.ts';
import { headInfo, removeJunkElements } from './html-junk.ts';
import { isJunkLine } from './line-rules.ts';
import { findMainContainer } from './main-container.ts';
import { metaAuthors } from './bylines.ts';
import { findDate, sourceNames } from './metadata.ts';
import { infoAfter, infoBefore, infoBetween, jsonLdDate } from './page-info.ts';
import { findKicker, findSubtitle, findTitle, wechatAccount } from './page-title.ts';
import { emptyMeta, mergeMeta, type ParsedClipping } from './types.ts';

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
    date: findDate(first(head.meta, META_DATE) ?? '') ?? jsonLdDate(tree) ?? head.times.map(findDate).find(Boolean),
    sources: sourceNames(first(head.meta, META_SOURCE) ?? '') ?? [],
    authors: (metaAuthor && metaAuthors(metaAuthor)) || [],
  });

  const pageUrl = findPageUrl(html, head.meta);
  const metaTitle = first(head.meta, META_TITLE);
  // The page as the reader saw it: footers and info bars are furniture, but their dates are the article's.
  const page = textLines(tree);
  // Twice: the first title protects itself from the furniture filter; the second no longer
  // sees the sidebars' "titles" that the filter removed.
  const protect = findTitle(tree, head.title, metaTitle).element;
  const gone = removeJunkElements(tree, protect);
  const title = findTitle(tree, head.title, metaTitle);
  meta.title = title.text ? cleanSpaces(title.text).trim() : undefined;
  const container = findMainContainer(tree);
  const removed: string[] = [];
  const subtitle = title.element && findSubtitle(tree, title.element);
  // A kicker (引题) over the title goes with the subtitle: `引题 副题`.
  const kicker = title.element && findKicker(tree, title.element);
  const lines = [kicker, subtitle].filter((el): el is Element => !!el);
  if (lines.length) {
    meta.subtitle = lines.map((el) => cleanSpaces(textOf(el)).trim().replace(/^(?:——|—|--)\s*/, '')).join(' ');
    for (const el of lines) {
      removed.push(textOf(el));
      detach(tree, el);
    }
  }
  if (title.element && container) {
    removed.push(textOf(title.element));
    mergeMeta(meta, infoBetween(page, title.element, container));
    detach(container, title.element);
  }
  // Some pages print the date or source above the title: still before the body, never in a sidebar.
  if (container && (!meta.date || !meta.sources.length)) mergeMeta(meta, infoBefore(textLines(tree), container, !!meta.date, meta.sources.length > 0));
  const body: Root = { type: 'root', children: container ? container.children : [] };
  // After the body (footers, `发布日期：… 责任编辑：…`): only for what the body's own lines do not say.
  const bodyEnd = container ? textLines(container).at(-1)?.offset : undefined;
  const lateMeta = bodyEnd !== undefined && bodyEnd >= 0 ? infoAfter(page, bodyEnd) : {};
  // Last resort: the date in the page's address (…/2024-02/18/…, …/t20240218_123.html).
  const inUrl = /\/(20\d\d)-?(\d\d)\/(\d\d)\/|\/t(20\d\d)(\d\d)(\d\d)_/.exec(pageUrl ?? '');
  if (inUrl) lateMeta.date ??= findDate(inUrl.slice(1).filter(Boolean).join('-'));
  // A 公众号 article that names no source is the account's own.
  const account = wechatAccount(tree);
  if (account && !lateMeta.sources?.length) lateMeta.sources = [account];
  // Text removed as furniture is checked too: had the article been taken for furniture, this is where it would show.
  const outside = container && [...outsideText(tree, container), ...gone.flatMap((el) => textLines(el))].filter((l) => cjkCount(l.text) >= 40 && !isJunkLine(l.text));
  return { body, meta, removed, lineOffset: 0, looseSubheadings: false, pageUrl, outside, lateMeta };
}

/** Text that is not in the container (the caller keeps the paragraph-sized): a lead or a last paragraph the container missed? */
function outsideText(tree: Root, container: Element): TextLine[] {
  const [from, to] = [container.position?.start.offset ?? -1, container.position?.end.offset ?? -1];
  return textLines(tree).filter((l) => l.offset >= 0 && (l.offset < from || l.offset >= to));
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

/** Removes `target` from wherever it sits under `root`. */
function detach(root: Root | Element, target: Element): boolean {
  const index = root.children.indexOf(target);
  if (index >= 0) {
    root.children.splice(index, 1);
    return true;
  }
  return root.children.some((c) => c.type === 'element' && detach(c, target));
}
