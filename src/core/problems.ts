/**
 * Content problems are vfile messages (as in unified and remark-lint): each has
 * a file, a place, a rule id and a sentence that says what to do. Stages record
 * them and go on, so one run reports every problem; only the CLI prints them.
 */
import { VFile } from 'vfile';
import type { VFileMessage } from 'vfile-message';

export interface Place {
  line: number;
  column: number;
}

/** Records an error (something that stops the build). */
export function reportError(file: VFile, reason: string, place: Place | undefined, ruleId: string): VFileMessage {
  const message = file.message(reason, { place, ruleId, source: 'yuebao' });
  message.fatal = true;
  return message;
}

/** Records a warning (printed, but the build goes on). */
export function reportWarning(file: VFile, reason: string, place: Place | undefined, ruleId: string): VFileMessage {
  const message = file.message(reason, { place, ruleId, source: 'yuebao' });
  message.fatal = false;
  return message;
}

export function hasErrors(files: Iterable<VFile>): boolean {
  for (const file of files) if (file.messages.some((m) => m.fatal)) return true;
  return false;
}

/**
 * Every file that content was read from, in reading order, so that problems are
 * reported in a stable order. Files are registered once, by path.
 */
export class FileRegistry {
  private readonly byPath = new Map<string, VFile>();

  add(file: VFile): VFile {
    const existing = this.byPath.get(file.path);
    if (existing) return existing;
    this.byPath.set(file.path, file);
    return file;
  }

  /** A file that holds no text we parse (an image), created on first mention. */
  forPath(path: string): VFile {
    return this.byPath.get(path) ?? this.add(new VFile({ path }));
  }

  get files(): VFile[] {
    return [...this.byPath.values()];
  }

  get hasErrors(): boolean {
    return hasErrors(this.byPath.values());
  }
}

/** Warnings that `--strict` turns into errors: things that must not reach the print shop. */
export const STRICT_RULES = new Set(['example-text']);

/** `--strict`: the warnings of `STRICT_RULES` become errors, saying why. */
export function promoteStrictWarnings(files: Iterable<VFile>, note: string): void {
  for (const file of files) {
    for (const message of file.messages) {
      if (message.fatal || !STRICT_RULES.has(message.ruleId ?? '')) continue;
      message.fatal = true;
      message.reason += note;
      message.message = message.reason;
    }
  }
}
