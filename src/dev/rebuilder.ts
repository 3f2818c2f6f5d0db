/**
 * The dev server's builds, one at a time, with a warm Chromium.
 *
 * Two output folders, because the two parts cost very different times:
 *  - preview/: print HTML + PDF (`web: false`), remade after every change.
 *    This is what the editor waits for; it is incremental, so only the
 *    changed issue is printed again.
 *  - site/: the web edition (`pdf: false`), remade after the preview, and
 *    only when a page of it is open (or asked for) — it takes several times
 *    longer (web images, search index) and would otherwise hold up the next
 *    preview. Without a PDF it has no page images or PDF download; `yuebao
 *    build` makes those. One folder for both would not do: a `web: false`
 *    build records "no web pages" for every issue, and the next web build
 *    would then remake the web pages of every issue.
 *
 * Changes that arrive during a build are queued as one more build. A content
 * error or an internal failure ends that build, never the server.
 */
import type { Browser } from 'puppeteer';
import { build, type BuildResult } from '../build.ts';
import { formatProblems, summary } from '../core/format-problems.ts';
import { t } from '../i18n/index.ts';
import { clearTemplateCache } from '../render/handlebars.ts';
import { LivePrinter } from '../print/live-printer.ts';
import { WarmBrowser } from './warm-browser.ts';
import { editedPage, type EditedPage } from './edited-page.ts';

/**
 * Photos in the print preview: screen resolution (≈120 dpi at a column's
 * width) — as sharp as Chromium's PDF viewer shows them at 150 %, and half the
 * print time of 300 dpi photos. `yuebao build` makes the print shop's PDF.
 */
export const PREVIEW_IMAGE_WIDTH = 800;

export interface IssueEntry {
  folder: string;
  issueLine: string;
  title?: string;
}

export interface DevState {
  building?: 'print' | 'web';
  /** The issues of the last good preview build. */
  issues: IssueEntry[];
  /** Problem lines of the last preview build when it failed; undefined when it built. */
  errors?: string[];
  /** Warnings of the last good preview build. */
  warnings: string[];
  printBuiltAt?: number;
  webBuiltAt?: number;
  /** The web edition is older than the print preview. */
  webStale: boolean;
  /** Milliseconds per stage of the last preview build (for the benchmark). */
  timings: Record<string, number>;
  /** Where each printed article begins in its preview PDF (file relative to the content root → page; 1 = the cover). */
  pages?: Record<string, number>;
}

export interface RebuilderOptions {
  /** What to build; a function when it changes (the studio previews the issue on screen). */
  path: string | (() => string);
  /** Build the web edition after the preview (default true; the studio previews print only). */
  web?: boolean;
  /** Problem lines name files relative to this folder (default: the working folder). */
  cwd?: string;
  previewOut: string;
  siteOut: string;
  /** A folder for the print pages kept open between builds. */
  liveDir: string;
  log: (line: string) => void;
  /** A part was rebuilt (send `reload`); for the print preview, where the article last saved begins. */
  onBuilt: (scope: 'print' | 'web', edited?: EditedPage) => void;
  /** A build failed: its problem lines (send `errors`). */
  onFailed: (lines: string[]) => void;
  /** Is a page of the web edition open? Then it is rebuilt right after the preview. */
  webWanted: () => boolean;
}

export class Rebuilder {
  readonly state: DevState = { issues: [], warnings: [], webStale: true, timings: {} };
  private readonly want = { print: false, web: false };
  /** Templates changed since the last good build of that part: it must remake every issue. */
  private printForce = false;
  private webForce = false;
  private templatesChanged = false;
  /** Files saved since the last good preview build (the newest last). */
  private saved: string[] = [];
  private busy = false;
  private loop: Promise<void> = Promise.resolve();
  private closed = false;
  private readonly browser: WarmBrowser;
  private readonly printer: LivePrinter;

  constructor(private readonly options: RebuilderOptions) {
    this.browser = new WarmBrowser(options.log);
    this.printer = new LivePrinter({ browser: () => this.browser.get(), liveDir: options.liveDir });
  }

  /** Starts Chromium (throws when there is none: the server cannot preview without it). */
  async start(): Promise<void> {
    await this.browser.get();
  }

  /** The warm Chromium, started now if it is not running (the studio's 「生成」 prints in it too). */
  warmBrowser(): Promise<Browser> {
    return this.browser.get();
  }

  /** Something changed: rebuild the preview (and after it the web edition). */
  change(templatesChanged = false, paths: string[] = []): void {
    this.want.print = true;
    this.saved.push(...paths);
    // The issue fingerprint hashes the templates, so an incremental build sees
    // the change too; forcing makes it explicit that every issue is remade.
    if (templatesChanged) this.templatesChanged = this.printForce = this.webForce = true;
    this.kick();
  }

  /** A page of the web edition was asked for: bring it up to date if it is behind. */
  wantWeb(): void {
    if (this.options.web !== false && this.state.webStale && !this.state.errors) {
      this.want.web = true;
      this.kick();
    }
  }

