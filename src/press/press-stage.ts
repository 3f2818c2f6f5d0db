/**
 * The build's press step (`yuebao build --press [--impose]`): for every issue,
 * once its reader's PDF and print HTML are in the staging folder, the print
 * shop's PDF (press/<issue>.pdf) and, with --impose, the office booklet
 * (press/<issue>-booklet.pdf) go into the same Stage — so a failed build
 * leaves the output folder as it was. An unchanged issue keeps the last
 * build's press PDFs (its fingerprint covers the publication's `press:`
 * settings and templates/press/). Every press PDF, new or kept, is
 * preflighted; the findings become problems of the files they are about.
 */
import pLimit from 'p-limit';
import { join } from 'node:path';
import type { Browser } from 'puppeteer';
import type { Issue } from '../model/types.ts';
import type { Stage } from '../output/stage.ts';
import type { Manifest } from '../output/fingerprint.ts';
import { reportError, reportWarning, type FileRegistry } from '../core/problems.ts';
import { geometryOf, makePress, preflight } from './make-press.ts';
import type { Finding } from './preflight.ts';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';

export interface PressStageOptions {
  stage: Stage;
  /** Issues whose reader's PDF is staged, and whether each was made afresh in this build. */
  issues: Array<{ issue: Issue; unchanged: boolean; manifest?: Manifest }>;
  out: string;
  impose: boolean;
  browser: () => Promise<Browser>;
  templatesDir: string;
  files: FileRegistry;
  onIssue?: (issue: string) => void;
}

export const pressOutputs = (folder: string, impose: boolean) => [`press/${folder}.pdf`, ...(impose ? [`press/${folder}-booklet.pdf`] : [])];

/** Stages the press PDFs; returns the output entries written (paths under the output folder). */
export async function stagePress(options: PressStageOptions): Promise<string[]> {
  // Two at a time: Ghostscript uses one core, Chromium the other.
  const twoAtATime = pLimit(2);
  const written = await Promise.all(options.issues.map((job) => twoAtATime(() => pressOne(options, job))));
  return written.flat();
}

async function pressOne(options: PressStageOptions, { issue, unchanged, manifest }: PressStageOptions['issues'][number]): Promise<string[]> {
  const { stage } = options;
  const outputs = pressOutputs(issue.folder, options.impose);
  const displayPath = join(options.out, 'press', `${issue.folder}.pdf`);
  const readerPdf = new Uint8Array(await readFile(stage.path(`pdf/${issue.folder}.pdf`)));
  options.onIssue?.(issue.folder);

  if (unchanged && outputs.every((o) => manifest?.outputs.includes(o)) && (await Promise.all(outputs.map((o) => stage.reuse(o)))).every(Boolean)) {
    const path = stage.path(`press/${issue.folder}.pdf`);
    const work = await mkdtemp(join(tmpdir(), 'yuebao-preflight-'));
    try {
      const pdf = new Uint8Array(await readFile(path));
      report(options.files, await preflight({ pdf, path, displayPath, geometry: geometryOf(issue), issue, readerPdf, work }));
    } finally {
      await rm(work, { recursive: true, force: true });
    }
    return outputs;
  }

  const made = await makePress({
    issue,
    readerPdf,
    htmlPath: stage.path(`print/${issue.folder}/index.html`),
    browser: options.browser,
    templatesDir: options.templatesDir,
    displayPath,
    impose: options.impose,
  });
  await stage.write('press', [
    { path: `${issue.folder}.pdf`, contents: made.pdf },
    ...(made.booklet ? [{ path: `${issue.folder}-booklet.pdf`, contents: made.booklet }] : []),
  ]);
  report(options.files, made.findings);
  return outputs;
}

/** Findings as problems of the files they are about (a photo's Markdown file, or the press PDF). */
export function report(files: FileRegistry, findings: Finding[]): void {
  for (const finding of findings) {
    const file = files.forPath(finding.file);
    (finding.severity === 'error' ? reportError : reportWarning)(file, finding.message, finding.place, finding.ruleId);
  }
}
