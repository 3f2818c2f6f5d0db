/**
 * Every file the studio changes goes through here. Four promises:
 *  - atomic: each write is a temp file renamed over the target (atomic-write.ts);
 *  - in order: writes to one file are queued; a client numbers its saves
 *    (`client`, `seq`), and a save that arrives after a later one from the
 *    same page is dropped, so the last save typed is the one on disk;
 *  - no lost edit: a page sends the hash of the file as it loaded it
 *    (`base`). When the file on disk is neither that nor what the studio
 *    itself last wrote there (another tab: the last write wins), someone
 *    else changed it — a text editor, a sync folder — and the save is
 *    refused with 409 before anything is overwritten;
 *  - undo: the bytes a write replaces are kept in
 *    <root>/.yuebao/history/<file>/<time>.<ext>, and each change (one save,
 *    one move in issue.md, one import of several files) is one entry of a
 *    journal that 「撤销」 takes back, newest first.
 */
import { createHash } from 'node:crypto';
import { readFile, readdir, rm, unlink } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { decodeText } from '../content/read-text.ts';
import { t } from '../i18n/index.ts';
import { FileQueue, writeFileAtomic } from './atomic-write.ts';
import { safeContentPath, spelledInside } from './safe-path.ts';
import { StudioError } from './studio-error.ts';

/** Old versions kept per file in .yuebao/history/. */
const HISTORY_PER_FILE = 50;
/** Changes that 「撤销」 can take back. */
const JOURNAL_LENGTH = 200;

export function hashOf(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex').slice(0, 32);
}

interface Change {
  rel: string;
  path: string;
  /** The kept copy of what was there before, or undefined when the file did not exist. */
  before?: string;
  /** The hash the change left on disk; null when it removed the file. */
  after: string | null;
}

export interface Operation {
  label: string;
  at: number;
  changes: Change[];
}

export interface WriteOptions {
  /** The hash the page loaded (null: the file must not exist yet); undefined: no check (the server merged the change itself). */
  base?: string | null;
  client?: string;
  seq?: number;
}

export interface Written {
  rel: string;
  hash: string;
  /** True when a later save from the same page had already been written. */
  skipped?: boolean;
}

export class ContentStore {
  private readonly queue = new FileQueue();
  /** Per file: the hash of what the studio last wrote there. */
  private readonly written = new Map<string, string | null>();
  private readonly order = new Map<string, { client: string; seq: number }>();
  private readonly journal: Operation[] = [];
  private stamps = 0;

  constructor(
    readonly root: string,
    /** Called after each change with the files it touched (to tell the other tabs). */
    private readonly onChange: (rels: string[], label: string) => void = () => {},
  ) {}

  path(rel: unknown): Promise<string> {
    return safeContentPath(this.root, rel);
  }

  /** A text file with its hash; the text decoded as the content loader does (GBK too). */
  async read(rel: string): Promise<{ text: string; hash: string }> {
    const path = await this.path(rel);
    const bytes = await readFile(path).catch((error: NodeJS.ErrnoException) => {
      throw error.code === 'ENOENT' ? new StudioError(404, t().studio.fileMissing({ path: rel })) : error;
    });
    return { text: decodeText(bytes).text, hash: hashOf(bytes) };
  }

  /** The hash of a file now, or null when there is none. */
  async currentHash(rel: string): Promise<string | null> {
    const bytes = await readFile(await this.path(rel)).catch(() => undefined);
    return bytes ? hashOf(bytes) : null;
  }

  /** Whether the file at `path` (absolute) now holds something the studio did not write: another program changed it. */
  async changedElsewhere(path: string): Promise<boolean> {
    if (!this.written.has(path)) return false; // never written here: nothing of ours to lose
    const bytes = await readFile(path).catch(() => undefined);
    return (bytes ? hashOf(bytes) : null) !== this.written.get(path);
  }

  /** Starts one change of several files, undone as one. */
  begin(label: string): Transaction {
    return new Transaction(this, { label, at: Date.now(), changes: [] });
  }

  /** One file, one change. */
  async write(rel: string, data: string | Uint8Array, label: string, options: WriteOptions = {}): Promise<Written> {
    const tx = this.begin(label);
    const done = await tx.write(rel, data, options);
    tx.commit();
    return done;
  }

