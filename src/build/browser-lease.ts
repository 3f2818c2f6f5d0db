/**
 * The build's Chromium, from launch to close, in one small object. It is
 * started as soon as the build knows it will print (or is handed one the CLI
 * started even earlier), so its launch overlaps reading the content; stages
 * that need it ask for it; the build closes it at the end unless the caller
 * keeps it (the dev server keeps one warm). On Ctrl+C it is closed at once,
 * and the prints stop with their pages.
 */
import type { Browser } from 'puppeteer';
import { launchBrowser } from '../print/browser.ts';

export interface LeaseOptions {
  /** Launch now (the build will print). */
  early: boolean;
  /** A browser being started by the caller; the lease closes it like its own. */
  browser?: Promise<Browser>;
  /** Leave it running at the end. */
  keep?: boolean;
  signal?: AbortSignal;
}

export class BrowserLease {
  private started: Promise<Browser> | undefined;

  constructor(private readonly options: LeaseOptions) {
    if (options.early) this.started = options.browser ?? launchBrowser();
    this.started?.catch(() => {}); // a launch failure is reported where the browser is asked for
    options.signal?.addEventListener('abort', () => void this.close(true), { once: true });
  }

  /** The browser, launched now if it was not yet. */
  get = (): Promise<Browser> => (this.started ??= launchBrowser());

  /** `work`'s result; should it fail (before the build's own try), the browser is closed first. */
  async closingOnError<T>(work: Promise<T>): Promise<T> {
    try {
      return await work;
    } catch (error) {
      await this.close();
      throw error;
    }
  }

  /** Closes it, unless the caller keeps it (`always`: on Ctrl+C, whatever the caller said). */
  async close(always = false): Promise<void> {
    if (!always && this.options.keep) return;
    const browser = await this.started?.catch(() => undefined);
    await browser?.close().catch(() => {});
  }
}
