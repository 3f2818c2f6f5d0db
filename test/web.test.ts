/**
 * The web edition in a real headless Chromium, served from 127.0.0.1: phone
 * and desktop widths without sideways scrolling, every internal link alive,
 * one <h1> per article, search that finds Chinese words, no serious axe-core
 * violations, and no request that leaves the machine.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Server } from 'node:http';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'puppeteer';
import { launchBrowser } from '../src/print/browser.ts';
import { loadArchive } from '../src/model/load-archive.ts';
import type { Issue } from '../src/model/types.ts';
import { SAMPLE, sampleBuild } from './helpers.ts';
import { serveSite } from './web-helpers.ts';
import { axeViolations, inParallel, load, openWindow } from './web-browser.ts';

describe('the web edition of the sample', () => {
  let browser: Browser;
  let server: Server;
  let origin: string;
  let issue: Issue;
  let out: string;
  /** The window every test loads its pages in (test/web-browser.ts), recording every request not to our server. */
  let page: Page;
  const offsite: string[] = [];

  beforeAll(async () => {
    // Chromium starts and opens its window while the sample builds (once for the suite, test/helpers.ts).
    const starting = launchBrowser().then(async (started) => {
      browser = started;
      page = await openWindow(browser);
    });
    [{ out }] = await Promise.all([sampleBuild(), starting]);
    issue = (await loadArchive(join(SAMPLE, '2024-03'))).issues[0];
    ({ server, origin } = await serveSite(join(out, 'web')));
    page.on('request', (r) => {
      if (!r.url().startsWith(origin) && !/^(data|blob|about):/.test(r.url())) offsite.push(r.url());
    });
  });
  afterAll(async () => {
    await browser?.close();
    server?.close();
  });

  /** Loads `path`, `width` px wide, and expects it found. */
  async function open(path: string, width = 390): Promise<void> {
    const response = await load(page, `${origin}/${path}`, { viewport: { width, height: 844 } });
    expect(response?.status(), path).toBe(200);
  }

  const pagesToCheck = () => ['index.html', '2024-03/index.html', `2024-03/${issue.sections[0].articles[0].slug}/index.html`, `2024-03/${issue.sections[1].articles[0].slug}/index.html`, '2024-03/briefs/index.html', '2024-03/pages/index.html', 'search/index.html'];

  it('fits a 390 px phone and a 1280 px desktop without sideways scrolling, body text ≥ 15 px', async () => {
    for (const { path, width } of [390, 1280].flatMap((width) => pagesToCheck().map((path) => ({ path, width })))) {
      await open(path, width);
      const { scroll, smallest } = await page.evaluate(() => ({
        scroll: document.documentElement.scrollWidth,
        smallest: Math.min(...[...document.querySelectorAll('main p, main li')].filter((e) => e.textContent!.trim().length > 20).map((e) => parseFloat(getComputedStyle(e).fontSize))),
      }));
      expect(scroll, `${path} at ${width}`).toBeLessThanOrEqual(width);
      if (Number.isFinite(smallest)) expect(smallest, `${path} text size`).toBeGreaterThanOrEqual(15);
    }
  });

  it('has no dead internal link or image (a crawl from the home page)', async () => {
    const seen = new Set<string>();
    const dead: string[] = [];
    // Breadth first, a level at a time, its addresses fetched a few at once.
    let level = [`${origin}/index.html`];
    while (level.length) {
      const found: string[] = [];
      const unseen = [...new Set(level)].filter((url) => !seen.has(url));
      for (const url of unseen) seen.add(url);
      await inParallel(8, unseen, async (url) => {
        const response = await fetch(url);
        // Read to the end whatever it is, so that its connection is free for the next address.
        const body = await response.arrayBuffer();
        if (response.status !== 200) return void dead.push(url);
        if (!(response.headers.get('content-type') ?? '').startsWith('text/html')) return;
        // The canonical address and share tags name the published site (publication.yml `url`), not this server.
        const html = new TextDecoder().decode(body).replace(/<link rel="canonical"[^>]*>|<meta [^>]*>/g, '');
        for (const m of html.matchAll(/\s(?:href|src)="([^"#]+)(?:#[^"]*)?"/g)) {
          const next = new URL(m[1].replaceAll('&amp;', '&'), url).href;
          if (next.startsWith(origin)) found.push(next);
          else if (!/^(mailto|tel):/.test(next)) dead.push(`${url} → off-site ${next}`);
        }
        for (const m of html.matchAll(/\ssrcset="([^"]+)"/g)) for (const part of m[1].split(',')) found.push(new URL(part.trim().split(' ')[0], url).href);
      });
      level = found;
    }
    expect(dead).toEqual([]);
    expect(seen.size).toBeGreaterThan(60);
  });

  it('lists every article on the issue page, each on its own page with its title as the only h1', async () => {
    await open('2024-03/index.html');
    const links = await page.$$eval('nav.toc a', (as) => as.map((a) => [a.textContent!.trim(), (a as HTMLAnchorElement).href]));
    const articles = issue.sections.flatMap((s) => s.articles);
    for (const article of articles) expect(links.map((l) => l[0])).toContain(article.tocTitle);
    expect(await page.$eval('a[download]', (a) => (a as HTMLAnchorElement).href)).toMatch(/2024-03\.pdf$/);
    expect((await fetch(await page.$eval('a[download]', (a) => (a as HTMLAnchorElement).href), { method: 'HEAD' })).headers.get('content-type')).toBe('application/pdf');
    expect(await page.$eval('.qr svg', (svg) => svg.outerHTML.length)).toBeGreaterThan(500);
    for (const article of articles) {
      const href = links.find((l) => l[0] === article.tocTitle)![1];
      await load(page, href, { viewport: { width: 390, height: 844 } });
      const h1s = await page.$$eval('h1', (hs) => hs.map((h) => h.textContent!.trim()));
      expect(h1s, href).toEqual([article.title]);
      const levels = await page.$$eval('h1, h2, h3, h4, h5, h6', (hs) => hs.map((h) => Number(h.tagName[1])));
      levels.forEach((level, i) => i && expect(level - levels[i - 1], `${href}: heading order`).toBeLessThanOrEqual(1));
    }
  });

  it('finds Chinese words with the offline search, each result naming its issue and section', async () => {
    await open('search/index.html', 1280);
    for (const word of ['产业园', '乡村', '清远']) {
      // Type the word, and wait for its results (the list of the previous word is still on the page until then).
      // ("正在搜索“产业园”……" comes first; the result line quotes the word: 找到 N 条“产业园”.) The page
      // debounces typing, and on a loaded machine an input event can be passed over: typed again, up to 3 times.
      for (let attempt = 1; ; attempt++) {
        await page.$eval('#search-input', (input, w) => {
          (input as HTMLInputElement).value = w as string;
          input.dispatchEvent(new Event('input', { bubbles: true }));
        }, word);
        const shown = await page
          .waitForFunction((w) => /找到 \d+ 条|没有找到/.test(document.querySelector('#search-status')?.textContent ?? '') && document.querySelector('#search-status')!.textContent!.includes(`“${w}”`), { timeout: 10_000 }, word)
          .then(() => true, () => false);
        if (shown) break;
        if (attempt === 3) throw new Error(`no search results shown for ${word}: ${await page.evaluate(() => document.querySelector('main')?.innerHTML.slice(0, 600))}`);
      }
      const message = await page.$eval('#search-status', (m) => m.textContent);
      expect(message, word).toMatch(/找到 \d+ 条/);
      await page.waitForSelector('.search-result', { timeout: 15_000 });
      const results = await page.$$eval('.search-result', (items) =>
        items.map((li) => ({ where: li.querySelector('.search-where')!.textContent!, title: li.querySelector('.search-title a')!.textContent!, href: (li.querySelector('.search-title a') as HTMLAnchorElement).href, excerpt: li.querySelector('.search-excerpt')!.textContent! })),
      );
      expect(results.length, word).toBeGreaterThan(0);
      for (const result of results) {
        // 〔2024〕第3期（总第134期） · 重点关注 · 2024年2月22日
        expect(result.where, word).toMatch(/^〔20\d\d〕第\d+期（总第\d+期） · \S+ · 20\d\d年\d+月\d+日$/);
        expect(result.href, word).toMatch(new RegExp(`^${origin}/2024-0[34]/.+/index\\.html$`));
      }
      const found = await Promise.all(results.map(async ({ href }) => [href, (await fetch(href, { method: 'HEAD' })).status]));
      for (const [href, status] of found) expect(status, String(href)).toBe(200);
      // An excerpt starts at a sentence's start or after "…", never with the title.
      for (const { excerpt, title } of results) {
        expect(excerpt.startsWith(title), excerpt).toBe(false);
        expect(excerpt.length, excerpt).toBeGreaterThan(10);
      }
    }
    expect(await page.$$eval('script[src], link[rel="stylesheet"]', (els) => els.map((e) => (e as HTMLScriptElement).src || (e as HTMLLinkElement).href).filter((u) => /pagefind-(ui|modular|component)/.test(u)))).toEqual([]);
  });

  it('passes axe-core with no serious or critical violations', async () => {
    for (const path of pagesToCheck()) {
      await open(path);
      expect(await axeViolations(page), path).toEqual([]);
    }
  });

  it('offers an Atom feed of issues and articles', async () => {
    const xml = await (await fetch(`${origin}/feed.xml`)).text();
    // Any page will do: the browser's own XML parser reads it.
    const parsed = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'application/xml');
      return { error: !!doc.querySelector('parsererror'), entries: doc.querySelectorAll('entry').length, titles: [...doc.querySelectorAll('entry > title')].map((t) => t.textContent) };
    }, xml);
    expect(parsed.error).toBe(false);
    expect(parsed.titles).toContain(issue.sections[0].articles[0].title);
    expect(parsed.entries).toBeGreaterThan(20);
  });

  it('exports each article for the WeChat editor with inline styles only, beside the web edition (not in it)', async () => {
    const html = readFileSync(join(out, 'wechat', '2024-03', `01-${issue.sections[0].articles[0].slug.replaceAll('/', '-')}.html`), 'utf8');
    expect(html).not.toMatch(/<style|<link/);
    expect(html).toMatch(/<h1 style="[^"]+">/);
    expect(html).toMatch(/<p style="[^"]*text-indent/);
    expect(html).toContain(issue.sections[0].articles[0].title);
    expect((await fetch(`${origin}/2024-03/wechat/`)).status).toBe(404);
  });

  it('shows the printed pages in the page view', async () => {
    await open('2024-03/pages/index.html', 1280);
    const count = await page.$$eval('.pv-stage img', (imgs) => imgs.length);
    expect(count).toBeGreaterThanOrEqual(40);
    expect(await page.$eval('.pv-count', (c) => c.textContent!.trim())).toMatch(/^1 \/ \d{2}$/);
  });

  it('sent no request off the machine', () => {
    expect(offsite).toEqual([]);
  });
});