  /** @internal (Transaction) */
  async writeIn(op: Operation, rel: string, data: string | Uint8Array | null, options: WriteOptions): Promise<Written> {
    // Queued by the spelled path at once (no await before): writes keep the order in which they came.
    return this.queue.run(spelledInside(this.root, rel), async () => {
      const path = await this.path(rel);
      const now = await readFile(path).catch(() => undefined);
      const nowHash = now ? hashOf(now) : null;
      const last = this.order.get(path);
      if (options.client && options.seq !== undefined && last?.client === options.client && options.seq <= last.seq) {
        return { rel, hash: nowHash ?? '', skipped: true };
      }
      if (options.base !== undefined && nowHash !== options.base && (nowHash === null || nowHash !== this.written.get(path))) {
        throw new StudioError(409, nowHash === null ? t().studio.conflictRemoved({ path: rel }) : t().studio.conflict({ path: rel }), { hash: nowHash, path: rel });
      }
      if (options.client && options.seq !== undefined) this.order.set(path, { client: options.client, seq: options.seq });
      const bytes = data === null ? null : typeof data === 'string' ? Buffer.from(data) : data;
      const after = bytes ? hashOf(bytes) : null;
      if (after === nowHash) {
        this.written.set(path, after);
        return { rel, hash: after ?? '' };
      }
      const before = now ? await this.keep(rel, now) : undefined;
      if (bytes) await writeFileAtomic(path, bytes);
      else await unlink(path);
      this.written.set(path, after);
      op.changes.push({ rel, path, before, after });
      return { rel, hash: after ?? '' };
    });
  }

  /** @internal (Transaction) */
  record(op: Operation): void {
    if (!op.changes.length) return;
    this.journal.push(op);
    if (this.journal.length > JOURNAL_LENGTH) this.journal.shift();
    this.onChange([...new Set(op.changes.map((c) => c.rel))], op.label);
  }

  /** What 「撤销」 would take back, if anything. */
  lastChange(): { label: string; at: number } | undefined {
    const op = this.journal.at(-1);
    return op && { label: op.label, at: op.at };
  }

  /** Takes back the newest change: each file as it was before (a file the change made is removed). */
  async undo(): Promise<{ label: string; files: string[] }> {
    const op = this.journal.at(-1);
    if (!op) throw new StudioError(409, t().studio.nothingToUndo);
    for (const change of op.changes) {
      const now = await readFile(change.path).catch(() => undefined);
      if ((now ? hashOf(now) : null) !== change.after) throw new StudioError(409, t().studio.undoConflict({ path: change.rel, label: op.label }));
    }
    this.journal.pop();
    const undo: Operation = { label: op.label, at: Date.now(), changes: [] };
    for (const change of [...op.changes].reverse()) {
      const bytes = change.before
        ? await readFile(change.before).catch(() => {
            throw new StudioError(409, t().studio.undoGone({ path: change.rel }));
          })
        : null;
      await this.writeIn(undo, change.rel, bytes, {});
    }
    const files = [...new Set(op.changes.map((c) => c.rel))];
    this.onChange(files, op.label);
    return { label: op.label, files };
  }

  /** Every queued write has ended. */
  idle(): Promise<void> {
    return this.queue.idle();
  }

  /** Keeps `bytes` (what `rel` held) in .yuebao/history/<rel>/, and the newest few only. */
  private async keep(rel: string, bytes: Uint8Array): Promise<string> {
    const dir = join(this.root, '.yuebao', 'history', ...rel.split('/'));
    // Sortable, and unique even for saves within one millisecond.
    const stamp = `${new Date().toISOString().replace(/[:.]/g, '-')}-${String(++this.stamps % 10000).padStart(4, '0')}`;
    const kept = join(dir, `${stamp}${extname(rel) || '.bak'}`);
    await writeFileAtomic(kept, bytes);
    const names = (await readdir(dir).catch(() => [] as string[])).filter((n) => !n.endsWith('.tmp')).sort();
    await Promise.all(names.slice(0, Math.max(0, names.length - HISTORY_PER_FILE)).map((n) => rm(join(dir, n), { force: true })));
    return kept;
  }
}

/** Several writes that are one change for 「撤销」. */
export class Transaction {
  constructor(
    private readonly store: ContentStore,
    private readonly op: Operation,
  ) {}

  write(rel: string, data: string | Uint8Array, options: WriteOptions = {}): Promise<Written> {
    return this.store.writeIn(this.op, rel, data, options);
  }

  remove(rel: string, options: WriteOptions = {}): Promise<Written> {
    return this.store.writeIn(this.op, rel, null, options);
  }

  commit(): void {
    this.store.record(this.op);
  }
}
