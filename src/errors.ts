/**
 * Faults: what stops a command that is not the editor's doing. Content
 * problems are not faults: they are vfile messages (src/core/problems.ts).
 *
 * A fault is either the machine's (no browser, the browser crashed, the disk
 * is full or read-only): a YuebaoError, or a Node error with a code that we
 * name in plain words; or a bug in yuebao, which says that it is one. Each
 * gets one line for the user; the stack only with --verbose.
 */
import { t } from './i18n/index.ts';

export class YuebaoError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'YuebaoError';
  }
}

export interface Fault {
  message: string;
  /** True for a bug in yuebao (to be reported), false for the machine's faults. */
  bug: boolean;
}

const NOT_WRITABLE = new Set(['EACCES', 'EPERM', 'EROFS']);
const FULL = new Set(['ENOSPC', 'EDQUOT']);

export function describeFault(error: unknown): Fault {
  if (error instanceof YuebaoError) return { message: error.message, bug: false };
  const { code, path } = (error ?? {}) as NodeJS.ErrnoException;
  const b = t().build;
  // The staging folder beside the output (.dist.staging-…, src/output/stage.ts) is ours: name the output folder the editor chose.
  const where = (path ?? '').replace(/([\\/])\.([^\\/]+)\.staging-[^\\/]+.*$/, '$1$2');
  if (code && NOT_WRITABLE.has(code)) return { message: b.outputNotWritable({ path: where }), bug: false };
  if (code && FULL.has(code)) return { message: b.diskFull({ path: where }), bug: false };
  if (code === 'EMFILE' || code === 'ENFILE') return { message: b.tooManyFiles, bug: false };
  if (code === 'ENOTDIR') return { message: b.outputIsFile({ path: where }), bug: false };
  return { message: t().cli.internal({ message: String((error as Error)?.message ?? error) }), bug: true };
}
