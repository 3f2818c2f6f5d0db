/**
 * The studio's live preview: the dev server's Rebuilder (warm Chromium,
 * incremental print builds, problems as an overlay) on the issue on screen
 * only — an archive of many issues would otherwise be printed whole before
 * the first preview. Nothing is built, and no Chromium started, until a page
 * shows a preview; after that every change to the content (the studio's own
 * saves and any other program's) rebuilds it, and the pages hear of it
 * through the dev server's live-reload events: `reload`, `edited` (the page
 * where the saved article begins), `errors`.
 */
import { join } from 'node:path';
import type { Browser } from 'puppeteer';
import type { LiveReload } from '../dev/live-reload.ts';
import { Rebuilder } from '../dev/rebuilder.ts';

export class StudioPreview {
  private folder?: string;
  readonly rebuilder: Rebuilder;
  readonly out: string;

  constructor(options: { root: string; temp: string; live: LiveReload; log: (line: string) => void }) {
    this.out = join(options.temp, 'preview');
    const { live } = options;
    this.rebuilder = new Rebuilder({
      path: () => join(options.root, this.folder ?? ''),
      previewOut: this.out,
      siteOut: join(options.temp, 'site'),
      liveDir: join(options.temp, 'live'),
      web: false,
      cwd: options.root,
      log: options.log,
      onBuilt: (scope, edited) => {
        live.reload(scope, edited);
        live.send('preview', { folder: this.folder, pages: this.rebuilder.state.pages ?? {}, builtAt: this.rebuilder.state.printBuiltAt });
      },
      onFailed: (lines) => live.errors(lines),
      webWanted: () => false,
    });
  }

  /** A page shows this preview: build it (incrementally: an issue seen before is quick). */
  show(folder: string): void {
    if (this.folder === folder && this.rebuilder.state.printBuiltAt !== undefined && !this.rebuilder.state.errors) return;
    this.folder = folder;
    this.rebuilder.change();
  }

  /** Content changed on disk. */
  changed(paths: string[], templates = false): void {
    if (this.folder) this.rebuilder.change(templates, paths);
  }

  /** The preview's Chromium, kept warm: 「生成」 borrows it rather than launching one of its own. */
  browser(): Promise<Browser> {
    return this.rebuilder.warmBrowser();
  }

  get state() {
    return { folder: this.folder, ...this.rebuilder.state };
  }

  close(): Promise<void> {
    return this.rebuilder.close();
  }
}
