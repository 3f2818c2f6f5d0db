/**
 * Watches the content folder and the templates folder (chokidar), and reports
 * changes in batches: an editor's save is several events (write, rename,
 * chmod), and saving many files at once is many more, so events are collected
 * until none came for `debounceMs`. chokidar follows files that editors save by
 * writing a temp file and renaming it over the old one (Word, WPS, VS Code,
 * vim, the studio's atomic writes), and folders that appear later.
 *
 * A file counts as changed only when its size or modification time did: the
 * build hard-links content images into its output, and the link count change
 * is reported as a "change" of the image too — without this check, every
 * build would set off the next one. The same check drops a temp file that was
 * created and gone again within one batch.
 */
import { watch, type FSWatcher } from 'chokidar';
import type { Stats } from 'node:fs';
import { stat } from 'node:fs/promises';
import { basename, relative, sep } from 'node:path';
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
  close(): Promise<void>;
}

/**
 * A name that is never content: dot files and folders (.git, .yuebao — the
 * studio's old versions and the build's caches —, .DS_Store, the hidden temp
 * files of editors and of the studio's atomic writes), node_modules, and
 * editors' scratch files (vim's .swp and 4913, emacs' .#x and #x#, backups~,
 * Word's ~$x owner files, .tmp, Chrome's .crswap).
 */
export function isEditorScratch(path: string): boolean {
  const name = basename(path);
  return (
    name.startsWith('.') ||
    name === 'node_modules' ||
    name.endsWith('~') ||
    name.startsWith('~$') ||
    /\.(swp|swo|swx|tmp|crswap)$/i.test(name) ||
    /^#.*#$/.test(name) ||
    name === '4913' // vim checks that the folder is writable with this file
  );
}

export function watchFolders(targets: Array<{ dir: string; kind: WatchKind }>, onChange: (batch: ChangeBatch) => void, options: WatchOptions): Watcher {
  const debounceMs = options.debounceMs ?? 80;
  const signatures = new Map<string, string>();
  let pending = new Map<string, WatchKind>();
  let timer: NodeJS.Timeout | undefined;
  let closed = false;

  const watchers = targets.map(({ dir, kind }): FSWatcher => {
    let scanned = false;
    // Names are judged below the watched folder only: the folder itself may well lie under a dot folder or node_modules.
    const ignored = (path: string) => relative(dir, path).split(sep).some(isEditorScratch) || (options.ignore?.(path) ?? false);
    // `atomic: false`: chokidar would hold each deletion back 100 ms to see whether it is a save; the stat in flush() judges that already.
    return watch(dir, { ignored, alwaysStat: true, atomic: false })
      .on('all', (_event, path, info) => {
        // The first scan says what is there, not what changed: the sizes and times to compare with.
        if (!scanned) return void (info && signatures.set(path, describe(info)));
        pending.set(path, kind);
        clearTimeout(timer);
        timer = setTimeout(() => void flush(), debounceMs);
      })
      .on('ready', () => (scanned = true))
      .on('error', (error) => options.onError(t().dev.cannotWatch({ dir, reason: (error as Error).message })));
  });

  const flush = async () => {
    const events = pending;
    pending = new Map();
    const batch: ChangeBatch = { kinds: new Set(), paths: [] };
    for (const [path, kind] of events) {
      const info = await stat(path).catch(() => undefined);
      const now = info && describe(info);
      if (now === signatures.get(path)) continue; // touched, not changed; or created and gone again
      if (now) signatures.set(path, now);
      else signatures.delete(path);
      batch.kinds.add(kind);
      batch.paths.push(path);
    }
    if (batch.paths.length && !closed) onChange(batch);
  };

  return {
    async close() {
      closed = true;
      clearTimeout(timer);
      await Promise.all(watchers.map((watcher) => watcher.close()));
    },
  };
}

/** Size and modification time: what a real edit changes (a new hard link does not). */
function describe(info: Stats): string {
  return `${info.isDirectory() ? 'd' : 'f'} ${info.size} ${info.mtimeMs}`;
}
