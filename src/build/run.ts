/**
 * One build's bookkeeping: its progress events, the time of each stage (for
 * the benchmark), and the result it returns, so that build() itself reads as
 * the list of its steps.
 */
import type { VFile } from 'vfile';
import type { Issue } from '../model/types.ts';
import type { Fitting } from '../print/layout.ts';
import type { BuildOptions, BuildResult, ProgressEvent } from './types.ts';
import { join } from 'node:path';

export class BuildRun {
  readonly timings: Record<string, number> = {};
  /** Output entries staged so far (paths under the output folder). */
  readonly written: string[] = [];
  readonly pdfPages: BuildResult['pdfPages'] = {};
  readonly fitting: Record<string, Fitting> = {};
  unchanged: string[] = [];

  constructor(private readonly options: BuildOptions) {}

  emit = (event: ProgressEvent): void => this.options.onProgress?.(event);

  /** Runs `work` as the stage `name`, adding its time. */
  async time<T>(name: string, work: () => Promise<T>): Promise<T> {
    const start = performance.now();
    try {
      return await work();
    } finally {
      this.timings[name] = (this.timings[name] ?? 0) + performance.now() - start;
    }
  }

  /** Ctrl+C: stop before the next step. */
  checkpoint(): void {
    this.options.signal?.throwIfAborted();
  }

  failed(files: VFile[], issues: Issue[] = []): BuildResult {
    return { ok: false, files, issues, written: [], unchanged: this.unchanged, timings: this.timings, pdfPages: this.pdfPages, fitting: this.fitting };
  }

  succeeded(files: VFile[], issues: Issue[]): BuildResult {
    for (const issue of issues) this.emit({ type: 'issue-step', issue: issue.folder, step: 'done' });
    this.emit({ type: 'committed', out: this.options.out });
    const shown = this.written.filter((w) => !w.startsWith('.yuebao/')).map((w) => join(this.options.out, w));
    return { ok: true, files, issues, written: shown, unchanged: this.unchanged, timings: this.timings, pdfPages: this.pdfPages, fitting: this.fitting };
  }
}
