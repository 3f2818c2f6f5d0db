/**
 * Incremental builds: an issue whose content did not change is not rebuilt.
 * Its fingerprint hashes what its outputs are made of — the Issue model
 * (every text, title, number, path), the size and time of every image it
 * uses, the templates, yuebao's version and how it makes its photos — and is kept in
 * <out>/.yuebao/<issue>.json beside the outputs it describes. When it matches
 * and those outputs exist, the build takes them over (hard links) instead of
 * making them again.
 */
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { PHOTO_RECIPE } from '../content/open-photo.ts';
import type { Issue } from '../model/types.ts';
import { PACKAGE_ROOT } from '../package-root.ts';

const VERSION = JSON.parse(readFileSync(join(PACKAGE_ROOT, 'package.json'), 'utf8')).version as string;

export interface Manifest {
  fingerprint: string;
  /** Outputs made with that fingerprint, relative to the output folder. */
  outputs: string[];
}

/** The build options that change an issue's print outputs, as they enter its fingerprint: the photos' resolution. */
export const printRecipe = (imageWidth: number) => `print images ${imageWidth}px`;

/** `options`: the build options that change the outputs (printRecipe). */
export function issueFingerprint(issue: Issue, templatesDir: string, options = ''): string {
  const hash = createHash('sha256');
  hash.update(`yuebao ${VERSION}\n${PHOTO_RECIPE}\n${options}\n`);
  hash.update(JSON.stringify({ ...issue, assets: [...issue.assets] }));
  for (const path of issue.assets.keys()) {
    const stat = statSync(path);
    hash.update(`${path} ${stat.size} ${stat.mtimeMs}\n`);
  }
  hash.update(treeHash(templatesDir));
  return hash.digest('hex');
}

/**
 * The templates' contents. Hashed on every call, not cached: a long-running
 * process (yuebao dev) must see a template edit, and the folder is small.
 */
function treeHash(dir: string): string {
  const hash = createHash('sha256');
  const walk = (d: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const path = join(d, entry.name);
      if (entry.isDirectory()) walk(path);
      else hash.update(`${path}\n`).update(readFileSync(path));
    }
  };
  walk(dir);
  return hash.digest('hex');
}

export const manifestPath = (folder: string) => `.yuebao/${folder}.json`;

export async function readManifest(outDir: string, folder: string): Promise<Manifest | undefined> {
  try {
    return JSON.parse(await readFile(join(outDir, manifestPath(folder)), 'utf8')) as Manifest;
  } catch {
    return undefined;
  }
}
