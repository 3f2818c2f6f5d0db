/**
 * One issue as its page shows it (sections with their articles in order, the
 * form fields, the 卷首语, the 简讯) and the changes made to it there. Every
 * change is made on issue.md as it is on disk now, and refused (409) when that
 * is not what the page loaded: another program changed it meanwhile.
 */
import { access } from 'node:fs/promises';
import { basename } from 'node:path';
import { EXAMPLE_PHRASES } from '../../content/example-text.ts';
import { resolveContentPath } from '../../core/paths.ts';
import { t } from '../../i18n/index.ts';
import { FileQueue } from '../atomic-write.ts';
import type { ContentStore, WriteOptions } from '../content-store.ts';
import * as ops from '../issue-doc.ts';
import { parseMarkdownFile, writeMarkdownFile, yamlErrors, type MarkdownFile } from '../markdown-file.ts';
import { relativeName } from '../safe-path.ts';
import { StudioError } from '../studio-error.ts';
import { archiveIssues } from './archive.ts';

export interface ArticleRow {
  /** As issue.md names it (relative to the issue folder). */
  ref: string;
  /** Relative to the content root; absent when the path is refused. */
  file?: string;
  title: string;
  layout: string;
  missing?: boolean;
  example?: boolean;
}

export interface SectionView {
  title: string;
  articles?: ArticleRow[];
  briefs?: { ref: string; file?: string };
}

export interface IssueView {
  folder: string;
  /** Hash of issue.md as read: sent back with every change. */
  hash: string;
  issueLine?: string;
  periodLabel?: string;
  fields: { year?: unknown; number?: unknown; total?: unknown; period?: unknown; date?: unknown; title?: unknown; cover: { image?: string; caption?: string; credit?: string } };
  /** The cover photo relative to the content root. */
  coverFile?: string;
  sections: SectionView[];
  foreword: string;
  briefs?: { file: string; text: string; hash: string };
  /** issue.md's YAML cannot be read: the page shows why and offers no structured editing. */
  yamlErrors: string[];
}

/** `folder` must be an issue folder right under the root. */
export function issueFile(folder: unknown): string {
  if (typeof folder !== 'string' || !folder || folder.includes('/')) throw new StudioError(404, t().studio.noSuchIssue({ folder: String(folder) }));
  return `${folder}/issue.md`;
}

export async function issueView(store: ContentStore, folder: string): Promise<IssueView> {
  const rel = issueFile(folder);
  const { text, hash } = await store.read(rel);
  const file = parseMarkdownFile(text);
  const issuePath = await store.path(rel);
  const data = (file.doc?.toJS() ?? {}) as Record<string, unknown>;
  const summary = (await archiveIssues(store.root).catch(() => ({ issues: [] }))).issues.find((i) => i.folder === folder);
  const cover = (data.cover && typeof data.cover === 'object' ? data.cover : {}) as Record<string, unknown>;
  const coverRef = typeof cover.image === 'string' ? resolveContentPath(store.root, issuePath, cover.image) : undefined;

  const sections: SectionView[] = [];
  let briefs: IssueView['briefs'];
  for (const raw of Array.isArray(data.sections) ? data.sections : []) {
    const s = (raw ?? {}) as Record<string, unknown>;
    const view: SectionView = { title: String(s.title ?? '') };
    if (Array.isArray(s.articles)) view.articles = await Promise.all(s.articles.map((ref) => articleRow(store, issuePath, String(ref))));
    if (typeof s.briefs === 'string') {
      const at = resolveContentPath(store.root, issuePath, s.briefs);
      view.briefs = { ref: s.briefs, file: at.ok ? relativeName(store.root, at.path) : undefined };
      if (at.ok && !briefs) {
        const read = await store.read(relativeName(store.root, at.path)).catch(() => undefined);
        briefs = { file: relativeName(store.root, at.path), text: read?.text ?? '', hash: read?.hash ?? '' };
      }
    }
    sections.push(view);
  }
  return {
    folder,
    hash,
    issueLine: summary?.issueLine,
    periodLabel: summary?.periodLabel,
    fields: {
      year: data.year,
      number: data.number,
      total: data.total,
      period: data.period,
      date: data.date,
      title: data.title,
      cover: { image: str(cover.image), caption: str(cover.caption), credit: str(cover.credit) },
    },
    coverFile: coverRef?.ok ? relativeName(store.root, coverRef.path) : undefined,
    sections,
    foreword: file.body.trim(),
    briefs,
    yamlErrors: yamlErrors(file),
  };
}

const str = (v: unknown) => (v === undefined || v === null ? undefined : String(v));