  async close(): Promise<void> {
    this.closed = true;
    // Closing Chromium first ends a print in progress at once (the build fails, quietly).
    await this.browser.close();
    await this.loop;
    await this.printer.close();
  }

  private path(): string {
    return typeof this.options.path === 'string' ? this.options.path : this.options.path();
  }

  private kick(): void {
    if (this.busy || this.closed) return;
    this.busy = true;
    this.loop = this.run();
  }

  private async run(): Promise<void> {
    try {
      while (!this.closed && (this.want.print || (this.want.web && !this.state.errors))) {
        if (this.want.print) {
          this.want.print = false;
          if (this.templatesChanged) clearTemplateCache(); // between builds, never during one
          this.templatesChanged = false;
          const force = this.printForce;
          this.printForce = false;
          const made = await this.buildPrint(force);
          if (made === undefined) this.printForce ||= force;
          else if (made > 0) this.state.webStale = true; // nothing remade: the web edition is as current as it was
          // The first web build always runs, so that the web edition is there to look at.
          if (this.options.web !== false && this.state.webStale && (this.state.webBuiltAt === undefined || this.options.webWanted())) this.want.web = true;
        } else {
          this.want.web = false;
          await this.buildWeb();
        }
      }
    } finally {
      this.busy = false; // no await between the last check and here: no change can slip through
    }
  }

  /** The number of issues remade, or undefined when the build failed. */
  private async buildPrint(force: boolean): Promise<number | undefined> {
    const hadErrors = this.state.errors !== undefined;
    const saved = this.saved; // saves from now on belong to the next build
    this.saved = [];
    const result = await this.attempt('print', () =>
      build({
        path: this.path(),
        out: this.options.previewOut,
        pdf: true,
        web: false,
        printer: this.printer,
        printImageWidth: PREVIEW_IMAGE_WIDTH,
        force,
      }),
    );
    if (!result) {
      this.saved = [...saved, ...this.saved];
      return undefined;
    }
    const { state } = this;
    const made = result.result.issues.filter((i) => !result.result.unchanged.includes(i.folder)).map((i) => i.folder);
    state.issues = result.result.issues.map((i) => ({ folder: i.folder, issueLine: i.issueLine, title: i.title }));
    state.warnings = result.lines;
    state.printBuiltAt = Date.now();
    state.timings = result.result.timings;
    for (const issue of result.result.issues) {
      for (const article of issue.sections.flatMap((s) => s.articles)) {
        const page = result.result.pdfPages[issue.folder]?.[article.anchor];
        if (page) (state.pages ??= {})[article.file] = page;
      }
    }
    const { dev } = t();
    const times = Object.entries(result.result.timings).map(([stage, ms]) => ({ stage, seconds: (ms / 1000).toFixed(2) }));
    const { seconds } = result;
    const warned = result.count.warnings ? dev.warningsNote({ summary: summary(result.count) }) : '';
    this.options.log(
      (made.length ? dev.rebuilt({ issues: made, seconds, stages: dev.stageTimes({ times }) }) : dev.printUnchanged({ seconds })) + warned,
    );
    // A save that changed nothing (autosave, touch) does not reload the PDF back to its first page;
    // after an error it does, to take the problems off the pages.
    if (made.length || hadErrors) this.options.onBuilt('print', editedPage(result.result, saved));
    return made.length;
  }

  private async buildWeb(): Promise<void> {
    const force = this.webForce;
    this.webForce = false;
    const result = await this.attempt('web', () => build({ path: this.path(), out: this.options.siteOut, pdf: false, web: true, force }));
    if (!result) {
      this.webForce ||= force;
      return;
    }
    this.state.webBuiltAt = Date.now();
    this.state.webStale = false;
    this.options.log(t().dev.webUpdated({ seconds: result.seconds }));
    this.options.onBuilt('web');
  }

  /** Runs one build; on failure records, logs and reports its problems and returns undefined. */
  private async attempt(part: 'print' | 'web', work: () => Promise<BuildResult>) {
    const started = performance.now();
    this.state.building = part;
    let failure: string[];
    try {
      const result = await work();
      const { lines, count } = formatProblems(result.files, { cwd: this.options.cwd });
      const seconds = ((performance.now() - started) / 1000).toFixed(2);
      if (result.ok) {
        this.state.errors = undefined;
        return { result, lines, count, seconds };
      }
      failure = lines.length ? lines : [t().dev.noIssueBuilt];
      this.options.log(t().dev.buildFailed({ summary: summary(count), seconds, first: failure.find((line) => line.includes(`  ${t().cli.severityError}  `)) ?? failure[0], more: failure.length - 1 }));
    } catch (error) {
      if (this.closed) return undefined; // the browser was closed under the build: expected
      const message = (error as Error)?.message?.split('\n')[0] ?? String(error);
      failure = [t().dev.internalError({ part: t().dev.part({ part }), message })];
      this.options.log(`✗ ${failure[0]}`);
    } finally {
      this.state.building = undefined;
    }
    this.state.errors = failure;
    this.options.onFailed(failure);
    return undefined;
  }
}
