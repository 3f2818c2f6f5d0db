/**
 * The one writer of the output folder. A build writes everything into a
 * staging folder beside it; only when the whole build succeeded are the
 * finished entries (print/<issue>, pdf/<issue>.pdf, web) moved into place,
 * each by one rename. A failed build leaves the previous output untouched.
 */
import { access, copyFile, link, mkdir, readFile, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import pLimit from 'p-limit';
import { ImageCache } from './image-cache.ts';
import { FontCache } from './font-cache.ts';
import type { OutputFile } from './files.ts';
import type { OutputSink } from './sink.ts';

export class Stage implements OutputSink {
  readonly dir: string;
  private readonly outDir: string;
  /** Resized images, kept between builds (<out>/.yuebao/images). */
  private readonly images: ImageCache;
  /** Font subsets, kept between builds (<out>/.yuebao/fonts). */
  /** Writes under way, waited for before the folder is discarded. */
  private readonly writing = new Set<Promise<void>>();
  private readonly fonts: FontCache;

  private constructor(outDir: string) {
    this.outDir = resolve(outDir);
    this.dir = join(dirname(this.outDir), `.${basename(this.outDir)}.staging-${process.pid}-${Date.now()}`);
    // New cache entries are made inside the staging folder: a failed build leaves the output's cache as it was.
    this.images = new ImageCache(join(this.outDir, '.yuebao', 'images'), join(this.dir, '.yuebao-new', 'images'));
    this.fonts = new FontCache(join(this.outDir, '.yuebao', 'fonts'), join(this.dir, '.yuebao-new', 'fonts'));
  }

  static async open(outDir: string): Promise<Stage> {
    const stage = new Stage(outDir);
    try {
      await mkdir(stage.dir, { recursive: true });
    } catch (error) {
      // mkdir -p says ENOENT on a read-only disk; a plain mkdir names the real cause (EROFS, EACCES, ENOSPC).
      await mkdir(stage.dir);
      throw error;
    }
    return stage;
  }

  /** Absolute path of `rel` inside the staging folder. */
  path(rel: string): string {
    return join(this.dir, rel);
  }

  /** Writes `files` under `prefix` (e.g. print/2024-03), several at a time. */
  async write(prefix: string, files: OutputFile[]): Promise<void> {
    const work = (async () => {
      const dirs = new Set(files.map((f) => dirname(join(this.dir, prefix, f.path))));
      await Promise.all([...dirs].map((d) => mkdir(d, { recursive: true })));
      await forEachLimited(files, 16, (file) => this.writeOne(join(this.dir, prefix, file.path), file));
    })();
    this.writing.add(work);
    try {
      await work;
    } finally {
      this.writing.delete(work);
    }
  }

  async lastText(rel: string): Promise<string | undefined> {
    return readFile(join(this.outDir, rel), 'utf8').catch(() => undefined);
  }

  /**
   * Takes `rel` (a file or folder) over from the current output folder, by
   * hard links: the outputs of an unchanged issue. False when it is not there.
   */
  async reuse(rel: string): Promise<boolean> {
    const from = join(this.outDir, rel);
    if (!(await exists(from))) return false;
    await linkTree(from, join(this.dir, rel));
    return true;
  }

  /** Moves the finished `entries` (paths relative to the output folder) into place. */
  async commit(entries: string[]): Promise<void> {
    const trash = `${this.dir}.old`;
    for (const entry of entries) {
      const target = join(this.outDir, entry);
      await mkdir(dirname(target), { recursive: true });
      if (await exists(target)) {
        await mkdir(dirname(join(trash, entry)), { recursive: true });
        await rename(target, join(trash, entry));
      }
      await rename(join(this.dir, entry), target);
    }
    await rm(trash, { recursive: true, force: true });
    // The new cache entries move in before the staging folder goes.
    await this.images.commit();
    await this.fonts.commit();
    await this.discard();
  }

  private async writeOne(target: string, file: OutputFile): Promise<void> {
    if ('contents' in file) return writeFile(target, file.contents);
    const from =
      'copyOf' in file ? file.copyOf : 'fontSubset' in file ? await this.fonts.subset(file.fontSubset) : await this.images.prepared(file.imageFrom, file.maxWidth);
    await linkOrCopy(from, target);
  }

  /**
   * Removes the staging folder. Writes still running (another issue's, when
   * one failed on a full disk) finish first: removed under them, they would
   * make the folder again.
   */
  async discard(): Promise<void> {
    await Promise.allSettled([...this.writing]);
    await rm(this.dir, { recursive: true, force: true });
  }
}

async function exists(path: string): Promise<boolean> {
  try {
    await access(path);
    return true;
  } catch {
    return false;
  }
}

/** `from` (a file or a folder) at `to` too, by hard links: copies only where a link cannot be made (another disk). */
export async function linkTree(from: string, to: string): Promise<void> {
  const info = await stat(from);
  if (!info.isDirectory()) {
    await mkdir(dirname(to), { recursive: true });
    await linkOrCopy(from, to);
    return;
  }
  await mkdir(to, { recursive: true });
  const entries = await readdir(from);
  await forEachLimited(entries, 16, (name) => linkTree(join(from, name), join(to, name)));
}

function linkOrCopy(from: string, to: string): Promise<void> {
  return link(from, to).catch(() => copyFile(from, to));
}

/**
 * Runs `task` on every item, `limit` at a time. After a failure the items not
 * started are dropped, and it rejects only once the running tasks have ended:
 * nothing may still write into a staging folder that is being discarded.
 */
async function forEachLimited<T>(items: T[], limit: number, task: (item: T) => Promise<unknown>): Promise<void> {
  const slots = pLimit({ concurrency: limit, rejectOnClear: true });
  const drop = (error: unknown) => (slots.clearQueue(), Promise.reject(error));
  const results = await Promise.allSettled(items.map((item) => slots(task, item).catch(drop)));
  // Started items come before dropped ones, so the first rejection is the real failure.
  const failure = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
  if (failure) throw failure.reason;
}
