/**
 * One article as its page edits it: the front matter as form fields (title,
 * 目录 title, subtitle, author, source, date, layout, featured) and the body
 * as Markdown. A save changes only the keys whose value changed, in the
 * yaml Document (comments, order and list style stay), and keeps the body as
 * the page sent it. Photos are the body's `![caption](path "credit")` lines:
 * the page edits them in the body itself; a dropped photo is saved by
 * `savePhoto` next to the article.
 */
import { extname, posix } from 'node:path';
import { t } from '../../i18n/index.ts';
import type { ContentStore, WriteOptions } from '../content-store.ts';
import { parseMarkdownFile, writeMarkdownFile, yamlErrors } from '../markdown-file.ts';
import { StudioError } from '../studio-error.ts';
import { PHOTO_TYPES, uploadName } from './import.ts';

export const ARTICLE_KEYS = ['title', 'toc', 'subtitle', 'author', 'source', 'date', 'layout', 'featured'] as const;
type Key = (typeof ARTICLE_KEYS)[number];
export type ArticleMeta = Partial<Record<Key, string | boolean>>;

export interface ArticleView {
  file: string;
  hash: string;
  meta: Record<Key, string | boolean>;
  body: string;
  /** The file line where the body starts: line N of the file is line N - bodyLine + 1 of the body. */
  bodyLine: number;
  yamlErrors: string[];
}

function checkArticle(rel: unknown): string {
  if (typeof rel !== 'string' || !/\.md$/i.test(rel)) throw new StudioError(400, t().studio.notAnArticle({ path: String(rel) }));
  return rel;
}

/** A key's value as the form shows it: a list as 南方日报、广东乡村发展. */
function shown(value: unknown): string | boolean {
  if (Array.isArray(value)) return value.map(String).join('、');
  if (typeof value === 'boolean') return value;
  return value === undefined || value === null ? '' : String(value);
}

export async function articleView(store: ContentStore, rel: string): Promise<ArticleView> {
  const { text, hash } = await store.read(checkArticle(rel));
  const file = parseMarkdownFile(text);
  const data = (file.doc?.toJS() ?? {}) as Record<string, unknown>;
  const meta = Object.fromEntries(ARTICLE_KEYS.map((k) => [k, k === 'featured' ? data[k] === true || data[k] === 'true' || data[k] === '是' : shown(data[k])])) as Record<Key, string | boolean>;
  if (!meta.layout) meta.layout = 'article';
  return { file: rel, hash, meta, body: file.body, bodyLine: file.bodyLine, yamlErrors: yamlErrors(file) };
}

export async function saveArticle(store: ContentStore, rel: string, change: { meta?: ArticleMeta; body?: string }, options: WriteOptions): Promise<{ hash: string; skipped?: boolean; bodyLine: number }> {
  const { text } = await store.read(checkArticle(rel));
  const file = parseMarkdownFile(text);
  if (change.meta && Object.keys(change.meta).length) {
    if (yamlErrors(file).length) throw new StudioError(422, t().studio.articleYamlBroken({ problem: yamlErrors(file)[0] }));
    if (!file.doc) {
      // No front matter yet: made, with the title first, as CONTENT-FORMAT.md shows it.
      const made = parseMarkdownFile(`---\ntitle: ""\n---\n${file.body.replace(/^\r?\n?/, '\n')}`);
      file.doc = made.doc;
      file.body = made.body;
    }
    const doc = file.doc!;
    const data = (doc.toJS() ?? {}) as Record<string, unknown>;
    for (const key of ARTICLE_KEYS) {
      if (!(key in change.meta)) continue;
      const value = change.meta[key];
      if (key === 'featured') {
        if (value === true) doc.set('featured', true);
        else if (doc.has('featured')) doc.delete('featured');
        continue;
      }
      const next = String(value ?? '').trim();
      if (next === String(shown(data[key]))) continue; // unchanged: the line stays as written (a list stays a list)
      if (key === 'layout' && next === 'article' && !doc.has('layout')) continue;
      if (next || key === 'title') doc.set(key, next);
      else if (doc.has(key)) doc.delete(key);
    }
  }
  if (typeof change.body === 'string') file.body = change.body.replace(/\r\n/g, '\n').split('\n').join(file.eol);
  const written = await store.write(rel, writeMarkdownFile(file), t().studio.changes.article({ file: posix.basename(rel) }), options);
  return { hash: written.hash, skipped: written.skipped, bodyLine: file.bodyLine };
}

/** A photo dropped on an article: saved in the images/ folder beside it, under a name not yet taken. Returns the path the article writes. */
export async function savePhoto(store: ContentStore, article: string, name: string, bytes: Uint8Array): Promise<{ file: string; ref: string }> {
  checkArticle(article);
  const safe = uploadName(name);
  const ext = extname(safe).toLowerCase();
  if (!PHOTO_TYPES.has(ext)) throw new StudioError(415, t().studio.notAPhoto({ name: safe }));
  const dir = posix.join(posix.dirname(article), 'images');
  const stem = posix.basename(safe, extname(safe)).normalize('NFKD').replace(/[^A-Za-z0-9_-]+/g, '-').replace(/^-+|-+$/g, '').toLowerCase() || 'photo';
  for (let n = 1; ; n++) {
    const file = `${dir}/${n === 1 ? stem : `${stem}-${n}`}${ext === '.jpeg' ? '.jpg' : ext}`;
    if ((await store.currentHash(file)) !== null) continue;
    await store.write(file, bytes, t().studio.changes.photo({ name: safe }), { base: null });
    return { file, ref: posix.relative(posix.dirname(article), file) };
  }
}
