/**
 * One headless Chromium per build, started with the flags that keep it
 * offline and quiet, and pages that may load only local files inside the
 * allowed folders and data: URLs (the renderer never fetches anything remote).
 */
import { fileURLToPath } from 'node:url';
import puppeteer, { type Browser, type Page } from 'puppeteer';
import { findBrowser } from './find-browser.ts';
import { isInside } from '../core/paths.ts';
import { YuebaoError } from '../errors.ts';
import { t } from '../i18n/index.ts';

export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-dev-shm-usage',
  '--disable-extensions',
  '--font-render-hinting=none',
];

let launches = 0;

/** How many times this process asked for a Chromium: a build without PDF and web edition must ask for none (test/bad-inputs). */
export const browserLaunches = (): number => launches;

/**
 * `ownSignals`: the caller stops Chromium itself on Ctrl+C (the dev server
 * closes its pages and temp folder first). Otherwise Puppeteer's handler
 * kills Chromium and exits at once.
 */
export async function launchBrowser(options: { ownSignals?: boolean } = {}): Promise<Browser> {
  launches++;
  const executablePath = findBrowser();
  if (!executablePath) {
    throw new YuebaoError(t().build.noBrowser);
  }
  try {
    const signals = !options.ownSignals;
    return await puppeteer.launch({ executablePath, headless: true, args: CHROMIUM_FLAGS, handleSIGINT: signals, handleSIGTERM: signals, handleSIGHUP: signals });
  } catch (cause) {
    throw new YuebaoError(t().build.browserDidNotStart({ path: executablePath, detail: (cause as Error).message.split('\n')[0] }), { cause });
  }
}

/**
 * `work`, or a rejection as soon as Chromium is gone (closed on Ctrl+C, or
 * killed). Puppeteer rejects most calls when the browser goes, but not
 * newPage(): one under way waits for its target for 30 s first — Ctrl+C in
 * the first second of printing took half a minute to stop.
 */
function whileConnected<T>(browser: Browser, work: Promise<T>): Promise<T> {
  let gone: () => void = () => {};
  const closed = new Promise<never>((_, reject) => {
    gone = () => reject(new Error('Chromium closed'));
    if (!browser.connected) gone();
    else browser.once('disconnected', gone);
  });
  closed.catch(() => {}); // only the race below reports it
  return Promise.race([work, closed]).finally(() => browser.off('disconnected', gone));
}

/**
 * A page whose requests may reach only `allowedRoots` (file:) and data: URLs.
 * Each in a window of its own: of several tabs in one window only the front
 * one is visible, and a hidden page renders no frames — it never finished
 * decoding its images, and it printed differently (byte for byte) from a
 * visible one. Two issues print at once, so every page must be a front page.
 */
export async function openOfflinePage(browser: Browser, allowedRoots: string[]): Promise<Page> {
  const page = await whileConnected(browser, browser.newPage({ type: 'window' }));
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    if (request.isInterceptResolutionHandled()) return;
    if (isAllowed(request.url(), allowedRoots)) void request.continue();
    else void request.abort('blockedbyclient');
  });
  // Functions sent with page.evaluate are the source text of ours. Run through tsx (the benchmarks),
  // esbuild's keepNames wraps their inner arrow functions in __name(…), which the page lacks.
  await page.evaluateOnNewDocument('globalThis.__name = (fn) => fn;');
  return page;
}

export function isAllowed(url: string, allowedRoots: string[]): boolean {
  if (url.startsWith('data:') || url === 'about:blank') return true;
  if (!url.startsWith('file:')) return false;
  try {
    const path = fileURLToPath(url);
    return allowedRoots.some((root) => isInside(root, path));
  } catch {
    return false;
  }
}
