/**
 * Reads one issue folder: issue.md (front matter + 卷首语), every article it
 * names, and the briefs file. Pure reading and checking: Markdown is not
 * turned into HTML here (see src/model/assemble.ts).
 */
import { readFile, stat } from 'node:fs/promises';
import { basename, dirname, relative } from 'node:path';
import { VFile } from 'vfile';
import { reportError, type FileRegistry, type Place } from './problems.ts';
import { splitFrontMatter } from './front-matter.ts';
import { validate } from './validate.ts';
import { ARTICLE_HELP, ISSUE_HELP, articleSchema, issueSchema, type ArticleFrontMatter, type IssueFrontMatter } from './schemas.ts';
import { resolveContentPath } from './paths.ts';

export interface MarkdownSource {
  file: VFile;
  /** The Markdown body, front matter blanked out so positions are file positions. */
  body: string;
}

export interface LoadedArticle extends MarkdownSource {
  meta: ArticleFrontMatter;
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
  const text = await readText(file, path, undefined, 'Create issue.md with the issue\'s front matter (year, period, date, sections).');
  const fm = splitFrontMatter(file, text ?? '');
  if (text !== undefined && !fm.present) {
    reportError(file, 'issue.md has no front matter: start it with a `---` line, the issue\'s `key: value` lines (year, period, date, sections), and another `---` line.', { line: 1, column: 1 }, 'front-matter-missing');
  }
  const meta = text === undefined ? undefined : validate(file, fm.yaml, issueSchema, ISSUE_HELP, 'front matter of issue.md');
  const sections = meta?.sections ?? issueSchema.shape.sections.safeParse((fm.yaml.data as { sections?: unknown } | undefined)?.sections).data;
  return { file, meta, sections, body: fm.body, locate: (p) => fm.yaml.locate(p) };
}

/** Reads the rest of an issue whose issue.md `header` was read. */
export async function loadIssue(root: string, dir: string, header: IssueHeader, files: FileRegistry): Promise<LoadedIssue | undefined> {
  const { file, meta } = header;
  // Even when issue.md has errors, its articles are read, so one run reports their problems too.
  const sections = await Promise.all(
    (header.sections ?? []).map(async (section, s): Promise<LoadedSection> => {
      const articles = await Promise.all(
        (section.articles ?? []).map(async (ref, a) => {
          const place = header.locate(['sections', s, 'articles', a]);
          const path = resolveOrReport(root, file, ref, place);
          return path ? loadArticle(files, file, path, place) : undefined;
        }),
      );
      let briefs: MarkdownSource | undefined;
      if (section.briefs) {
        const place = header.locate(['sections', s, 'briefs']);
        const path = resolveOrReport(root, file, section.briefs, place);
        if (path) briefs = await loadMarkdown(files, file, path, place);
      }
      return { title: section.title, articles: articles.filter((a): a is LoadedArticle => !!a), briefs };
    }),
  );

  if (!meta) return undefined;
  let cover: LoadedIssue['cover'];
  if (meta.cover) {
    const place = header.locate(['cover', 'image']);
    const path = resolveOrReport(root, file, meta.cover.image, place);
    if (path) cover = { path, caption: meta.cover.caption, credit: meta.cover.credit, place };
  }

  return { dir, folder: basename(dir), file, meta, foreword: { file, body: header.body }, sections, cover };
}

function resolveOrReport(root: string, file: VFile, ref: string, place: Place): string | undefined {
  const resolved = resolveContentPath(root, file.path, ref);
  if (resolved.ok) return resolved.path;
  reportError(file, resolved.reason, place, 'path-outside-root');
  return undefined;
}

async function loadMarkdown(files: FileRegistry, namedIn: VFile, path: string, place: Place): Promise<MarkdownSource | undefined> {
  const file = files.add(new VFile({ path }));
  const text = await readText(namedIn, path, place, 'Check the spelling of the path, or create the file.');
  if (text === undefined) return undefined;
  return { file, body: splitFrontMatter(file, text).body };
}

async function loadArticle(files: FileRegistry, namedIn: VFile, named: string, place: Place): Promise<LoadedArticle | undefined> {
  // `focus/article` is taken to mean focus/article.md when only that exists.
  const path = !named.toLowerCase().endsWith('.md') && !(await isFile(named)) && (await isFile(`${named}.md`)) ? `${named}.md` : named;
  const text = await readText(namedIn, path, place, 'Check the spelling of the path in issue.md, or create the article file.');
  if (text === undefined) return undefined;
  const file = files.add(new VFile({ path }));
  const fm = splitFrontMatter(file, text);
  if (!fm.present) {
    reportError(file, 'This article has no front matter: start it with a `---` line, `title: …`, and another `---` line.', { line: 1, column: 1 }, 'front-matter-missing');
    return undefined;
  }
  const meta = validate(file, fm.yaml, articleSchema, ARTICLE_HELP, 'article front matter');
  return meta ? { file, body: fm.body, meta } : undefined;
}

async function isFile(path: string): Promise<boolean> {
  return stat(path).then((s) => s.isFile(), () => false);
}

async function readText(namedIn: VFile, path: string, place: Place | undefined, advice: string): Promise<string | undefined> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const what = code === 'ENOENT' ? 'does not exist' : code === 'EISDIR' ? 'is a folder, not a file' : `cannot be read (${code})`;
    reportError(namedIn, `${relative(dirname(namedIn.path), path)} ${what}. ${advice}`, place, 'missing-file');
    return undefined;
  }
}
