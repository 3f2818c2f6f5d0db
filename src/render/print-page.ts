/**
 * Issue → the print HTML (one page holding the whole issue, paginated by
 * Chromium's CSS Paged Media) and the files beside it: print.css, the font
 * slices it needs, and its images. Paths are relative, so index.html opens
 * straight from disk.
 */
import { join } from 'node:path';
import type { Issue } from '../model/types.ts';
import type { OutputFile } from '../output/files.ts';
import { facesFor, fontFaceCss } from './fonts.ts';
import { loadTemplates } from './handlebars.ts';
import { printView } from './print-view.ts';
import { compressPunctuation } from './punctuation.ts';

/** Images print at most one text column wide: 165 mm at 300 dpi. */
export const PRINT_IMAGE_MAX_WIDTH = Math.round((165 / 25.4) * 300);

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
  const faces = facesFor(textOf(html) + marginText);
  const files: OutputFile[] = [
    { path: 'print.css', contents: templates.readAsset('print.css') },
    { path: 'fonts/fonts.css', contents: fontFaceCss(faces).replaceAll('url(fonts/', 'url(') },
    ...faces.map((face): OutputFile => ({ path: `fonts/${face.file.split('/').pop()}`, copyOf: face.file })),
    ...[...issue.assets].map(([from, url]): OutputFile => ({ path: decodeURIComponent(url), imageFrom: from, maxWidth: imageMaxWidth })),
  ];
  return { html, files, marginText };
}

/** The characters of an HTML text (tags dropped, entities left: they are ASCII). */
function textOf(html: string): string {
  return html.replace(/<[^>]*>/g, '');
}

/** Writes the printed page numbers into the 目录's empty slots. */
export function withTocNumbers(html: string, numbers: Record<string, string>): string {
  return html.replace(/(<span class="toc-page" data-target="([^"]+)">)(<\/span>)/g, (all, open: string, anchor: string, close: string) =>
    numbers[anchor] ? `${open}${numbers[anchor]}${close}` : all,
  );
}
