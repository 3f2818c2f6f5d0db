/**
 * "Did you mean …?" for a path named in content that does not exist: the
 * nearest name among the files beside where it should be (a typo, another
 * case, another extension: Photo.JPG for photo.jpg, park-meet.md for
 * park-meeting.md). Climbs to the nearest folder that exists.
 */
import { readdirSync, statSync } from 'node:fs';
import { basename, dirname, join, relative, sep } from 'node:path';

export function suggestPath(missing: string, stopAt: string): string | undefined {
  let dir = dirname(missing);
  while (!isDir(dir) && dir.startsWith(stopAt) && dir !== stopAt) dir = dirname(dir);
  if (!isDir(dir)) return undefined;
  const wanted = relative(dir, missing);
  const candidates = listFiles(dir, 2).map((path) => relative(dir, path));
  const near = nearest(wanted, candidates) ?? nearest(basename(wanted), candidates.filter((c) => !c.includes(sep)));
  const stem = basename(wanted).replace(/\.[^.]+$/, '').toLowerCase();
  const sameStem = candidates.find((c) => basename(c).replace(/\.[^.]+$/, '').toLowerCase() === stem);
  const found = near ?? sameStem;
  return found ? join(dir, found) : undefined;
}

function isDir(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

function listFiles(dir: string, depth: number): string[] {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  return entries.flatMap((entry) => {
    if (entry.name.startsWith('.')) return [];
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return depth > 1 ? listFiles(path, depth - 1) : [];
    return [path];
  });
}

/** The candidate closest to `word` (at most a third of its letters away), for "did you mean". */
export function nearest(word: string, candidates: readonly string[]): string | undefined {
  const lower = word.toLowerCase();
  let best: string | undefined;
  let bestDistance = Math.max(2, Math.ceil(word.length / 3)) + 1;
  for (const candidate of candidates) {
    const distance = candidate.toLowerCase() === lower ? 0 : editDistance(lower, candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length];
}
