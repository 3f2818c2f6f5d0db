/**
 * Chromium for the web edition's tests, kept cheap (issue #14): one window
 * per test file, opened once and reused, since a new window costs more than
 * loading a page in it (a renderer process to start, and axe-core to compile
 * again in it), and pages loaded up to their `load` event, which comes after
 * the stylesheets, the images in the page and the deferred scripts — all the
 * tests read (networkidle0 waited half a second more per page, for nothing).
 * One window, not several sharing the pages out: on two cores, with the other
 * test file's Chromium beside it, two windows were no faster (measured) and
 * cost a renderer more.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, HTTPResponse, Page, Viewport } from 'puppeteer';

/**
 * A window of its own, in front: a background tab renders no frames and throttles its timers
 * (Pagefind's results, the page view's pictures then never come), and src/print/browser.ts says the
 * same of print pages.
 */
export async function openWindow(browser: Browser): Promise<Page> {
  const page = await browser.newPage({ type: 'window' });
  await page.bringToFront();
  return page;
}

export interface LoadOptions {
  viewport: Viewport;
  /** prefers-color-scheme; light unless asked. */
  scheme?: 'light' | 'dark';
}

/**
 * Loads `url` in the reused window as if in a fresh one: the viewport and colour scheme asked for (set
 * before the page loads, as a device would have them), screen media, and the window in front.
 */
export async function load(page: Page, url: string, { viewport, scheme = 'light' }: LoadOptions): Promise<HTTPResponse | null> {
  await page.bringToFront();
  const was = page.viewport();
  // A switch to or from a touch phone reloads the page shown (Puppeteer): let that be an empty one.
  const touchChanges = !!was?.isMobile !== !!viewport.isMobile || !!was?.hasTouch !== !!viewport.hasTouch;
  // And the same page with another #hash would only scroll, not load again.
  const sameDocument = page.url().split('#')[0] === url.split('#')[0];
  if (touchChanges || sameDocument) await page.goto('about:blank');
  await page.setViewport(viewport);
  await page.emulateMediaType('screen');
  await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
  return page.goto(url, { waitUntil: 'load' });
}

/**
 * Runs `work` for every item, at most `limit` at a time (fetches from the test server). After a
 * failure no item is started, and those under way are waited for before the first error is thrown:
 * nothing of one test goes on while the next one runs.
 */
export async function inParallel<T>(limit: number, items: readonly T[], work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const errors: unknown[] = [];
  await Promise.all(
    Array.from({ length: limit }, async () => {
      while (!errors.length && next < items.length) await work(items[next++]).catch((error: unknown) => void errors.push(error));
    }),
  );
  if (errors.length) throw errors[0];
}

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface AxeResult {
  violations: Array<{ id: string; impact: string; nodes: Array<{ target: string[] }> }>;
}

/** axe-core's serious and critical violations on the page as it is now, each as "rule: where (CSS selectors)". */
export async function axeViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE);
  return page.evaluate(async () => {
    const result = (await (window as unknown as { axe: { run: (o: object) => Promise<AxeResult> } }).axe.run({ resultTypes: ['violations'] })) as AxeResult;
    return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
}
