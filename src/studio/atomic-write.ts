/**
 * Writes that a crash never leaves half done: the new bytes go to a temp file
 * in the same folder (same disk, so the rename is atomic), are flushed to the
 * disk (fsync), and the temp file is renamed over the target. A reader — the
 * dev rebuild, a text editor, a sync client — sees the old file or the new
 * one, never a mix. The temp name ends in `.tmp`, which the watcher ignores.
 *
 * Writes to one file are queued (FileQueue): a burst of saves lands in the
 * order the requests came, one after the other, never two at once.
 */
import { randomBytes } from 'node:crypto';
import { open, rename, rm, mkdir } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

export async function writeFileAtomic(path: string, data: string | Uint8Array): Promise<void> {
  const dir = dirname(path);
  await mkdir(dir, { recursive: true });
  const temp = join(dir, `.${basename(path)}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
  try {
    const handle = await open(temp, 'wx');
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
  await syncFolder(dir);
}

/** The rename itself is made durable by flushing the folder (not possible on Windows: skipped). */
async function syncFolder(dir: string): Promise<void> {
  if (process.platform === 'win32') return;
  const handle = await open(dir, 'r').catch(() => undefined);
  await handle?.sync().catch(() => {});
  await handle?.close();
}

/** One queue per file: each task starts when the one before it on that file has ended. */
export class FileQueue {
  private readonly tails = new Map<string, Promise<unknown>>();

  run<T>(path: string, task: () => Promise<T>): Promise<T> {
    const before = this.tails.get(path) ?? Promise.resolve();
    const result = before.then(task, task);
    const tail = result.catch(() => {});
    this.tails.set(path, tail);
    // Forget finished queues, so the map does not grow with every file ever saved.
    void tail.then(() => {
      if (this.tails.get(path) === tail) this.tails.delete(path);
    });
    return result;
  }

  /** Every queued task has ended (for tests and shutdown). */
  async idle(): Promise<void> {
    while (this.tails.size) await Promise.all([...this.tails.values()]);
  }
}
