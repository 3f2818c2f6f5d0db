/**
 * The two other kinds of clipping. A post: YAML front matter (title, date,
 * categories, tags …) over a body of HTML or Markdown, as blog engines and
 * CMS exports write them. Plain text: a title line, then one paragraph per line.
 * Both become a hast body, so every rule after this is shared with web pages.
 */
import type { Element, Root } from 'hast';
import rehypeParse from 'rehype-parse';
import rehypeRaw from 'rehype-raw';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { parse as parseYaml } from 'yaml';
import { t } from '../i18n/index.ts';
import { joinBrokenLines, joinColumns, type RawLine } from './broken-lines.ts';
import { cjkCount, cleanSpaces, textOf, type TextLine } from './hast-text.ts';
import { captionCredit, isJunkLine } from './line-rules.ts';
import { findDate } from './metadata.ts';
import { PAGE_JUMP, withoutLinks } from './furniture-lines.ts';
import { isMetaLine, readTextPage, type TextPage } from './text-page.ts';
import { ClippingError, emptyMeta, type ArticleMeta, type ParsedClipping } from './types.ts';

/** &nbsp; &ldquo; &#12290; … left in text by copying from a page's source. */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  const root = unified().use(rehypeParse, { fragment: true }).parse(text.replace(/</g, '&lt;'));
  return textOf(root);
}

const clean = (v: unknown) => (v == null || typeof v === 'object' ? undefined : cleanSpaces(decodeEntities(String(v))).trim() || undefined);
const list = (v: unknown) => (Array.isArray(v) ? v : v == null ? [] : [v]).map(clean).filter((s): s is string => !!s);

export function parsePost(text: string): ParsedClipping {
  const lines = text.split(/\r?\n/);
  // A .md without front matter has none: end = -1, and the body is the whole file.
  const end = /^---\s*$/.test(lines[0] ?? '') ? lines.findIndex((line, i) => i > 0 && /^(?:---|\.\.\.)\s*$/.test(line)) : -1;
  let data: unknown;
  try {
    data = end > 0 ? parseYaml(lines.slice(1, end).join('\n')) : {};
  } catch (error) {
    throw new ClippingError(t().import.badFrontMatter({ reason: (error as Error).message.split('\n')[0] }), 'import-front-matter', 2);
  }
  const fm = (data && typeof data === 'object' ? data : {}) as Record<string, unknown>;
  const date = fm.date instanceof Date ? fm.date.toISOString().slice(0, 10) : findDate(String(fm.date ?? ''));
  const meta = { ...emptyMeta(), title: clean(fm.title), subtitle: clean(fm.subtitle), date, sources: list(fm.source), authors: list(fm.author ?? fm.authors) };
  // categories, tags and the like are the blog's own business, not keys of an article.
  const bodyText = lines.slice(end + 1).join('\n');
  const body = looksLikeHtml(bodyText) ? parseHtmlFragment(bodyText) : markdownToHast(bodyText);
  const removed: string[] = [];
  if (!meta.title) {
    const h1 = takeFirstH1(body);
    if (h1) {
      meta.title = cleanSpaces(textOf(h1)).trim();
      removed.push(meta.title);
    }
  }
  // No title of its own: a page clipped to Markdown, navigation and footer included.
  const lateMeta = meta.title ? {} : pageOfBlocks(body, meta, removed);
  return { body, meta, removed, lineOffset: end + 1, looseSubheadings: false, lateMeta };
}

/** The headline, navigation and footer of a body read as a page of blocks; what goes is handed to `removed`. */
function pageOfBlocks(body: Root, meta: ArticleMeta, removed: string[]): Partial<ArticleMeta> {
  const blocks = body.children.filter((c): c is Element => c.type === 'element');
  // A list or table without a sentence in it is a menu; one of links (other articles' titles, their dates) too.
  const menu = (el: Element) => ['ul', 'ol', 'table'].includes(el.tagName) && (!/[。；！？]/.test(textOf(el)) || linkList(el));
  const page = readTextPage(blocks.map((el) => ({ text: cleanSpaces(textOf(el)).trim(), list: menu(el) })));
  [meta.title, meta.subtitle] = [page.title, meta.subtitle ?? page.subtitle];
  const kept = new Set(blocks.slice(page.bodyFrom, page.bodyTo));
  removed.push(...blocks.filter((el) => !kept.has(el)).map((el) => textOf(el)));
  body.children = body.children.filter((c) => c.type !== 'element' || kept.has(c));
  return page.early;
}

