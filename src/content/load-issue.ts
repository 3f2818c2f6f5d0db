/**
 * Reads one issue folder: issue.md (front matter + 卷首语), every article it
 * names, and the briefs file. Pure reading and checking: Markdown is not
 * turned into HTML here (see src/model/assemble.ts).
 */
import { readdir, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { VFile } from 'vfile';
import { reportError, reportWarning, type FileRegistry, type Place } from '../core/problems.ts';
import { readContentText } from './read-content.ts';
import { reportExampleText } from './example-text.ts';
import { t } from '../i18n/index.ts';
import { splitFrontMatter } from './front-matter.ts';
import { validate } from './validate.ts';
import { ARTICLE_HELP, ISSUE_HELP, articleSchema, issueSchema, type ArticleFrontMatter, type IssueFrontMatter } from './schemas.ts';
import { displayPath, resolveContentPath } from '../core/paths.ts';

export interface MarkdownSource {
  file: VFile;
  /** The Markdown body, front matter blanked out so positions are file positions. */
  body: string;
}

export interface LoadedArticle extends MarkdownSource {
  meta: ArticleFrontMatter;
  /** Where a front matter key's value stands (for problems found later, when the article is assembled). */
  locate: (path: PropertyKey[]) => Place;
  /** Where a front matter key itself stands. */
  locateKey: (path: PropertyKey[]) => Place;
}

export interface LoadedSection {
  title: string;
  articles: LoadedArticle[];
  briefs?: MarkdownSource;
}

export interface LoadedIssue {
  /** The issue folder's absolute path and its name (used in output paths). */
  dir: string;
  folder: string;
  file: VFile;
  meta: IssueFrontMatter;
  foreword: MarkdownSource;
  sections: LoadedSection[];
  cover?: { path: string; caption?: string; credit?: string; place: Place };
}

export interface IssueHeader {
  file: VFile;
  meta?: IssueFrontMatter;
  /** The sections, when they are valid even though other keys are not: their files are still checked. */
  sections?: IssueFrontMatter['sections'];
  body: string;
  locate: (path: PropertyKey[]) => Place;
}

/** Reads issue.md only: enough for numbering across the archive. */
export async function loadIssueHeader(dir: string, files: FileRegistry): Promise<IssueHeader> {
  const path = `${dir}/issue.md`;
  const file = files.add(new VFile({ path }));
  const text = await readContentText({ file, path, namedIn: file, advice: t().content.adviseIssueMd });
  const fm = splitFrontMatter(file, text ?? '');
  if (text !== undefined && !fm.present) reportError(file, t().content.issueNoFrontMatter, { line: 1, column: 1 }, 'front-matter-missing');
  const meta = text === undefined ? undefined : validate(file, fm.yaml, issueSchema, ISSUE_HELP, t().content.whatIssue);
  const sections = meta?.sections ?? issueSchema.shape.sections.safeParse((fm.yaml.data as { sections?: unknown } | undefined)?.sections).data;
  return { file, meta, sections, body: fm.body, locate: (p) => fm.yaml.locate(p) };
}

/** Reads the rest of an issue whose issue.md `header` was read. */
export async function loadIssue(root: string, dir: string, header: IssueHeader, files: FileRegistry): Promise<LoadedIssue | undefined> {
  const { file, meta } = header;
  // Paths are settled in list order before anything is read, so the first naming of a file wins.
  const listed = new Map<string, Place>();
  const plan = (header.sections ?? []).map((section, s) => ({
    title: section.title,
    articles: (section.articles ?? []).flatMap((ref, a) => {
      const place = header.locate(['sections', s, 'articles', a]);
      const path = resolveOrReport(root, file, ref, place);
      return path && listedOnce(listed, path, place, file, ref) ? [{ path, place }] : [];
    }),
    briefs: section.briefs ? briefsOf(root, file, section.briefs, header.locate(['sections', s, 'briefs']), listed) : undefined,
  }));
  // Even when issue.md has errors, its articles are read, so one run reports their problems too.
  const sections = await Promise.all(
    plan.map(async (section): Promise<LoadedSection> => {
      const articles = await Promise.all(section.articles.map(async ({ path, place }) => loadArticle(files, file, (await articlePath(path)) ?? path, place, root)));
      const briefs = section.briefs && (await loadMarkdown(files, file, section.briefs.path, section.briefs.place, root));
      return { title: section.title, articles: articles.filter((a): a is LoadedArticle => !!a), briefs };
    }),
  );
  await warnUnlisted(dir, listed, files);
  reportExampleText(file, String(file.value ?? ''));

  if (!meta) return undefined;
  let cover: LoadedIssue['cover'];
  if (meta.cover) {
    const place = header.locate(['cover', 'image']);
    const path = resolveOrReport(root, file, meta.cover.image, place);
    if (path) cover = { path, caption: meta.cover.caption, credit: meta.cover.credit, place };
  } else {
    reportWarning(file, t().content.noCover, header.locate([]), 'no-cover');
  }

  return { dir, folder: basename(dir), file, meta, foreword: { file, body: header.body }, sections, cover };
}

function resolveOrReport(root: string, file: VFile, ref: string, place: Place): string | undefined {
  const resolved = resolveContentPath(root, file.path, ref);
  if (resolved.ok) return resolved.path;
  reportError(file, resolved.reason, place, 'path-outside-root');
  return undefined;
}

/** A section's 简讯 file, resolved and counted as listed; undefined (reported) when its path is refused. */
function briefsOf(root: string, file: VFile, ref: string, place: Place, listed: Map<string, Place>): { path: string; place: Place } | undefined {
  const path = resolveOrReport(root, file, ref, place);
  if (path) listed.set(path, place);
  return path ? { path, place } : undefined;
}

/** An article named twice prints once: the second naming is a warning that names the first line. */
function listedOnce(listed: Map<string, Place>, path: string, place: Place, file: VFile, ref: string): boolean {
  const key = /\.md$/i.test(path) ? path : `${path}.md`;
  const first = listed.get(key);
  if (!first) {
    listed.set(key, place);
    return true;
  }
  reportWarning(file, t().content.articleListedTwice({ path: ref, line: first.line }), place, 'article-listed-twice');
  return false;
}

/** Article files in the issue folder that issue.md does not list are not printed: say so. */
async function warnUnlisted(dir: string, listed: Map<string, Place>, files: FileRegistry): Promise<void> {
  const found = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  for (const entry of found) {
    const path = join(entry.parentPath, entry.name);
    const rel = displayPath(dir, path);
    if (!entry.isFile() || !entry.name.toLowerCase().endsWith('.md') || rel === 'issue.md') continue;
    if (rel.split('/').some((part) => part.startsWith('.') || part === 'node_modules') || /^readme\.md$/i.test(entry.name)) continue;
    if (listed.has(path)) continue;
    reportWarning(files.forPath(path), t().content.articleNotListed({ path: rel }), { line: 1, column: 1 }, 'article-not-listed');
  }
}

async function loadMarkdown(files: FileRegistry, namedIn: VFile, path: string, place: Place, root: string): Promise<MarkdownSource | undefined> {
  const file = files.add(new VFile({ path }));
  const text = await readContentText({ file, path, namedIn, place, advice: t().content.adviseFile, root });
  if (text === undefined) return undefined;
  reportExampleText(file, text);
  const body = splitFrontMatter(file, text).body;
  if (!body.trim()) reportWarning(namedIn, t().content.briefsEmpty, place, 'briefs-empty');
  return { file, body };
}

/** `focus/article` is taken to mean focus/article.md when only that exists; undefined when neither does. */
async function articlePath(named: string): Promise<string | undefined> {
  if (await isFile(named)) return named;
  if (!named.toLowerCase().endsWith('.md') && (await isFile(`${named}.md`))) return `${named}.md`;
  return undefined;
}

async function loadArticle(files: FileRegistry, namedIn: VFile, path: string, place: Place, root: string): Promise<LoadedArticle | undefined> {
  const file = files.add(new VFile({ path }));
  const text = await readContentText({ file, path, namedIn, place, advice: t().content.adviseArticle, root });
  if (text === undefined) return undefined;
  if (!text.trim()) {
    reportError(file, t().content.articleEmpty, { line: 1, column: 1 }, 'article-empty');
    return undefined;
  }
  const fm = splitFrontMatter(file, text);
  if (!fm.present) {
    reportError(file, t().content.articleNoFrontMatter, { line: 1, column: 1 }, 'front-matter-missing');
    return undefined;
  }
  if (!fm.body.trim()) reportWarning(file, t().content.articleNoBody, { line: fm.body.split('\n').length, column: 1 }, 'article-no-body');
  reportExampleText(file, text);
  const meta = validate(file, fm.yaml, articleSchema, ARTICLE_HELP, t().content.whatArticle);
  return meta ? { file, body: fm.body, meta, locate: (p) => fm.yaml.locate(p), locateKey: (p) => fm.yaml.locateKey(p) } : undefined;
}

async function isFile(path: string): Promise<boolean> {
  return stat(path).then((s) => s.isFile(), () => false);
}
