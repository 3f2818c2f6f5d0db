/**
 * `yuebao build`, as a script: load and check the content, plan what changed
 * since the last build, then per issue the print HTML and the PDF, the print
 * shop's PDF, the web edition, and finally the manifests and one commit of
 * everything at once. Each step is one call (src/build/steps.ts); the browser
 * is one small object (src/build/browser-lease.ts), started early and closed
 * at the end; the outputs go through a sink (src/output/sink.ts): a staging
 * folder on disk, or memory for tests.
 */
import { DEFAULT_TEMPLATES } from './package-root.ts';
import { loadArchive } from './model/load-archive.ts';
import { PRINT_IMAGE_MAX_WIDTH } from './config/page-measures.ts';
import { Stage } from './output/stage.ts';
import { planIssues, writeManifests } from './output/plan.ts';
import { printRecipe } from './output/fingerprint.ts';
import { promoteStrictWarnings } from './core/problems.ts';
import { t } from './i18n/index.ts';
import { warnWithoutSiteUrl } from './web/url-warning.ts';
import { BrowserLease } from './build/browser-lease.ts';
import { BuildRun } from './build/run.ts';
import { printPdfs, stagePressPdfs, stagePrintHtml, stageWeb } from './build/steps.ts';
import type { BuildOptions, BuildResult } from './build/types.ts';

export { DEFAULT_TEMPLATES };
export type { BuildOptions, BuildResult, ProgressEvent } from './build/types.ts';

export async function build(options: BuildOptions): Promise<BuildResult> {
  const run = new BuildRun(options);
  const browser = new BrowserLease({ early: options.pdf && !options.printer, browser: options.browser, keep: options.keepBrowser, signal: options.signal });
  const archive = await browser.closingOnError(run.time('load', () => loadArchive(options.path)));
  if (options.strict) promoteStrictWarnings(archive.files.files, t().content.exampleTextStrict);
  if (options.web) warnWithoutSiteUrl(archive.files.files, archive.issues[0]?.publication);
  if (archive.files.hasErrors || archive.issues.length === 0) return (await browser.close(), run.failed(archive.files.files));
  run.emit({ type: 'loaded', issues: archive.issues.map((i) => i.folder) });

  const sink = options.sink ?? (await browser.closingOnError(Stage.open(options.out))); // a read-only or full disk fails here
  const ctx = { run, sink, options, browser, templatesDir: options.templatesDir ?? DEFAULT_TEMPLATES, imageWidth: options.printImageWidth ?? PRINT_IMAGE_MAX_WIDTH };
  try {
    const plan = await planIssues({ issues: archive.issues, sink, templatesDir: ctx.templatesDir, recipe: printRecipe(ctx.imageWidth), pdf: options.pdf, force: options.force });
    run.unchanged = plan.unchanged;
    run.written.push(...plan.written);
    for (const folder of plan.unchanged) run.emit({ type: 'issue-step', issue: folder, step: 'unchanged' });
    run.checkpoint();
    const pages = await run.time('html', () => stagePrintHtml(ctx, plan.toMake));
    if (options.pdf) await run.time('pdf', () => printPdfs(ctx, pages));
    run.checkpoint();
    const pressed = options.pdf && (options.press || options.impose) ? await run.time('press', () => stagePressPdfs(ctx, archive, plan)) : true;
    if (!pressed) return (await sink.discard(), run.failed(archive.files.files, archive.issues)); // the preflight refused a press PDF
    run.checkpoint();
    if (options.web) await run.time('web', () => stageWeb(ctx, archive, plan));
    run.written.push(...(await writeManifests(plan, archive.issues, sink, run.written, options.web)));
    run.checkpoint();
    await run.time('commit', () => sink.commit(run.written));
    return run.succeeded(archive.files.files, archive.issues);
  } catch (error) {
    await sink.discard();
    throw error;
  } finally {
    await browser.close();
  }
}
