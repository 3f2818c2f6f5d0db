/**
 * `yuebao build`, as a script: load and check the content, then per issue the
 * print HTML and the PDF (or the last build's, when the issue did not change),
 * then the web edition, and finally move everything into the output folder at
 * once. Each step is one call to a module that does one thing; the browser is
 * started once, early, and passed in.
 */
import { basename, join } from 'node:path';
import type { VFile } from 'vfile';
import type { Browser } from 'puppeteer';
import { DEFAULT_TEMPLATES } from './package-root.ts';
import { loadArchive } from './model/load-archive.ts';
import type { Issue } from './model/types.ts';
import { PRINT_IMAGE_MAX_WIDTH, renderPrintPage, withTocNumbers } from './render/print-page.ts';
import { Stage } from './output/stage.ts';
import { issueFingerprint, manifestPath, readManifest } from './output/fingerprint.ts';
import { openPrinter, type Printer } from './print/printer.ts';
import type { Fitting } from './print/layout.ts';
import { launchBrowser } from './print/browser.ts';
import { promoteStrictWarnings } from './content/problems.ts';
import { t } from './i18n/index.ts';

export { DEFAULT_TEMPLATES };

export interface BuildOptions {
  path: string;
  out: string;
  pdf: boolean;
  web: boolean;
  templatesDir?: string;
  onProgress?: (event: ProgressEvent) => void;
  /**
   * A browser being started by the caller (the CLI starts Chromium before it
   * even loads this module). The build closes it. Without one, the build
   * launches its own when it needs one.
   */
  browser?: Promise<Browser>;
  /** Make every issue again even if it did not change. */
  force?: boolean;
  /** Leave the browser running at the end (the dev server keeps one warm and closes it itself). */
  keepBrowser?: boolean;
  /**
   * A printer kept open by the caller: the dev server's, which patches the
   * issue into a page it keeps loaded (src/print/live-printer.ts). Without
   * one, the build prints with a fresh page per issue.
   */
  printer?: Printer;
  /**
   * Photos in the print HTML and PDF at most this many pixels wide. Default:
   * 300 dpi at their widest printed size; the dev preview asks for screen
   * resolution, which prints in half the time.
   */
  printImageWidth?: number;
  /** `--strict`: reminders that must not reach the print shop (example text) stop the build. */
  strict?: boolean;
  /** Ctrl+C: stop at the next step, close the browser, write nothing. */
  signal?: AbortSignal;
  /** `--press`: the print shop's PDF too, press/<issue>.pdf, preflighted (src/press/). Needs `pdf`. */
  press?: boolean;
  /** `--impose`: the A3 booklet for an office copier too, press/<issue>-booklet.pdf. Needs `pdf`. */
  impose?: boolean;
}

export type ProgressEvent =
  | { type: 'loaded'; issues: string[] }
  | { type: 'issue-step'; issue: string; step: 'html' | 'pdf' | 'press' | 'web' | 'unchanged' | 'done' }
  | { type: 'committed'; out: string };

export interface BuildResult {
  ok: boolean;
  /** Every file read, with its problems (errors and warnings). */
  files: VFile[];
  issues: Issue[];
  /** Output entries written (paths under the output folder). */
  written: string[];
  /** Issues taken over unchanged from the last build. */
  unchanged: string[];
  /** Milliseconds per stage, for the benchmark. */
  timings: Record<string, number>;
  /** Per issue printed in this build: each anchor's page in its PDF (1 = the cover). */
  pdfPages: Record<string, Record<string, number>>;
  /** Per issue printed in this build: what the copyfit pass did (src/print/copyfit.ts). */
  fitting: Record<string, Fitting>;
}

