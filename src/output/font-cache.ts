/**
 * Font subsets made once (src/render/font-subset.ts makes them): kept in
 * <out>/.yuebao/fonts, named by what they were made from, hard-linked beside
 * the print HTML; a failed build adds nothing to it (src/output/staged-cache.ts).
 */
import { writeFile } from 'node:fs/promises';
import { makeSubset, type FontSubsetRequest } from '../render/font-subset.ts';
import { StagedCache } from './staged-cache.ts';

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
    const bytes = await makeSubset(request.face, request.chars);
    return this.store.put(request.name, (path) => writeFile(path, bytes));
  }

  /** Keeps this build's new entries (it committed) and removes those no output links to any more. */
  commit(): Promise<void> {
    return this.store.commit();
  }
}

