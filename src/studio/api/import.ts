/**
 * Files dropped on an issue: each becomes an article of the chosen section.
 * A Word file, web page or text goes through `yuebao import`
 * (importClippings) into a temp folder first; the article and its photos are
 * then written into the issue — atomically, under names not yet taken — and
 * listed in issue.md, all as one change that 「撤销」 takes back. A photo
 * (JPEG, PNG, HEIC …) becomes a photo page (`layout: photos`). What import
 * warned about is returned, to show beside the new row.
 */
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, extname, join } from 'node:path';
import { posix } from 'node:path';
import { Document } from 'yaml';
import { importClippings } from '../../import/import-clippings.ts';
import { articleName } from '../../import/write-article.ts';
import { t } from '../../i18n/index.ts';
import type { ContentStore } from '../content-store.ts';
import { parseMarkdownFile } from '../markdown-file.ts';
import { StudioError } from '../studio-error.ts';
import { articleSection, issueFile, issueView, listArticles, withIssue, type IssueView } from './issue.ts';
import { problemRows, type ProblemRow } from './problems.ts';

export const PHOTO_TYPES = new Set(['.jpg', '.jpeg', '.png', '.heic', '.heif', '.webp', '.gif', '.tif', '.tiff']);

export interface Imported {
  /** The new articles (relative to the content root). */
  articles: string[];
  problems: ProblemRow[];
  issue: IssueView;
}

/** A file name as the browser sent it, made safe to save: no folders, no control characters. */
export function uploadName(name: unknown): string {
  const base = basename(String(name ?? '').replace(/\\/g, '/')).replace(/[\u0000-\u001f<>:"|?*]/g, '_').trim();
  return base && base !== '.' && base !== '..' ? base.slice(-120) : 'upload';
}

export function importFile(store: ContentStore, folder: string, sectionWanted: number, name: string, bytes: Uint8Array): Promise<Imported> {
  return withIssue(folder, () => importInto(store, folder, sectionWanted, name, bytes));
}

async function importInto(store: ContentStore, folder: string, sectionWanted: number, name: string, bytes: Uint8Array): Promise<Imported> {
  const issueRel = issueFile(folder);
  const issue = parseMarkdownFile((await store.read(issueRel)).text);
  const section = articleSection(issue, sectionWanted);
  const view = await issueView(store, folder);
  const dir = `${folder}/${sectionFolder(view, section)}`;
  const temp = await mkdtemp(join(tmpdir(), 'yuebao-studio-import-'));
  try {
    const upload = join(temp, 'upload', uploadName(name));
    await mkdir(join(temp, 'upload'));
    await writeFile(upload, bytes);
    const tx = store.begin(t().studio.changes.import({ name: uploadName(name) }));
    let made: { article: string; problems: ProblemRow[] };
    if (PHOTO_TYPES.has(extname(upload).toLowerCase())) made = await photoArticle(store, tx, dir, upload);
    else made = await clippingArticle(store, tx, dir, upload, join(temp, 'out'));
    await listArticles(store, folder, section, [made.article], (rel, text) => tx.write(rel, text));
    tx.commit();
    return { articles: [made.article], problems: made.problems, issue: await issueView(store, folder) };
  } finally {
    await rm(temp, { recursive: true, force: true });
  }
}

/** Where a section's new articles go: the folder most of its articles are in, else `articles/`. */
function sectionFolder(view: IssueView, section: number): string {
  const dirs = (view.sections[section]?.articles ?? []).filter((a) => !a.example && a.ref.includes('/')).map((a) => posix.dirname(a.ref));
  const counts = new Map<string, number>();
  for (const d of dirs) if (!d.startsWith('.')) counts.set(d, (counts.get(d) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 'articles';
}

type Tx = ReturnType<ContentStore['begin']>;

/** A name `stem[-N].ext` in `dir` (relative to the root) that is not taken. */
async function freeName(store: ContentStore, dir: string, stem: string, ext: string): Promise<string> {
  for (let n = 1; ; n++) {
    const rel = `${dir}/${n === 1 ? stem : `${stem}-${n}`}${ext}`;
    if ((await store.currentHash(rel)) === null) return rel;
  }
}

async function clippingArticle(store: ContentStore, tx: Tx, dir: string, upload: string, out: string) {
  const result = await importClippings([upload], { out });
  // Messages name the temp folder the clipping was imported into: the editor knows the issue's folder.
  const problems = problemRows(result.files, store.root).map((p) => ({ ...p, message: p.message.split(out).join(dir) }));
  const [written] = result.written;
  if (!written) throw new StudioError(422, problems.find((p) => p.severity === 'error')?.message ?? t().studio.importFailed, { problems });
  let text = await readFile(written, 'utf8');
  // The photos import saved, under names free in the issue's images/ folder, and the article's links to them.
  const images = await readdir(join(out, 'images')).catch(() => [] as string[]);
  for (const image of images.sort()) {
    const rel = await freeName(store, `${dir}/images`, basename(image, extname(image)), extname(image));
    await tx.write(rel, await readFile(join(out, 'images', image)), { base: null });
    const now = posix.relative(dir, rel);
    if (now !== `images/${image}`) text = text.split(`](images/${image}`).join(`](${now}`);
  }
  const article = await freeName(store, dir, basename(written, '.md'), '.md');
  await tx.write(article, text, { base: null });
  return { article, problems };
}

async function photoArticle(store: ContentStore, tx: Tx, dir: string, upload: string) {
  const ext = extname(upload).toLowerCase();
  const stem = articleName(upload, { title: '', sources: [], authors: [] } as never) || 'photo';
  const image = await freeName(store, `${dir}/images`, stem, ext === '.jpeg' ? '.jpg' : ext);
  await tx.write(image, await readFile(upload), { base: null });
  const title = basename(upload, extname(upload)).replace(/[\r\n"]/g, ' ').trim();
  const front = new Document({ title: title || t().studio.photoTitle, layout: 'photos' }).toString({ lineWidth: 0 });
  const doc = `---\n${front}---\n\n![](${posix.relative(dir, image)})\n`;
  const article = await freeName(store, dir, stem, '.md');
  await tx.write(article, doc, { base: null });
  const problems: ProblemRow[] = [{ name: basename(upload), line: 1, column: 1, severity: 'warning', message: t().studio.photoNeedsCaption, rule: 'studio-photo-caption' }];
  return { article, problems };
}
