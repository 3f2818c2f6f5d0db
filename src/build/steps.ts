/**
 * The steps of a build, each one call from build(): the print HTML, the PDFs
 * (and the print HTML again, as the page was when it printed), the print shop's PDFs,
 * the web edition. Each writes only through the sink and notes what it staged
 * in the run.
 */
import { basename } from 'node:path';
import type { Issue } from '../model/types.ts';
import type { LoadedArchive } from '../model/load-archive.ts';
import { renderPrintPage, type PrintPage } from '../render/print-page.ts';
import { openPrinter } from '../print/printer.ts';
import { webToMake, type BuildPlan } from '../output/plan.ts';
import type { OutputSink } from '../output/sink.ts';
import type { Stage } from '../output/stage.ts';
import { YuebaoError } from '../errors.ts';
import { t } from '../i18n/index.ts';
import type { BrowserLease } from './browser-lease.ts';
import type { BuildRun } from './run.ts';
import type { BuildOptions } from './types.ts';

export interface StagedPage {
  issue: Issue;
  page: PrintPage;
}

/** Settings every step shares. */
export interface StepContext {
  run: BuildRun;
  sink: OutputSink;
  options: BuildOptions;
  templatesDir: string;
  imageWidth: number;
  browser: BrowserLease;
}

/** The print HTML of each issue to make, with its fonts and photos beside it. */
export async function stagePrintHtml(ctx: StepContext, issues: Issue[]): Promise<StagedPage[]> {
  return Promise.all(
    issues.map(async (issue) => {
      ctx.run.emit({ type: 'issue-step', issue: issue.folder, step: 'html' });
      const page = renderPrintPage(issue, ctx.templatesDir, ctx.imageWidth);
      await ctx.sink.write(`print/${issue.folder}`, [{ path: 'index.html', contents: page.html }, ...page.files]);
      ctx.run.written.push(`print/${issue.folder}`);
      return { issue, page };
    }),
  );
}

/** Each issue's PDF, printed from its staged HTML; the HTML then shows the same 目录 numbers. */
export async function printPdfs(ctx: StepContext, pages: StagedPage[]): Promise<void> {
  if (!pages.length) return;
  const dir = diskOf(ctx.sink);
  const printer = ctx.options.printer ?? (await openPrinter({ allowedRoots: [dir.dir], browser: await ctx.browser.get() }));
  await Promise.all(
    pages.map(async ({ issue, page }) => {
      ctx.run.emit({ type: 'issue-step', issue: issue.folder, step: 'pdf' });
      const printed = await printer.print(issue, dir.path(`print/${issue.folder}/index.html`), page.marginText);
      await ctx.sink.write('pdf', [{ path: `${issue.folder}.pdf`, contents: printed.pdf }]);
      await ctx.sink.write(`print/${issue.folder}`, [{ path: 'index.html', contents: printed.html }]);
      ctx.run.written.push(`pdf/${issue.folder}.pdf`);
      ctx.run.pdfPages[issue.folder] = printed.layout.pdfPages;
      if (printed.layout.fitting) ctx.run.fitting[issue.folder] = printed.layout.fitting;
    }),
  );
}

/** The print shop's PDFs (and booklets), made from the reader's; false when the preflight refused one. */
export async function stagePressPdfs(ctx: StepContext, archive: LoadedArchive, plan: BuildPlan): Promise<boolean> {
  // Loaded only for --press: Ghostscript's wrapper and the preflight are not free to load.
  const { stagePress } = await import('../press/press-stage.ts');
  const made = new Set(plan.toMake.map((issue) => issue.folder));
  const entries = await stagePress({
    stage: diskOf(ctx.sink),
    issues: archive.issues.map((issue) => ({ issue, unchanged: !made.has(issue.folder), manifest: plan.manifests.get(issue.folder) })),
    out: ctx.options.out,
    impose: Boolean(ctx.options.impose),
    browser: ctx.browser.get,
    templatesDir: ctx.templatesDir,
    files: archive.files,
    onIssue: (issue) => ctx.run.emit({ type: 'issue-step', issue, step: 'press' }),
  });
  ctx.run.written.push(...entries);
  return !archive.files.hasErrors;
}

/** The web edition: the issues made in this build, and the unchanged ones whose web pages the last build did not make. */
export async function stageWeb(ctx: StepContext, archive: LoadedArchive, plan: BuildPlan): Promise<void> {
  const issues = webToMake(plan, archive.issues);
  for (const issue of plan.toMake) ctx.run.emit({ type: 'issue-step', issue: issue.folder, step: 'web' });
  // Loaded only for a web build: its modules (juice, qrcode, pagefind …) are not free to load.
  const { buildWebEdition } = await import('../web/web-stage.ts');
  const entries = await buildWebEdition({
    stage: diskOf(ctx.sink),
    templatesDir: ctx.templatesDir,
    publication: archive.issues[0].publication,
    issues,
    archiveFolders: archive.archive.map((dir) => basename(dir)),
    browser: ctx.browser.get,
  });
  ctx.run.written.push(...entries);
}

/** The sink as a folder Chromium can load pages from: printing and the web edition need one. */
function diskOf(sink: OutputSink): Stage {
  if (!sink.dir) throw new YuebaoError(t().build.needsDisk);
  return sink as Stage;
}
