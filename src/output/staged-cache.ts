/**
 * A cache kept with the output (<out>/.yuebao/<kind>: resized photos, font
 * subsets) that a failed build does not touch. Entries made by a build are
 * written into its staging folder and move into the kept cache only when the
 * build commits; a build that fails or is stopped leaves the output folder
 * exactly as it was, its cache included.
 *
 * Outputs are hard links to cache entries, so an entry no output links to
 * any more (one link: its own) is pruned after a commit.
 */
import { mkdir, readdir, rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';

const HOUR_MS = 3600 * 1000;

export class StagedCache {
  /** `kept`: the cache of the last builds; `fresh`: where this build writes new entries (inside its staging folder). */
  constructor(
    readonly kept: string,
    readonly fresh: string = kept,
  ) {}

  /** The entry `name`, made by this build or an earlier one, if it is there. */
  async find(name: string): Promise<string | undefined> {
    for (const dir of this.fresh === this.kept ? [this.kept] : [this.kept, this.fresh]) {
      const path = join(dir, name);
      if (await stat(path).then(() => true, () => false)) return path;
    }
    return undefined;
  }

  /** Makes entry `name` with `write` (given a path to write to), written beside and renamed: never half an entry under its name. */
  async put(name: string, write: (path: string) => Promise<unknown>): Promise<string> {
    await mkdir(this.fresh, { recursive: true });
    const path = join(this.fresh, name);
    const partial = `${path}.${process.pid}.${Math.random().toString(36).slice(2)}.partial`;
    await write(partial);
    await rename(partial, path);
    return path;
  }

  /** Moves this build's new entries into the kept cache (the build committed), then prunes. */
  async commit(): Promise<void> {
    if (this.fresh !== this.kept) {
      const names = await readdir(this.fresh).catch(() => [] as string[]);
      if (names.length) await mkdir(this.kept, { recursive: true });
      for (const name of names) if (!name.endsWith('.partial')) await rename(join(this.fresh, name), join(this.kept, name));
    }
    await this.prune();
  }

  /** Removes entries no output links to any more, and partial files left by a crash. */
  async prune(): Promise<void> {
    const names = await readdir(this.kept).catch(() => [] as string[]);
    for (const name of names) {
      const path = join(this.kept, name);
      const info = await stat(path).catch(() => undefined);
      if (info && (name.endsWith('.partial') ? info.mtimeMs < Date.now() - HOUR_MS : info.nlink <= 1)) await rm(path, { force: true });
    }
  }
}
