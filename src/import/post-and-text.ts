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
import { cleanSpaces, textOf } from './hast-text.ts';
import { findDate } from './metadata.ts';
import { ClippingError, emptyMeta, type ParsedClipping } from './types.ts';

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
  return { body, meta, removed, lineOffset: end + 1, looseSubheadings: false };
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

/** Plain text: `标题：…` or the first line is the title; every other line a paragraph. */
export function parsePlainText(text: string): ParsedClipping {
  const lines = text.split(/\r?\n/).map((l) => cleanSpaces(decodeEntities(l)).trim());
  let titleAt = lines.findIndex((l) => /^标题\s*[：:]/.test(l));
  if (titleAt < 0) titleAt = lines.findIndex(Boolean);
  const meta = emptyMeta();
  const removed: string[] = [];
  if (titleAt >= 0) {
    meta.title = lines[titleAt].replace(/^标题\s*[：:]\s*/, '') || undefined;
    removed.push(lines[titleAt]);
  }
  const body: Root = { type: 'root', children: [] };
  let offset = 0;
  text.split(/\r?\n/).forEach((raw, i) => {
    const start = { line: i + 1, column: 1, offset };
    offset += raw.length + 1;
    if (i === titleAt || !lines[i]) return;
    const position = { start, end: { line: i + 1, column: raw.length + 1, offset: offset - 1 } };
    body.children.push({ type: 'element', tagName: 'p', properties: {}, children: [{ type: 'text', value: lines[i], position }], position });
  });
  return { body, meta, removed, lineOffset: 0, looseSubheadings: true };
}
