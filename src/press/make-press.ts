/**
 * One issue's print-shop PDF, as a script: the covers printed again with
 * their bleed; every page placed on a press sheet with its boxes and marks;
 * the colours converted to CMYK as PDF/X-1a by Ghostscript; then the
 * preflight read of the result. With `impose`, the office booklet too.
 * Called by the build once the reader's PDF and print HTML are staged
 * (src/build.ts); it reads and writes files only in a temporary folder of its
 * own and returns the PDFs and findings, which the build stages and reports.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'puppeteer';
import { PDFDocument } from 'pdf-lib';
import type { Issue } from '../model/types.ts';
import { printBleedPages } from './bleed-pages.ts';
import { composePress } from './compose.ts';
import { sheetGeometry, type SheetGeometry } from './geometry.ts';
import { PAGE_SIZES } from '../config/page-measures.ts';
import { imposeBooklet } from './impose.ts';
import { convertToPdfx, outputIntentFor } from './pdfx.ts';
import { figuresOf, photoResolution } from './photo-resolution.ts';
import { checkPressPdf, type Finding } from './preflight.ts';
import { textNearTrim } from './text-near-trim.ts';

export interface PressJob {
  issue: Issue;
  readerPdf: Uint8Array;
  /** The print HTML the reader's PDF was printed from (staged, with its fonts and images beside it). */
  htmlPath: string;
  browser: () => Promise<Browser>;
  templatesDir: string;
  /** The press PDF's path as the editor will see it, for findings. */
  displayPath: string;
  impose?: boolean;
}

export interface PressOutput {
  pdf: Uint8Array;
  booklet?: Uint8Array;
  findings: Finding[];
}

export function geometryOf(issue: Issue): SheetGeometry {
  const { press, page } = issue.publication;
  // The trim is the reader's page.
  return sheetGeometry(PAGE_SIZES[page] ?? PAGE_SIZES.A4, press);
}

export async function makePress(job: PressJob): Promise<PressOutput> {
  const { issue } = job;
  const { press } = issue.publication;
  const geometry = geometryOf(issue);
  const trim = [geometry.trim.width, geometry.trim.height] as const;
  const work = await mkdtemp(join(tmpdir(), 'yuebao-press-'));
  try {
    const bleedPages = press.bleed > 0 ? await printBleedPages({ browser: await job.browser(), htmlPath: job.htmlPath, templatesDir: job.templatesDir, trim, bleed: press.bleed, issue: issue.folder }) : undefined;
    const title = `${issue.publication.title} ${issue.issueLine}`;
    const composed = await composePress({ readerPdf: job.readerPdf, bleedPages, geometry, marks: press.marks, info: { title, author: issue.publication.sponsor, subject: issue.periodLabel } });
    const input = join(work, 'composed.pdf');
    const output = join(work, 'press.pdf');
    await writeFile(input, composed);
    await convertToPdfx({ input, output, workDir: work, intent: outputIntentFor(press.profile), title, date: issue.date, issue: issue.folder });
    const pdf = new Uint8Array(await readFile(output));
    const findings = await preflight({ pdf, path: output, displayPath: job.displayPath, geometry, issue, readerPdf: job.readerPdf, work });
    const booklet = job.impose ? (await imposeBooklet(job.readerPdf, title)).pdf : undefined;
    return { pdf, booklet, findings };
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

/** Everything `check --press` reports about one press PDF (at `path`, named `displayPath`). */
export async function preflight(options: {
  pdf: Uint8Array;
  path: string;
  displayPath: string;
  geometry: SheetGeometry;
  issue: Issue;
  readerPdf?: Uint8Array;
  work: string;
}): Promise<Finding[]> {
  const doc = await PDFDocument.load(options.pdf, { updateMetadata: false });
  const readerPageCount = options.readerPdf ? (await PDFDocument.load(options.readerPdf, { updateMetadata: false })).getPageCount() : undefined;
  const { findings, pages } = checkPressPdf({ doc, file: options.displayPath, geometry: options.geometry, readerPageCount });
  findings.push(...photoResolution(pages, await figuresOf(options.issue), options.displayPath));
  findings.push(...(await textNearTrim(options.path, options.displayPath, options.work, options.geometry, options.issue.folder)));
  return findings;
}