async function articleRow(store: ContentStore, issuePath: string, ref: string): Promise<ArticleRow> {
  const at = resolveContentPath(store.root, issuePath, ref);
  if (!at.ok) return { ref, title: ref, layout: 'article', missing: true };
  let path = at.path;
  if (!/\.md$/i.test(path) && (await exists(`${path}.md`)) && !(await exists(path))) path = `${path}.md`;
  const file = relativeName(store.root, path);
  const read = await store.read(file).catch(() => undefined);
  if (!read) return { ref, file, title: basename(ref), layout: 'article', missing: true };
  const meta = (parseMarkdownFile(read.text).doc?.toJS() ?? {}) as Record<string, unknown>;
  const title = typeof meta.title === 'string' || typeof meta.title === 'number' ? String(meta.title) : '';
  return {
    ref,
    file,
    title: title.trim() || t().studio.untitled,
    layout: meta.layout === 'photos' ? 'photos' : 'article',
    example: Object.values(EXAMPLE_PHRASES).some((p) => read.text.includes(p)) || undefined,
  };
}

function exists(path: string): Promise<boolean> {
  return access(path).then(() => true, () => false);
}

/** A change the issue page asks for: one of the operations of issue-doc.ts. */
export type IssueChange =
  | { op: 'move-article'; ref: string; section: number; index: number }
  | { op: 'remove-article'; ref: string; deleteFile?: boolean }
  | { op: 'rename-section'; section: number; title: string }
  | { op: 'add-section'; title: string }
  | { op: 'remove-section'; section: number }
  | { op: 'move-section'; section: number; to: number }
  | { op: 'fields'; fields: ops.IssueFields }
  | { op: 'foreword'; text: string };

/**
 * One change of an issue's issue.md at a time, from reading it to writing it:
 * an import and a move from two tabs would otherwise both start from the same
 * text, and the second write would drop the first change.
 */
const issueLocks = new FileQueue();
export function withIssue<T>(folder: string, work: () => Promise<T>): Promise<T> {
  return issueLocks.run(issueFile(folder), work);
}

/** Applies `change` to issue.md (as the page loaded it: `base`), written as one undoable change. */
export function changeIssue(store: ContentStore, folder: string, change: IssueChange, options: WriteOptions): Promise<IssueView> {
  return withIssue(folder, () => applyChange(store, folder, change, options));
}

async function applyChange(store: ContentStore, folder: string, change: IssueChange, options: WriteOptions): Promise<IssueView> {
  const rel = issueFile(folder);
  const { text } = await store.read(rel);
  const file = parseMarkdownFile(text);
  const m = t().studio;
  if (change.op !== 'foreword' && yamlErrors(file).length) throw new StudioError(422, m.issueYamlBroken({ problem: yamlErrors(file)[0] }));
  const tx = store.begin(labelOf(change));
  switch (change.op) {
    case 'move-article':
      ops.moveArticle(file, change.ref, change.section, change.index);
      break;
    case 'remove-article': {
      ops.removeArticle(file, change.ref);
      const at = resolveContentPath(store.root, await store.path(rel), change.ref);
      // The file goes too (kept in .yuebao/history/, and back with 「撤销」): left behind, every build would warn that it is not listed.
      if (change.deleteFile && at.ok) await tx.remove(relativeName(store.root, at.path));
      break;
    }
    case 'rename-section':
      ops.renameSection(file, change.section, String(change.title ?? ''));
      break;
    case 'add-section':
      ops.addSection(file, String(change.title ?? ''));
      break;
    case 'remove-section':
      ops.removeSection(file, change.section);
      break;
    case 'move-section':
      ops.moveSection(file, change.section, change.to);
      break;
    case 'fields':
      ops.setFields(file, change.fields ?? {});
      break;
    case 'foreword':
      ops.setForeword(file, String(change.text ?? ''));
      break;
    default:
      throw new StudioError(400, m.unknownChange);
  }
  await tx.write(rel, writeMarkdownFile(file), options);
  tx.commit();
  return issueView(store, folder);
}

function labelOf(change: IssueChange): string {
  const label = (t().studio.changes as Record<string, unknown>)[change.op];
  return typeof label === 'string' ? label : change.op;
}

/** Adds articles (already written) to a section of issue.md, inside a change begun by the caller. */
export async function listArticles(store: ContentStore, folder: string, section: number, files: string[], write: (rel: string, text: string) => Promise<unknown>): Promise<void> {
  const rel = issueFile(folder);
  const { text } = await store.read(rel);
  const file: MarkdownFile = parseMarkdownFile(text);
  if (yamlErrors(file).length) throw new StudioError(422, t().studio.issueYamlBroken({ problem: yamlErrors(file)[0] }));
  const target = articleSection(file, section);
  ops.appendArticles(file, target, files.map((f) => f.slice(folder.length + 1)));
  await write(rel, writeMarkdownFile(file));
}

/** `wanted` if it is an article section, else the first one that is (imports never land in the 简讯). */
export function articleSection(file: MarkdownFile, wanted: number): number {
  const list = ((file.doc?.toJS() ?? {}) as { sections?: Array<{ briefs?: unknown }> }).sections ?? [];
  const usable = (i: number) => !!list[i] && !list[i]?.briefs;
  if (usable(wanted)) return wanted;
  const first = list.findIndex((_, i) => usable(i));
  if (first < 0) throw new StudioError(422, t().studio.noArticleSection);
  return first;
}
