/**
 * Where a build's outputs go. The build writes only through this interface:
 * `Stage` (stage.ts) is the disk sink — a staging folder moved into place on
 * success — and `MemorySink` keeps the outputs in memory, so that tests run
 * the pipeline (load, check, print HTML, incremental planning, manifests)
 * without touching a disk. Printing and the web edition need files Chromium
 * can open: they ask for the sink's `dir`, which only a disk sink has.
 */
import type { OutputFile } from './files.ts';

export interface OutputSink {
  /** The folder the outputs are staged in, for Chromium to load them; undefined in memory. */
  readonly dir?: string;
  /** Writes `files` under `prefix` (e.g. print/2024-03). */
  write(prefix: string, files: OutputFile[]): Promise<void>;
  /** A text file of the last build's output (an issue's manifest); undefined when there is none. */
  lastText(rel: string): Promise<string | undefined>;
  /** Takes `rel` over from the last build, unchanged; false when it is not there. */
  reuse(rel: string): Promise<boolean>;
  /** Makes the finished `entries` the output, all at once. */
  commit(entries: string[]): Promise<void>;
  /** Drops everything staged. */
  discard(): Promise<void>;
}

/** An in-memory sink: what a build wrote, file by file (images and fonts as the requests they are). */
export class MemorySink implements OutputSink {
  readonly dir = undefined;
  /** Staged: path under the output → what would be written. */
  readonly staged = new Map<string, OutputFile>();
  /** The output after commit: the last build's, to be reused by the next. */
  readonly committed = new Map<string, OutputFile>();

  async write(prefix: string, files: OutputFile[]): Promise<void> {
    for (const file of files) this.staged.set(prefix ? `${prefix}/${file.path}` : file.path, file);
  }

  async lastText(rel: string): Promise<string | undefined> {
    return this.text(rel);
  }

  async reuse(rel: string): Promise<boolean> {
    const taken = [...this.committed].filter(([path]) => isUnder(path, rel));
    for (const [path, file] of taken) this.staged.set(path, file);
    return taken.length > 0;
  }

  async commit(entries: string[]): Promise<void> {
    for (const entry of entries) {
      for (const path of [...this.committed.keys()]) if (isUnder(path, entry)) this.committed.delete(path);
      for (const [path, file] of this.staged) if (isUnder(path, entry)) this.committed.set(path, file);
    }
    this.staged.clear();
  }

  async discard(): Promise<void> {
    this.staged.clear();
  }

  /** The text of a committed file (a test's view of the output). */
  text(path: string): string | undefined {
    const file = this.committed.get(path);
    return file && 'contents' in file ? Buffer.from(file.contents).toString('utf8') : undefined;
  }
}

/** Is `path` the entry `entry`, or a file inside it? */
function isUnder(path: string, entry: string): boolean {
  return path === entry || path.startsWith(`${entry}/`);
}
