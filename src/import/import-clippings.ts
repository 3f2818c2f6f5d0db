/**
 * `yuebao import FILE... --out DIR`: clippings (saved web pages, Markdown or
 * HTML posts with front matter, plain text) → article Markdown in the format
 * of CONTENT-FORMAT.md. Each clipping goes through the same steps: read it
 * and find its body (per kind), find the metadata, shape the body, place its
 * pictures, write it, and check that no body text was lost on the way.
 * A bad clipping gives a problem line and is skipped; it never stops the rest.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { textLines } from './hast-text.ts';
import { prepareBody } from './hast-prepare.ts';
import { removeJunkElements } from './html-junk.ts';
import { parseHtmlPage } from './html-page.ts';
import { placeImages } from './images.ts';
import { parsePlainText, parsePost } from './post-and-text.ts';
import { readClipping } from './read-clipping.ts';
import { lostText } from './safety-check.ts';
import { isJunkLine } from './line-rules.ts';
import { shapeBody, type ShapeContext } from './shape-body.ts';
import { hastToMdast, mdastToMarkdown } from './to-markdown.ts';
import { ClippingError, mergeMeta, type ParsedClipping, type Problem } from './types.ts';
import { articleName, freePath, frontMatter } from './write-article.ts';

export interface ImportResult {
  /** Markdown files written (absolute or as given). */
  written: string[];
  /** Linter-style lines: `path:line:col  error|warning  message  rule-id`. */
  problems: string[];
}

export async function importClippings(files: string[], options: { out: string }): Promise<ImportResult> {
  const result: ImportResult = { written: [], problems: [] };
  const taken = new Set<string>();
  for (const file of files) {
    const problems: Problem[] = [];
    try {
      const path = await importOne(file, options.out, taken, problems);
      result.written.push(path);
    } catch (error) {
      problems.push(asProblem(error));
    }
    result.problems.push(...problems.map((p) => `${shown(file)}:${p.line}:${p.column}  ${p.severity}  ${p.message}  ${p.rule}`));
  }
  return result;
}

/** The path as the user sees it: relative to the working folder, like the other commands' problems. */
function shown(path: string): string {
  const rel = relative(process.cwd(), resolve(path));
  return !rel || rel.startsWith('..') ? path : rel;
}

const excerpt = (text: string) => (text.length > 40 ? `${text.slice(0, 40)}…` : text);

function asProblem(error: unknown): Problem {
  if (error instanceof ClippingError) return { line: error.line, column: 1, severity: 'error', message: error.message, rule: error.rule };
  // Not foreseen: still one line, and the clipping named, never a stack trace.
  return { line: 1, column: 1, severity: 'error', message: `Could not import this clipping (${(error as Error)?.message ?? error}): import it as plain text (.txt), or copy the article in by hand`, rule: 'import-failed' };
}

async function read(file: string) {
  try {
    return await readClipping(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT' ? 'There is no such file: check the path' : code === 'EISDIR' ? 'This is a folder: name the clipping files in it' : code ? `The file cannot be read (${code}): check its permissions` : `${(error as Error).message}: give an HTML page, a Markdown post or a plain text file`;
    throw new ClippingError(why, 'import-unreadable');
  }
}

async function importOne(file: string, out: string, taken: Set<string>, problems: Problem[]): Promise<string> {
  const clipping = await read(file);
  const parsed: ParsedClipping = clipping.kind === 'html' ? parseHtmlPage(clipping.text) : clipping.kind === 'post' ? parsePost(clipping.text) : parsePlainText(clipping.text);
  const { meta, removed } = parsed;
  if (!meta.title) {
    const where = clipping.kind === 'html' ? 'an <h1> or a <title>' : clipping.kind === 'post' ? 'a `title:` in the front matter' : 'a first line';
    throw new ClippingError(`No title found (looked for ${where}): add the title to the clipping and import it again`, 'import-no-title');
  }
  // Posts come from a CMS or a blog: their bodies may still carry scripts, comments, share bars.
  if (clipping.kind === 'post') removeJunkElements(parsed.body);
  const before = textLines(parsed.body);
  prepareBody(parsed.body);
  const tree = hastToMdast(parsed.body);
  const shape: ShapeContext = { meta, removed, looseSubheadings: parsed.looseSubheadings };
  shapeBody(tree, shape);
  mergeMeta(meta, parsed.lateMeta ?? {});
  if (shape.pager) {
    // Pagers are bare links, which keep no position in Markdown: found again among the clipping's lines.
    const at = before.find((l) => l.text.replace(/\s/g, '') === shape.pager?.replace(/\s/g, ''));
    problems.push({ line: (at?.line ?? 1) + parsed.lineOffset, column: at?.column ?? 1, severity: 'warning', message: `This is one page of an article split over several (${shape.pager}): import the other pages too and join them by hand`, rule: 'import-more-pages' });
  }

  const name = articleName(file, meta);
  mkdirSync(out, { recursive: true });
  for (const p of placeImages(tree, { clipping: file, out, article: name, pageUrl: parsed.pageUrl })) {
    problems.push({ line: (p.image.position?.start.line ?? 1) + parsed.lineOffset, column: p.image.position?.start.column ?? 1, severity: 'warning', message: p.message, rule: p.rule });
  }
  const body = mdastToMarkdown(tree);
  removed.push(meta.title, ...meta.sources, ...meta.authors, meta.subtitle ?? '');
  // Furniture lines (长按识别二维码 under a QR code) went on purpose, wherever they were dropped.
  for (const lost of lostText(before.filter((l) => !isJunkLine(l.text)), body, removed)) {
    problems.push({ line: lost.line + parsed.lineOffset, column: lost.column, severity: 'warning', message: `This text of the clipping is not in the Markdown: “${excerpt(lost.text)}” — copy it in by hand where it belongs`, rule: 'import-text-lost' });
  }
  for (const lost of lostText(parsed.outside ?? [], body, removed)) {
    problems.push({ line: lost.line, column: lost.column, severity: 'warning', message: `This text of the page, outside what was taken as the article, is not in the Markdown: “${excerpt(lost.text)}” — if it belongs to the article, copy it in by hand`, rule: 'import-text-lost' });
  }
  if (/<\/?[a-z][^>]*>/i.test(body)) {
    problems.push({ line: 1, column: 1, severity: 'warning', message: 'Something that looks like an HTML tag is left in the Markdown: check the article and remove it', rule: 'import-html-left' });
  }
  if (!tree.children.length) {
    problems.push({ line: 1, column: 1, severity: 'warning', message: 'No body text was found: the article has a title only. Copy the text in by hand, or import the page as plain text', rule: 'import-empty-body' });
  }
  const path = freePath(out, name, taken);
  writeFileSync(path, `${frontMatter(meta)}\n${body}`);
  return path;
}
