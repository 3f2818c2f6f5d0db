/**
 * Internal failures (browser crashed, disk full): one error class with a
 * `cause` and a sentence for the user. Content problems are not errors: they
 * are vfile messages (src/content/problems.ts).
 */
export class YuebaoError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'YuebaoError';
  }
}
