/**
 * Font subsets made once (src/output/font-subset.ts makes them): kept in
 * <out>/.yuebao/fonts, named by what they were made from, hard-linked beside
 * the print HTML; a failed build adds nothing to it (src/output/staged-cache.ts).
 * A copy also goes to yuebao's own cache (node_modules/.cache/yuebao/fonts),
 * so that a build into a new output folder does not subset again.
 */
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { PACKAGE_ROOT } from '../package-root.ts';
import { makeSubset, type FontSubsetRequest } from './font-subset.ts';
import { StagedCache } from './staged-cache.ts';

const SHARED = join(PACKAGE_ROOT, 'node_modules', '.cache', 'yuebao', 'fonts');

export class FontCache {
  readonly store: StagedCache;

  /** `dir`: the kept cache; `freshDir`: where this build writes new entries (its staging folder; default: `dir`). */
  constructor(dir: string, freshDir?: string) {
    this.store = new StagedCache(dir, freshDir);
  }

  /** The path of the subset `request` names, made when it is not there yet. */
  async subset(request: FontSubsetRequest): Promise<string> {
    const cached = await this.store.find(request.name);
    if (cached) return cached;
    const shared = join(SHARED, request.name);
    const known = await readFile(shared).catch(() => undefined);
    const bytes = known ?? (await makeSubset(request.face, request.chars));
    // A cache and nothing more: where it cannot be written, the next build subsets again.
    if (!known) await mkdir(SHARED, { recursive: true }).then(() => writeWhole(shared, bytes)).catch(() => {});
    return this.store.put(request.name, (path) => writeFile(path, bytes));
  }

  /** Keeps this build's new entries (it committed) and removes those no output links to any more. */
  commit(): Promise<void> {
    return this.store.commit();
  }
}

/** Written beside and renamed, so that a build running at the same time never reads half a font. */
async function writeWhole(path: string, bytes: Uint8Array): Promise<void> {
  const partial = `${path}.${process.pid}.partial`;
  await writeFile(partial, bytes);
  await rename(partial, path);
}
