/**
 * `yuebao build`, as a script: load and check the content, render each
 * issue's print HTML, print the PDFs, then move everything into the output
 * folder at once. Each step is one call to a module that does one thing; the
 * browser is opened here, once, and passed in.
 */
import { join } from 'node:path';
import { DEFAULT_TEMPLATES } from './package-root.ts';
import type { VFile } from 'vfile';
import { loadArchive } from './model/load-archive.ts';
import type { Issue } from './model/types.ts';
import { renderPrintPage, withTocNumbers } from './render/print-page.ts';
import { Stage } from './output/stage.ts';
import { openPrinter } from './print/printer.ts';
import { launchBrowser } from './print/browser.ts';
import type { Browser } from 'puppeteer';

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
   * launches its own when it prints.
   */
  browser?: Promise<Browser>;
}

export type ProgressEvent =
  | { type: 'loaded'; issues: string[] }
  | { type: 'issue-step'; issue: string; step: 'html' | 'pdf' | 'done' }
  | { type: 'committed'; out: string };

export interface BuildResult {
  ok: boolean;
  /** Every file read, with its problems (errors and warnings). */
  files: VFile[];
  issues: Issue[];
  /** Output entries written (relative to the output folder). */
  written: string[];
  /** Milliseconds per stage, for the benchmark. */
  timings: Record<string, number>;
}

export { DEFAULT_TEMPLATES };

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
  const browserStart = options.pdf ? (options.browser ?? launchBrowser()) : undefined;
  browserStart?.catch(() => {}); // a launch failure is reported where the browser is awaited
  const closeBrowser = async () => (await browserStart?.catch(() => undefined))?.close().catch(() => {});

  let archive;
  try {
    archive = await time('load', () => loadArchive(options.path));
  } catch (error) {
    await closeBrowser();
    throw error;
  }
  if (archive.issues.length === 0) {
    await closeBrowser();
    return { ok: false, files: archive.files.files, issues: [], written: [], timings };
  }
  emit({ type: 'loaded', issues: archive.issues.map((i) => i.folder) });

  const templatesDir = options.templatesDir ?? DEFAULT_TEMPLATES;
  const stage = await Stage.open(options.out);
  try {
    const written: string[] = [];
    const pages = await time('html', async () => {
      const rendered = [];
      for (const issue of archive.issues) {
        emit({ type: 'issue-step', issue: issue.folder, step: 'html' });
        const page = renderPrintPage(issue, templatesDir);
        await stage.write(`print/${issue.folder}`, [{ path: 'index.html', contents: page.html }, ...page.files]);
        written.push(`print/${issue.folder}`);
        rendered.push({ issue, page });
      }
      return rendered;
    });

    if (options.pdf) {
      await time('pdf', async () => {
        const browser: Browser = await browserStart!;
        const printer = await openPrinter({ allowedRoots: [stage.dir], browser });
        await Promise.all(
          pages.map(async ({ issue, page }) => {
            emit({ type: 'issue-step', issue: issue.folder, step: 'pdf' });
            const printed = await printer.print(issue, stage.path(`print/${issue.folder}/index.html`), page.marginText);
            await stage.write('pdf', [{ path: `${issue.folder}.pdf`, contents: printed.pdf }]);
            // The print HTML on disk shows the same 目录 numbers as the PDF.
            await stage.write(`print/${issue.folder}`, [{ path: 'index.html', contents: withTocNumbers(page.html, printed.tocNumbers) }]);
            written.push(`pdf/${issue.folder}.pdf`);
            emit({ type: 'issue-step', issue: issue.folder, step: 'done' });
          }),
        );
      });
    }

    await time('commit', () => stage.commit(written));
    emit({ type: 'committed', out: options.out });
    return { ok: true, files: archive.files.files, issues: archive.issues, written: written.map((w) => join(options.out, w)), timings };
  } catch (error) {
    await stage.discard();
    throw error;
  } finally {
    await closeBrowser();
  }
}
