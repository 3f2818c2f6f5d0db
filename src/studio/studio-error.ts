/**
 * A request the studio refuses or cannot carry out, with the HTTP status and
 * one Chinese sentence for the editor (what happened, what to do). Thrown by
 * the handlers, turned into a JSON answer by the server.
 */
export class StudioError extends Error {
  constructor(
    readonly status: number,
    message: string,
    /** More for the page: e.g. the file's current hash on a conflict. */
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'StudioError';
  }
}
