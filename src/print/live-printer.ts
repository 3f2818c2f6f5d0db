/**
 * The dev server's printer: each issue's print page stays open between
 * builds, and after an edit only its <body> is swapped for the new one.
 * Loading the whole issue into a new tab, then waiting for its fonts and
 * photos, was ~1.3 s of the 2.5 s a preview took (bench/DEV-RESULTS.md);
 * a swap is ~0.05 s, and the fonts and photos are already decoded.
 *
 * The page is loaded from a folder of its own (<liveDir>/<issue>-<n>/), not
 * from the build's staging folder, which is gone after every build. It holds
 * hard links to the staged files, and a fonts.css that names every font slice
 * of the house faces where npm installed them: Chromium fetches a
 * unicode-range slice only when a character needs it, so a new character
 * typed in an article is a font load, not a reload of the page.
 *
 * A build prints with one font file per face instead, cut to the issue's
 * characters (src/output/font-subset.ts); here that would mean a new subset
 * and a reload of the page for almost every edit that adds a character. So
 * the preview keeps the slices, and with them the `<span class="halt">`
 * compression of adjacent marks (src/render/punctuation.ts): across slices
 * Chromium's `text-spacing-trim` cannot do it, nor trim a mark at a line's
 * start, so a preview can break a line where the build does not.
 *
 * The page is loaded afresh (in a new folder, so nothing stale can come from
 * Chromium's cache) when anything but the body changed: the <head>, print.css,
 * or any image (a photo replaced under the same name). Only a few issues stay
 * open (the ones last printed); a failed print closes its page.
 */
import { readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'puppeteer';
import type { Issue } from '../model/types.ts';
import { fontCatalogue } from '../render/fonts.ts';
import { YuebaoError } from '../errors.ts';
import { t } from '../i18n/index.ts';
import { linkTree } from '../output/stage.ts';
import { openOfflinePage } from './browser.ts';
import { printLoadedIssue, type PrintedIssue, type Printer } from './printer.ts';
import type { PrintLayout } from './toc-numbers.ts';

interface OpenIssue {
  page: Page;
  folder: string;
  /** Everything beside index.html, as signatures: when it changes the page is loaded again. */
  resources: string;
  head: string;
  /** The layout of its last print: the guess for the next (printLoadedIssue). */
  layout?: PrintLayout;
}

export interface LivePrinterOptions {
  browser: () => Promise<Browser>;
  /** A folder of the printer's own (the dev server's temp folder). */
  liveDir: string;
  /** Issues kept open; more only hold memory (an editor works on one issue at a time). */
  keep?: number;
}

export class LivePrinter implements Printer {
  private readonly open = new Map<string, OpenIssue>(); // oldest first
  /** How each print began: a page loaded, or the body swapped into an open one. */
  readonly counts = { loads: 0, swaps: 0 };

  constructor(private readonly options: LivePrinterOptions) {}

  async print(issue: Issue, htmlPath: string, marginText: string): Promise<PrintedIssue> {
    const html = await readFile(htmlPath, 'utf8');
    const head = html.slice(0, html.indexOf('<body'));
    const resources = await signatures(dirname(htmlPath));
    let current = this.open.get(issue.folder);
    this.open.delete(issue.folder);
    try {
      if (current && !current.page.isClosed() && current.page.browser().connected && current.resources === resources && current.head === head) {
        await current.page.evaluate(swapBody, html);
        this.counts.swaps++;
      } else {
        await this.drop(current);
        current = { ...(await this.load(dirname(htmlPath))), resources, head, layout: current?.layout };
      }
      const printed = await printLoadedIssue(current.page, issue, marginText, current.layout);
      this.open.set(issue.folder, { ...current, layout: printed.layout });
      await this.trim();
      return printed;
    } catch (cause) {
      await this.drop(current);
      if (cause instanceof YuebaoError) throw cause;
      throw new YuebaoError(t().build.printFailed({ issue: issue.folder, detail: (cause as Error).message }), { cause });
    }
  }

  async close(): Promise<void> {
    for (const entry of this.open.values()) await this.drop(entry);
    this.open.clear();
  }

  /** A new folder with the staged files, a fonts.css naming every font slice, and a page that has loaded it. */
  private async load(staged: string): Promise<Pick<OpenIssue, 'page' | 'folder'>> {
    const folder = join(this.options.liveDir, `${basename(staged)}-${++this.counts.loads}`);
    await linkTree(staged, folder);
    // Every slice, named where npm put it (nothing to link or copy: a temp folder may be on another
    // disk). The staged fonts.css is a hard link to the preview's own: replaced, not written through.
    const faces = fontCatalogue();
    const fontCss = faces.map((face) => face.css.replace(/url\(fonts\/[^)]+\)/, `url(${pathToFileURL(face.file).href})`));
    const fontsCss = join(folder, 'fonts', 'fonts.css');
    await rm(fontsCss, { force: true });
    await writeFile(fontsCss, [...fontCss, HALF_WIDTH_MARKS].join('\n'));
    const fontDirs = [...new Set(faces.map((face) => dirname(face.file)))];
    const browser = await this.options.browser();
    const page = await openOfflinePage(browser, [folder, ...fontDirs]);
    try {
      await page.goto(pathToFileURL(join(folder, 'index.html')).href, { waitUntil: 'load', timeout: 120_000 });
    } catch (error) {
      await page.close().catch(() => {});
      await rm(folder, { recursive: true, force: true });
      throw error;
    }
    return { page, folder };
  }

  private async trim(): Promise<void> {
    const keep = this.options.keep ?? 3;
    for (const [folder, entry] of this.open) {
      if (this.open.size <= keep) break;
      this.open.delete(folder);
      await this.drop(entry);
    }
  }

  private async drop(entry: { page: Page; folder: string } | undefined): Promise<void> {
    if (!entry) return;
    await entry.page.close().catch(() => {});
    await rm(entry.folder, { recursive: true, force: true });
  }
}

/** With slices, the one of two adjacent marks that punctuation.ts wrapped is set half-width by the font's `halt`. */
const HALF_WIDTH_MARKS = '.halt { font-feature-settings: "halt"; }';

/** Runs in the page: the new body in place of the old, the head (styles, fonts) kept. */
export function swapBody(html: string): void {
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  document.body.replaceWith(document.adoptNode(parsed.body));
}

/**
 * One line per staged file but index.html and the fonts: path, and what
 * tells a changed file — the text of a stylesheet; the inode, size and time of
 * anything else (images are hard links to the content or to the image cache,
 * so they keep their inode until they really change).
 */
async function signatures(dir: string): Promise<string> {
  const lines: string[] = [];
  for (const rel of await files(dir)) {
    if (rel === 'index.html' || rel.startsWith('fonts/')) continue;
    const path = join(dir, rel);
    if (rel.endsWith('.css')) lines.push(`${rel} ${await readFile(path, 'utf8')}`);
    else {
      const info = await stat(path);
      lines.push(`${rel} ${info.ino} ${info.size} ${info.mtimeMs}`);
    }
  }
  return lines.sort().join('\n');
}

async function files(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).map((e) => relative(dir, join(e.parentPath, e.name)).split('\\').join('/'));
}
