/**
 * The article file: `<out>/<name>.md`, named after the clipping (ASCII, so it
 * is safe in URLs and on every file system; -2, -3 when taken), with front
 * matter written by the yaml package, so that a title with a colon or a
 * quote is still valid YAML, and only keys that articles know.
 */
import { existsSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { Document, isScalar, isSeq } from 'yaml';
import { t } from '../i18n/index.ts';
import type { ArticleMeta } from './types.ts';

/** `广清-news_2024.HTML` → `news-2024`; nothing ASCII left → `article-<date>` or `article`. */
export function articleName(input: string, meta: ArticleMeta): string {
  const stem = basename(input, extname(input))
    .normalize('NFKD')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .toLowerCase()
    .slice(0, 60)
    .replace(/-+$/, '');
  return stem || (meta.date ? `article-${meta.date}` : 'article');
}

/** A path in `out` for `name` that neither exists nor was given out already in this run. */
export function freePath(out: string, name: string, taken: Set<string>): string {
  for (let n = 1; ; n++) {
    const path = join(out, n === 1 ? `${name}.md` : `${name}-${n}.md`);
    if (!existsSync(path) && !taken.has(path)) {
      taken.add(path);
      return path;
    }
  }
}

/** The front matter block, keys in the order of CONTENT-FORMAT.md. */
export function frontMatter(meta: ArticleMeta): string {
  const data: Record<string, unknown> = { title: meta.title };
  if (meta.subtitle) data.subtitle = meta.subtitle;
  if (meta.sources.length) data.source = meta.sources.length === 1 ? meta.sources[0] : meta.sources;
  if (meta.authors.length) data.author = meta.authors.join(' ');
  if (meta.date) data.date = meta.date;
  const doc = new Document(data);
  // source: [南方日报, 广东乡村发展], on one line as in CONTENT-FORMAT.md.
  const source = doc.get('source', true);
  if (isSeq(source)) source.flow = true;
  // No title found: `title: ""` and why, where the editor fills it in (`yuebao check` stops at this line until then).
  const title = doc.get('title', true);
  if (isScalar(title) && !meta.title) {
    title.type = 'QUOTE_DOUBLE';
    title.comment = ` ${t().import.titleToFill}`;
  }
  return `---\n${doc.toString({ lineWidth: 0, flowCollectionPadding: false })}---\n`;
}
