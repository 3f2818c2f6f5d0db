/**
 * A Word file (.docx, from Word or WPS) → a clipping like any other: a hast
 * body and the metadata its head gave (title, subtitle, a 简报's date). The
 * bytes say what the file is (sniff.ts: .doc, .wps, PDF and RTF are refused
 * with the way to a .docx); mammoth reads the document, after marks.ts has
 * marked it by its look, and writes HTML with our style map; the body then
 * takes the same steps as a web page's (bylines, source, captions' credits,
 * Markdown), with its tables given a header row and, at the end, its bold
 * run-in heads tidied (markdown-fit.ts) and its footnotes put back (footnotes.ts).
 */
import type { Root as HastRoot } from 'hast';
import type { Root as MdastRoot } from 'mdast';
import mammoth from 'mammoth';
import { readFile } from 'node:fs/promises';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { t } from '../../i18n/index.ts';
import { ClippingError, emptyMeta, type ParsedClipping } from '../types.ts';
import type { DocElement } from './document-model.ts';
import { placeNotes, takeNotes } from './footnotes.ts';
import type { Head } from './head.ts';
import { headerRows, punctuationOutsideStrong } from './markdown-fit.ts';
import { markDocument, SUBHEADING_STYLE } from './marks.ts';
import { openPackage } from './package.ts';
import { WordPictures } from './pictures.ts';
import { sniffWordFile } from './sniff.ts';

export interface WordClipping extends ParsedClipping {
  /** After the shared shaping, before the pictures are saved and the Markdown written: pictures, bold's edges, footnotes. */
  finish(tree: MdastRoot): void;
}

/** Our marks first; mammoth's own map (Heading 1 → h1 …) covers the files that do use styles. */
const STYLE_MAP = [`p[style-name='${SUBHEADING_STYLE}'] => h2:fresh`];

function toHast(html: string): HastRoot {
  const tree = unified().use(rehypeParse, { fragment: true }).parse(html);
  // Places in generated HTML mean nothing to an editor: problems of a Word file point at its start.
  visit(tree, (node) => void delete node.position);
  return tree;
}

/**
 * The clipping, when `file` is a Word file; undefined when it is none (the
 * text reader's). Throws a ClippingError when it is a Word file that cannot be
 * read. Pictures that cannot be printed are warnings on `vfile`, the clipping's.
 */
export async function readWordFile(file: string, out: string, vfile: VFile): Promise<WordClipping | undefined> {
  if (!(await sniffWordFile(file))) return undefined;
  const pkg = await openPackage(await readFile(file));
  const pictures = new WordPictures(out, vfile);
  let head: Head = { used: [] };
  // A fault of ours while marking is not the file's: it is passed on as it is, not as "damaged".
  let fault: unknown;
  let html: string;
  try {
    const result = await mammoth.convertToHtml(
      { buffer: pkg.bytes },
      {
        styleMap: STYLE_MAP,
        convertImage: pictures.converter,
        transformDocument: (document: DocElement) => {
          try {
            head = markDocument(document, pkg.styles);
          } catch (error) {
            fault = error;
          }
          return document;
        },
      },
    );
    html = result.value;
  } catch {
    // mammoth's own words (an XML parser's) would not help an editor: the file needs saving again either way.
    throw new ClippingError(t().import.wordBroken({ reason: t().import.contentBroken }), 'import-unreadable');
  }
  if (fault) throw fault;
  const body = toHast(html);
  headerRows(body);
  const notes = takeNotes(body);
  const meta = { ...emptyMeta(), title: head.title, subtitle: head.subtitle, date: head.date, authors: head.authors ?? [] };
  const finish = (tree: MdastRoot) => {
    pictures.restore(tree);
    punctuationOutsideStrong(tree);
    placeNotes(tree, notes);
  };
  return { body, meta, removed: [], lineOffset: 0, looseSubheadings: false, finish };
}
