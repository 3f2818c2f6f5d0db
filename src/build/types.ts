/**
 * What a build is asked (BuildOptions), what it says while it runs
 * (ProgressEvent) and what it returns (BuildResult). src/build.ts re-exports
 * them: callers import from there.
 */
import type { VFile } from 'vfile';
import type { Browser } from 'puppeteer';
import type { Issue } from '../model/types.ts';
import type { Printer } from '../print/printer.ts';
import type { Fitting } from '../print/layout.ts';
import type { OutputSink } from '../output/sink.ts';

export interface BuildOptions {
  path: string;
  out: string;
  /**
   * Where the outputs go instead of `out` on disk: a MemorySink (src/output/sink.ts) for tests
   * that need no files. Printing and the web edition need a disk sink.
   */
  sink?: OutputSink;
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
