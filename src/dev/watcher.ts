/**
 * Watches the content folder and the templates folder, and reports changes
 * in batches: an editor's save is several events (write, rename, chmod), and
 * saving many files at once is many more, so events are collected until none
 * came for `debounceMs`. Editor scratch files (vim's .swp and 4913, emacs' .#x
 * and #x#, backups~) are not changes to the content and are ignored.
 *
 * One non-recursive watch per folder, not `fs.watch(dir, { recursive: true })`:
 * on Linux, Node 20's recursive watch follows each file, and loses a file as
 * soon as an editor saves it by writing a new file and renaming it over the
 * old one (sed -i, vim, many others) — later edits went unseen. A folder watch
 * reports its entries by name, whatever their inode. New folders get a watch
 * when they appear.
 *
 * A file counts as changed only when its size or modification time did: the
 * build hard-links content images into its output, and the link count change
 * is reported as a "change" of the image too — without this check, every
 * build would set off the next one.
 */
import { readdirSync, statSync, watch, type FSWatcher, type Stats } from 'node:fs';
import { stat } from 'node:fs/promises';
import { basename, join, sep } from 'node:path';
import { isInside } from '../content/paths.ts';
import { t } from '../i18n/index.ts';

export type WatchKind = 'content' | 'templates';

export interface ChangeBatch {
  /** Which of the watched folders changed. */
  kinds: Set<WatchKind>;
  /** Changed paths (absolute). */
  paths: string[];
}

export interface WatchOptions {
  debounceMs?: number;
  /** More paths to ignore (e.g. the dev server's own output, if it lies inside a watched folder). */
  ignore?: (path: string) => boolean;
  /** A folder could not be watched: reported (a whole message, for the log), not thrown. */
  onError: (message: string) => void;
}

export interface Watcher {
  close(): void;
}

export function isEditorScratch(path: string): boolean {
  const name = basename(path);
  // .yuebao/: the studio's history of old versions (and a build's caches), never content.
  if (path.split(sep).some((part) => part === '.git' || part === 'node_modules' || part === '.yuebao')) return true;
  return (
    name.endsWith('~') ||
    /\.(swp|swo|swx|tmp|crswap)$/i.test(name) ||
    name.startsWith('.#') ||
    /^#.*#$/.test(name) ||
    name === '4913' || // vim checks that the folder is writable with this file
    name === '.DS_Store'
  );
}

export function watchFolders(targets: Array<{ dir: string; kind: WatchKind }>, onChange: (batch: ChangeBatch) => void, options: WatchOptions): Watcher {
  const debounceMs = options.debounceMs ?? 80;
  const skip = (path: string) => isEditorScratch(path) || (options.ignore?.(path) ?? false);
  const folders = new Map<string, FSWatcher>();
  const signatures = new Map<string, string>();
  let pending = new Map<string, WatchKind>();
  let timer: NodeJS.Timeout | undefined;
  let closed = false;

  const watchFolder = (dir: string, kind: WatchKind) => {
    if (closed || folders.has(dir) || skip(dir)) return;
    try {
      const watcher = watch(dir, (_event, name) => {
        const path = name ? join(dir, name.toString()) : dir;
        if (skip(path)) return;
        pending.set(path, kind);
        clearTimeout(timer);
        timer = setTimeout(() => void flush(), debounceMs);
      });
      watcher.on('error', () => unwatch(dir)); // the folder was removed
      folders.set(dir, watcher);
    } catch (error) {
      options.onError(t().dev.cannotWatch({ dir, reason: (error as Error).message }));
    }
  };
  const watchTree = (dir: string, kind: WatchKind) => {
    watchFolder(dir, kind);
    for (const [path, info] of walk(dir, skip)) {
      signatures.set(path, describe(info));
      if (info.isDirectory()) watchFolder(path, kind);
    }
  };
  const unwatch = (dir: string) => {
    for (const [path, watcher] of folders) {
      if (isInside(dir, path)) {
        watcher.close();
        folders.delete(path);
      }
    }
  };

  const flush = async () => {
    const events = pending;
    pending = new Map();
    const batch: ChangeBatch = { kinds: new Set(), paths: [] };
    for (const [path, kind] of events) {
      const info = await stat(path).catch(() => undefined);
      const now = info ? describe(info) : undefined;
      // Touched, not changed (hard-linked by the build), or created and gone again (an editor's temp file).
      if (now === signatures.get(path)) continue;
      if (info?.isDirectory() && !folders.has(path)) watchTree(path, kind); // a new folder, maybe with files
      if (!info) unwatch(path);
      if (now) signatures.set(path, now);
      else signatures.delete(path);
      batch.kinds.add(kind);
      batch.paths.push(path);
    }
    if (batch.paths.length && !closed) onChange(batch);
  };

  for (const { dir, kind } of targets) watchTree(dir, kind);

  return {
    close() {
      closed = true;
      clearTimeout(timer);
      for (const watcher of folders.values()) watcher.close();
      folders.clear();
    },
  };
}

/** Size and modification time: what a real edit changes (a new hard link does not). */
function describe(info: Stats): string {
  return `${info.isDirectory() ? 'd' : 'f'} ${info.size} ${info.mtimeMs}`;
}

/** Every path below `dir` with its stat (a content folder is a few hundred files). */
function walk(dir: string, skip: (path: string) => boolean): Array<[string, Stats]> {
  let names: string[];
  try {
    names = readdirSync(dir, { recursive: true }) as string[];
  } catch {
    return [];
  }
  const found: Array<[string, Stats]> = [];
  for (const name of names) {
    const path = join(dir, name);
    if (skip(path)) continue;
    try {
      found.push([path, statSync(path)]);
    } catch {
      // gone meanwhile
    }
  }
  return found;
}