/** Every item is links (and a date): `- [其他文章](…) 2018-03-02`. */
function linkList(list: Element): boolean {
  const items = list.children.filter((c): c is Element => c.type === 'element');
  const outside = (n: Element['children'][number]): string => (n.type === 'text' ? n.value : n.type === 'element' && n.tagName !== 'a' ? n.children.map(outside).join('') : '');
  const rest = (el: Element) => withoutLinks(outside(el)).replace(/\d{4}-\d{1,2}-\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?|\s/g, '');
  return items.length > 0 && items.every((li) => [...rest(li)].length <= 6);
}

/** Markdown with HTML blocks would read indented HTML as code: a body that starts with a block tag is read as HTML. */
function looksLikeHtml(text: string): boolean {
  if (/^<(?:p|div|section|article|h[1-6]|table|ul|ol|figure|img|span|strong|br|blockquote|center|font)\b/i.test(text.trimStart())) return true;
  const tags = text.match(/<\/p>|<br\s*\/?>|<\/div>/gi)?.length ?? 0;
  return tags >= 3 && !/^#{1,6}\s/m.test(text);
}

function parseHtmlFragment(text: string): Root {
  return unified().use(rehypeParse, { fragment: true }).parse(text);
}

function markdownToHast(text: string): Root {
  const processor = unified().use(remarkParse).use(remarkGfm).use(remarkRehype, { allowDangerousHtml: true }).use(rehypeRaw);
  return processor.runSync(processor.parse(text)) as Root;
}

function takeFirstH1(tree: Root): Element | undefined {
  for (const [i, node] of tree.children.entries()) {
    if (node.type === 'element' && node.tagName === 'h1') {
      tree.children.splice(i, 1);
      return node;
    }
  }
  return undefined;
}

/**
 * Plain text: `标题：…` names the title, or the headline is found among the
 * lines (text copied from a page brings its navigation and footer along);
 * every other line a paragraph, once lines that layout broke are joined again.
 */
export function parsePlainText(text: string): ParsedClipping {
  const raw = text.split(/\r?\n/);
  const offsets: number[] = [];
  raw.forEach((line, i) => offsets.push(i ? offsets[i - 1] + raw[i - 1].length + 1 : 0));
  let lines: RawLine[] = joinColumns(raw.map((line, at) => ({ text: line, at })))
    .map((l) => ({ at: l.at, text: cleanSpaces(decodeEntities(l.text)).trim() }))
    .filter((l) => l.text);
  const meta = emptyMeta();
  const removed: string[] = [];
  const named = lines.findIndex((l) => /^标题\s*[：:]/.test(l.text));
  let page: TextPage = { bodyFrom: 0, bodyTo: lines.length, early: {} };
  if (named >= 0) {
    meta.title = lines[named].text.replace(/^标题\s*[：:]\s*/, '') || undefined;
    removed.push(lines[named].text);
    lines.splice(named, 1);
  } else {
    page = readTextPage(lines);
    [meta.title, meta.subtitle] = [page.title, page.subtitle];
  }
  const gone = [...lines.slice(0, page.bodyFrom), ...lines.slice(page.bodyTo)];
  removed.push(...gone.map((l) => l.text));
  // Paragraph-sized text among what went: had the headline been found in the wrong place, this is where it shows.
  const outside: TextLine[] = gone.filter((l) => cjkCount(l.text) >= 40 && !isJunkLine(l.text)).map((l) => ({ text: l.text, line: l.at + 1, column: 1, offset: offsets[l.at] }));
  const stands = (line: string) => isJunkLine(line) || isMetaLine(line) || !!captionCredit(line);
  // The jump markers of an e-paper go first, so that the halves of the sentence they stood between meet.
  const kept: RawLine[] = [];
  for (const line of lines.slice(page.bodyFrom, page.bodyTo)) {
    if (PAGE_JUMP.test(line.text)) removed.push(line.text);
    else kept.push(line);
  }
  lines = joinBrokenLines(kept, (line, next) => !stands(line) && !stands(next));
  const body: Root = { type: 'root', children: [] };
  for (const line of lines) {
    const start = { line: line.at + 1, column: 1, offset: offsets[line.at] };
    const position = { start, end: { line: line.at + 1, column: raw[line.at].length + 1, offset: offsets[line.at] + raw[line.at].length } };
    body.children.push({ type: 'element', tagName: 'p', properties: {}, children: [{ type: 'text', value: line.text, position }], position });
  }
  return { body, meta, removed, lineOffset: 0, looseSubheadings: true, lateMeta: page.early, outside };
}
