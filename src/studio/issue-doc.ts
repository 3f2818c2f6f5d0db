/**
 * Changes to issue.md as the studio makes them: on its front matter as a yaml
 * Document (sections and their article lists moved node by node, so comments
 * and flow lists `[a.md, b.md]` stay as written) and on its body, the 卷首语.
 * Each function changes the parsed file in place; the caller writes it.
 */
import { isMap, isScalar, isSeq, type Document, type YAMLMap, type YAMLSeq } from 'yaml';
import { t } from '../i18n/index.ts';
import type { MarkdownFile } from './markdown-file.ts';
import { StudioError } from './studio-error.ts';

export interface IssueFields {
  year?: number | string;
  number?: number | string | null;
  total?: number | string | null;
  period?: string;
  date?: string;
  title?: string | null;
  cover?: { image?: string | null; caption?: string | null; credit?: string | null };
}

function docOf(file: MarkdownFile): Document {
  if (!file.doc) throw new StudioError(422, t().studio.issueNoFrontMatter);
  return file.doc;
}

function sections(file: MarkdownFile): YAMLSeq {
  const seq = docOf(file).get('sections', true);
  if (!isSeq(seq)) throw new StudioError(422, t().studio.issueNoSections);
  return seq;
}

function section(file: MarkdownFile, index: number): YAMLMap {
  const item = sections(file).items[index];
  if (!isMap(item)) throw new StudioError(409, t().studio.sectionGone);
  return item;
}

/** A section's article list (made when the section has none and no 简讯). */
function articleList(file: MarkdownFile, index: number, create = false): YAMLSeq {
  const map = section(file, index);
  const list: unknown = map.get('articles', true);
  if (isSeq(list)) return list;
  if (!create || map.has('briefs')) throw new StudioError(422, t().studio.sectionIsBriefs);
  const made = docOf(file).createNode([]) as YAMLSeq;
  map.set('articles', made);
  return made;
}

const refOf = (node: unknown) => (isScalar(node) ? String(node.value) : String(node));

/** Where an article (as named in issue.md) is listed: [section, position]. */
export function findArticle(file: MarkdownFile, ref: string): [number, number] | undefined {
  const all = sections(file).items;
  for (let s = 0; s < all.length; s++) {
    const list = isMap(all[s]) ? (all[s] as YAMLMap).get('articles', true) : undefined;
    if (!isSeq(list)) continue;
    const a = list.items.findIndex((item) => refOf(item) === ref);
    if (a >= 0) return [s, a];
  }
  return undefined;
}

/** Moves an article to position `to` of section `toSection` (within its own section, or to another one). */
export function moveArticle(file: MarkdownFile, ref: string, toSection: number, to: number): void {
  const at = findArticle(file, ref);
  if (!at) throw new StudioError(409, t().studio.articleGone({ path: ref }));
  const target = articleList(file, toSection, true);
  const [node] = articleList(file, at[0]).items.splice(at[1], 1);
  target.items.splice(Math.max(0, Math.min(to, target.items.length)), 0, node);
  if (isSeq(target) && target.flow && target.items.length > 4) target.flow = false; // a long list reads better one per line
}

/** Adds articles at the end of a section. */
export function appendArticles(file: MarkdownFile, sectionIndex: number, refs: string[]): void {
  const list = articleList(file, sectionIndex, true);
  for (const ref of refs) list.items.push(docOf(file).createNode(ref));
}

export function removeArticle(file: MarkdownFile, ref: string): void {
  const at = findArticle(file, ref);
  if (!at) throw new StudioError(409, t().studio.articleGone({ path: ref }));
  articleList(file, at[0]).items.splice(at[1], 1);
}

export function renameSection(file: MarkdownFile, index: number, title: string): void {
  if (!title.trim()) throw new StudioError(422, t().studio.sectionTitleEmpty);
  section(file, index).set('title', title.trim());
}

/** A new article section, before the 简讯 (which closes an issue) or at the end. */
export function addSection(file: MarkdownFile, title: string): number {
  if (!title.trim()) throw new StudioError(422, t().studio.sectionTitleEmpty);
  const seq = sections(file);
  const briefsAt = seq.items.findIndex((item) => isMap(item) && item.has('briefs'));
  const at = briefsAt < 0 ? seq.items.length : briefsAt;
  const node = docOf(file).createNode({ title: title.trim(), articles: [] }) as YAMLMap;
  seq.items.splice(at, 0, node);
  return at;
}

/** Only an empty article section can go: an article is never dropped from the issue by the way. */
export function removeSection(file: MarkdownFile, index: number): void {
  const map = section(file, index);
  const list = map.get('articles', true);
  if (map.has('briefs') || (isSeq(list) && list.items.length)) throw new StudioError(422, t().studio.sectionNotEmpty);
  if (sections(file).items.length <= 1) throw new StudioError(422, t().studio.lastSection);
  sections(file).items.splice(index, 1);
}

export function moveSection(file: MarkdownFile, index: number, to: number): void {
  const items = sections(file).items;
  if (!items[index] || to < 0 || to >= items.length) return;
  const [node] = items.splice(index, 1);
  items.splice(to, 0, node);
}

/** The form's fields: a value sets the key, an empty one removes it (a number left out is counted on). */
export function setFields(file: MarkdownFile, fields: IssueFields): void {
  const doc = docOf(file);
  const put = (path: string[], value: unknown, numeric = false) => {
    const text = typeof value === 'string' ? value.trim() : value;
    if (text === null || text === undefined || text === '') {
      if (doc.hasIn(path)) doc.deleteIn(path);
    } else {
      doc.setIn(path, numeric && typeof text === 'string' && /^\d+$/.test(text) ? Number(text) : text);
    }
  };
  for (const key of ['year', 'number', 'total'] as const) if (key in fields) put([key], fields[key] === null ? null : String(fields[key] ?? ''), true);
  for (const key of ['period', 'date', 'title'] as const) if (key in fields) put([key], fields[key]);
  if (fields.cover) {
    for (const key of ['image', 'caption', 'credit'] as const) if (key in fields.cover) put(['cover', key], fields.cover[key]);
    // A cover without its photo is no cover: the caption alone would be an error.
    const cover = doc.get('cover', true);
    if (isMap(cover) && !cover.has('image')) doc.delete('cover');
  }
}

/** The 卷首语: the body of issue.md, one blank line after the front matter. */
export function setForeword(file: MarkdownFile, text: string): void {
  const body = text.replace(/\r\n/g, '\n').trim();
  file.body = body ? `${file.eol}${body.split('\n').join(file.eol)}${file.eol}` : '';
}