export async function build(options: BuildOptions): Promise<BuildResult> {
  const emit = options.onProgress ?? (() => {});
  const timings: Record<string, number> = {};
  const time = async <T>(name: string, work: () => Promise<T>): Promise<T> => {
    const start = performance.now();
    try {
      return await work();
    } finally {
      timings[name] = (timings[name] ?? 0) + performance.now() - start;
    }
  };

  // Chromium starts while the content is read and rendered: its launch costs nothing then.
  let browserStart = options.pdf && !options.printer ? (options.browser ?? launchBrowser()) : undefined;
  browserStart?.catch(() => {}); // a launch failure is reported where the browser is awaited
  const browser = () => (browserStart ??= launchBrowser());
  const closeBrowser = async (always = false) => {
    if (always || !options.keepBrowser) await (await browserStart?.catch(() => undefined))?.close().catch(() => {});
  };
  // On Ctrl+C the prints stop at once: their pages go with the browser.
  options.signal?.addEventListener('abort', () => void closeBrowser(true), { once: true });

  let archive;
  try {
    archive = await time('load', () => loadArchive(options.path));
  } catch (error) {
    await closeBrowser();
    throw error;
  }
  if (options.strict) promoteStrictWarnings(archive.files.files, t().content.exampleTextStrict);
  if (archive.files.hasErrors || archive.issues.length === 0) {
    await closeBrowser();
    return { ok: false, files: archive.files.files, issues: [], written: [], unchanged: [], timings, pdfPages: {}, fitting: {} };
  }
  emit({ type: 'loaded', issues: archive.issues.map((i) => i.folder) });

  const templatesDir = options.templatesDir ?? DEFAULT_TEMPLATES;
  const imageWidth = options.printImageWidth ?? PRINT_IMAGE_MAX_WIDTH;
  let stage: Stage;
  try {
    stage = await Stage.open(options.out);
  } catch (error) {
    await closeBrowser(); // a read-only or full disk: nothing was staged
    throw error;
  }
  try {
    const written: string[] = [];
    const unchanged: string[] = [];
    const toMake: Issue[] = [];
    const pdfPages: BuildResult['pdfPages'] = {};
    const fitting: BuildResult['fitting'] = {};

    // Unchanged issues: the last build's print HTML and PDF are taken over.
    const fingerprints = new Map(archive.issues.map((issue) => [issue.folder, issueFingerprint(issue, templatesDir, `print images ${imageWidth}px`)]));
    const manifests = new Map(await Promise.all(archive.issues.map(async (issue) => [issue.folder, options.force ? undefined : await readManifest(options.out, issue.folder)] as const)));
    for (const issue of archive.issues) {
      const outputs = [`print/${issue.folder}`, ...(options.pdf ? [`pdf/${issue.folder}.pdf`] : [])];
      const manifest = manifests.get(issue.folder);
      const same = manifest?.fingerprint === fingerprints.get(issue.folder) && outputs.every((o) => manifest!.outputs.includes(o));
      if (same && (await Promise.all(outputs.map((o) => stage.reuse(o)))).every(Boolean)) {
        unchanged.push(issue.folder);
        written.push(...outputs);
        emit({ type: 'issue-step', issue: issue.folder, step: 'unchanged' });
      } else {
        toMake.push(issue);
      }
    }

    options.signal?.throwIfAborted();
    const pages = await time('html', async () =>
      Promise.all(
        toMake.map(async (issue) => {
          emit({ type: 'issue-step', issue: issue.folder, step: 'html' });
          const page = renderPrintPage(issue, templatesDir, imageWidth);
          await stage.write(`print/${issue.folder}`, [{ path: 'index.html', contents: page.html }, ...page.files]);
          written.push(`print/${issue.folder}`);
          return { issue, page };
        }),
      ),
    );

    if (options.pdf && pages.length) {
      await time('pdf', async () => {
        const printer = options.printer ?? (await openPrinter({ allowedRoots: [stage.dir], browser: await browser() }));
        await Promise.all(
          pages.map(async ({ issue, page }) => {
            emit({ type: 'issue-step', issue: issue.folder, step: 'pdf' });
            const printed = await printer.print(issue, stage.path(`print/${issue.folder}/index.html`), page.marginText);
            await stage.write('pdf', [{ path: `${issue.folder}.pdf`, contents: printed.pdf }]);
            // The print HTML on disk shows the same 目录 numbers as the PDF.
            await stage.write(`print/${issue.folder}`, [{ path: 'index.html', contents: withTocNumbers(page.html, printed.layout.tocNumbers) }]);
            written.push(`pdf/${issue.folder}.pdf`);
            pdfPages[issue.folder] = printed.layout.pdfPages;
            if (printed.layout.fitting) fitting[issue.folder] = printed.layout.fitting;
          }),
        );
      });
    }

    options.signal?.throwIfAborted();
    if (options.pdf && (options.press || options.impose)) {
      // After the reader's PDFs: the press PDFs are made from them and their print HTML, into the same stage.
      const { stagePress } = await import('./press/press-stage.ts');
      const made = new Set(pages.map(({ issue }) => issue.folder));
      written.push(
        ...(await time('press', () =>
          stagePress({
            stage,
            issues: archive.issues.map((issue) => ({ issue, unchanged: !made.has(issue.folder), manifest: manifests.get(issue.folder) })),
            out: options.out,
            impose: Boolean(options.impose),
            browser,
            templatesDir,
            files: archive.files,
            onIssue: (issue) => emit({ type: 'issue-step', issue, step: 'press' }),
          }),
        )),
      );
      if (archive.files.hasErrors) {
        // The preflight refused a press PDF: nothing is written, and the problems say why.
        await stage.discard();
        return { ok: false, files: archive.files.files, issues: archive.issues, written: [], unchanged, timings, pdfPages, fitting };
      }
    }

    options.signal?.throwIfAborted();
    if (options.web) {
      await time('web', async () => {
        for (const issue of toMake) emit({ type: 'issue-step', issue: issue.folder, step: 'web' });
        const made = [...toMake];
        // An unchanged issue keeps its web pages only if the last build made them too.
        for (const folder of unchanged) {
          if (!manifests.get(folder)?.outputs.includes(`web/${folder}`)) made.push(archive.issues.find((i) => i.folder === folder)!);
        }
        // Loaded only for a web build: its modules (juice, qrcode, pagefind …) are not free to load.
        const { buildWebEdition } = await import('./web/web-stage.ts');
        await buildWebEdition({
          stage,
          templatesDir,
          publication: archive.issues[0].publication,
          issues: made,
          archiveFolders: archive.archive.map((dir) => basename(dir)),
          browser,
        });
        written.push('web');
      });
    }

    // What each issue's outputs were made from, for the next build.
    for (const issue of archive.issues) {
      const outputs = written.filter((w) => w === `print/${issue.folder}` || w === `pdf/${issue.folder}.pdf` || w.startsWith(`press/${issue.folder}.`) || w.startsWith(`press/${issue.folder}-booklet.`));
      if (options.web) outputs.push(`web/${issue.folder}`);
      await stage.write('', [{ path: manifestPath(issue.folder), contents: JSON.stringify({ fingerprint: fingerprints.get(issue.folder), outputs }, null, 2) }]);
      written.push(manifestPath(issue.folder));
    }
    for (const issue of archive.issues) emit({ type: 'issue-step', issue: issue.folder, step: 'done' });

    options.signal?.throwIfAborted();
    await time('commit', () => stage.commit(written));
    emit({ type: 'committed', out: options.out });
    const shown = written.filter((w) => !w.startsWith('.yuebao/'));
    return { ok: true, files: archive.files.files, issues: archive.issues, written: shown.map((w) => join(options.out, w)), unchanged, timings, pdfPages, fitting };
  } catch (error) {
    await stage.discard();
    throw error;
  } finally {
    await closeBrowser();
  }
}
