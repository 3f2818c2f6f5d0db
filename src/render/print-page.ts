/**
 * Issue → the print HTML (one page holding the whole issue, paginated by
 * Chromium's CSS Paged Media) and the files beside it: print.css, one font
 * file per face cut to the characters the issue prints, and its images. Paths are relative, so index.html opens
 * straight from disk.
 */
import { join } from 'node:path';
import type { Issue } from '../model/types.ts';
import type { OutputFile } from '../output/files.ts';
import { charSet, subsetFaces, subsetRequest, SUBSET_FORMAT } from '../output/font-subset.ts';
import { loadTemplates } from './handlebars.ts';
import { printView } from './print-view.ts';
import { compressPunctuation } from './punctuation.ts';

import { PRINT_IMAGE_MAX_WIDTH, printMeasuresCss } from '../config/page-measures.ts';

export interface PrintPage {
  html: string;
  /** Files beside index.html, paths relative to it. */
  files: OutputFile[];
  /** Text that appears only in margin boxes (running heads): its glyphs must be loaded before printing. */
  marginText: string;
}

export function renderPrintPage(issue: Issue, templatesDir: string, imageMaxWidth = PRINT_IMAGE_MAX_WIDTH): PrintPage {
  const templates = loadTemplates(join(templatesDir, 'print'));
  const view = printView(issue);
  const html = compressPunctuation(templates.render('issue', view));
  const marginText = `${issue.publication.title}${issue.issueLine}0123456789`;
  const chars = charSet(textOf(html) + marginText + PRINTED_ALWAYS);
  const subsets = subsetFaces().map((face) => subsetRequest(face, chars));
  const files: OutputFile[] = [
    { path: 'measures.css', contents: printMeasuresCss() },
    { path: 'print.css', contents: templates.readAsset('print.css') },
    { path: 'fonts/fonts.css', contents: subsets.map(fontFaceRule).join('\n') + '\n' },
    ...subsets.map((subset): OutputFile => ({ path: `fonts/${subset.name}`, fontSubset: subset })),
    ...[...issue.assets].map(([from, url]): OutputFile => ({ path: decodeURIComponent(url), imageFrom: from, maxWidth: imageMaxWidth })),
  ];
  return { html, files, marginText };
}

/**
 * Printed whatever the text: ASCII (folios, 目录 numbers, entities), the
 * no-break space, and the marks print.css or the printer may set.
 */
const PRINTED_ALWAYS = `${String.fromCharCode(...Array.from({ length: 0x7f - 0x20 }, (_, i) => 0x20 + i))}\u00a0\u3000·—…“”‘’、。，：；！？（）《》〈〉〔〕【】`;

/** The characters of an HTML text (tags dropped; numeric entities decoded, named ones are ASCII). */
function textOf(html: string): string {
  return html
    .replace(/<[^>]*>/g, '')
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, dec: string) => String.fromCodePoint(parseInt(dec, 10)));
}

/** One @font-face for a whole face: no unicode-range, one file. */
function fontFaceRule({ face, name }: { face: { family: string; weight: number }; name: string }): string {
  return `@font-face {\n  font-family: '${face.family}';\n  font-style: normal;\n  font-weight: ${face.weight};\n  font-display: block;\n  src: url(${name}) format('${SUBSET_FORMAT.format}');\n}`;
}
