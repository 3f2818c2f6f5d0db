/**
 * `yuebao import FILE... --out DIR`: clippings (saved web pages, Markdown or
 * HTML posts with front matter, plain text) → article Markdown in the format
 * of CONTENT-FORMAT.md. Each clipping goes through the same steps: read it
 * and find its body (per kind), find the metadata, shape the body, place its
 * pictures, write it, and check that no body text was lost on the way.
 * A bad clipping gives a problem line and is skipped; it never stops the rest.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { VFile } from 'vfile';
import { reportError, reportWarning } from '../core/problems.ts';
import { t } from '../i18n/index.ts';
import { textLines } from './hast-text.ts';
import { prepareBody } from './hast-prepare.ts';
import { removeJunkElements } from './html-junk.ts';
import { parseHtmlPage } from './html-page.ts';
import { placeImages } from './images.ts';
import { parsePlainText, parsePost } from './post-and-text.ts';
import { normaliseMetaPunctuation, normaliseTreePunctuation } from './punctuation.ts';
import { readClipping } from './read-clipping.ts';
import { lostText } from './safety-check.ts';
import { isJunkLine } from './line-rules.ts';
import { shapeBody } from './shape-body.ts';
import { hastToMdast, mdastToMarkdown } from './to-markdown.ts';
import { ClippingError, mergeMeta, type ParsedClipping, type ShapeContext } from './types.ts';
import { articleName, freePath, frontMatter } from './write-article.ts';
import { readWordFile } from './docx/read-word-file.ts';

export interface ImportResult {
  /** Markdown files written (absolute or as given). */
  written: string[];
  /** One per clipping, with its problems as vfile messages (printed like every other command's). */
  files: VFile[];
}

export async function importClippings(files: string[], options: { out: string }): Promise<ImportResult> {
  const result: ImportResult = { written: [], files: [] };
  const taken = new Set<string>();
  for (const file of files) {
    // The clipping's problems, recorded as each step finds them: a refusal ends it with an error, after the warnings so far.
    const vfile = new VFile({ path: resolve(file) });
    try {
      result.written.push(await importOne(file, vfile, options.out, taken));
    } catch (error) {
      reportRefusal(vfile, error);
    }
    result.files.push(vfile);
  }
  return result;
}

const excerpt = (text: string) => (text.length > 40 ? `${text.slice(0, 40)}…` : text);

function reportRefusal(vfile: VFile, error: unknown): void {
  if (error instanceof ClippingError) reportError(vfile, error.message, { line: error.line, column: 1 }, error.ruleId);
  // Not foreseen: still one line, and the clipping named, never a stack trace.
  else reportError(vfile, t().import.failed({ reason: String((error as Error)?.message ?? error) }), { line: 1, column: 1 }, 'import-failed');
}

async function read(file: string) {
  try {
    return await readClipping(file);
  } catch (error) {
    if (error instanceof ClippingError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    const m = t().import;
    const why = code === 'ENOENT' ? m.noSuchFile : code === 'EISDIR' ? m.isFolder : code ? m.cannotRead({ code }) : m.unreadable({ reason: (error as Error).message });
    throw new ClippingError(why, 'import-unreadable');
  }
}

async function importOne(file: string, vfile: VFile, out: string, taken: Set<string>): Promise<string> {
  // A Word file has its own reader (src/import/docx/, which also refuses .doc, .wps and .pdf with the way to a .docx); then the same steps.
  const word = await readWordFile(file, out, vfile);
  const clipping = word ? undefined : await read(file);
  const parsed: ParsedClipping = word ?? (clipping?.kind === 'html' ? parseHtmlPage(clipping.text) : clipping?.kind === 'post' ? parsePost(clipping.text) : parsePlainText(clipping?.text ?? ''));
  const { meta, removed } = parsed;
  if (!meta.title) {
    // No headline found: the article is written all the same, its title left empty for the editor (`yuebao check` points at it).
    if (!textLines(parsed.body).length) throw new ClippingError(t().import.emptyClipping, 'import-empty');
    reportWarning(vfile, t().import.noTitle({ kind: clipping?.kind ?? 'text' }), { line: 1, column: 1 }, 'import-no-title');
    meta.title = '';
  }
  // Posts come from a CMS or a blog: their bodies may still carry scripts, comments, share bars.
  if (clipping?.kind === 'post') removeJunkElements(parsed.body);
  const before = textLines(parsed.body);
  prepareBody(parsed.body);
  const tree = hastToMdast(parsed.body);
  const shape: ShapeContext = { meta, removed, looseSubheadings: parsed.looseSubheadings };
  shapeBody(tree, shape);
  word?.finish(tree);
  // Metadata from after the body (or over the headline) fills only what the body left open: sources and authors too.
  const late = parsed.lateMeta ?? {};
  mergeMeta(meta, { ...late, sources: meta.sources.length ? [] : late.sources, authors: meta.authors.length ? [] : late.authors });
  normaliseTreePunctuation(tree);
  normaliseMetaPunctuation(meta);
  if (shape.pager) {
    // Pagers are bare links, which keep no position in Markdown: found again among the clipping's lines.
    const at = before.find((l) => l.text.replace(/\s/g, '') === shape.pager?.replace(/\s/g, ''));
    reportWarning(vfile, t().import.morePages({ pager: shape.pager }), { line: (at?.line ?? 1) + parsed.lineOffset, column: at?.column ?? 1 }, 'import-more-pages');
  }

  const name = articleName(file, meta);
  mkdirSync(out, { recursive: true });
  placeImages(tree, { clipping: file, out, article: name, pageUrl: parsed.pageUrl, vfile, lineOffset: parsed.lineOffset });
  const body = mdastToMarkdown(tree);
  removed.push(meta.title, ...meta.sources, ...meta.authors, meta.subtitle ?? '');
  // Furniture lines (长按识别二维码 under a QR code) went on purpose, wherever they were dropped.
  for (const lost of lostText(before.filter((l) => !isJunkLine(l.text)), body, removed)) {
    reportWarning(vfile, t().import.textLost({ text: excerpt(lost.text) }), { line: lost.line + parsed.lineOffset, column: lost.column }, 'import-text-lost');
  }
  for (const lost of lostText(parsed.outside ?? [], body, removed)) {
    reportWarning(vfile, t().import.outsideTextLost({ text: excerpt(lost.text) }), { line: lost.line, column: lost.column }, 'import-text-lost');
  }
  if (/<\/?[a-z][^>]*>/i.test(body)) {
    reportWarning(vfile, t().import.htmlLeft, { line: 1, column: 1 }, 'import-html-left');
  }
  if (!tree.children.length) {
    reportWarning(vfile, t().import.emptyBody, { line: 1, column: 1 }, 'import-empty-body');
  }
  const path = freePath(out, name, taken);
  writeFileSync(path, `${frontMatter(meta)}\n${body}`);
  return path;
}
