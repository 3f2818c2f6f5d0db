/**
 * The web edition as a reader meets it (issue #13), in a real Chromium, on
 * one build of the sample's 2024-03 issue: the page view on a touch phone
 * (a slow drag, a tap on the edge, a vertical swipe, a tap to zoom, a pinch,
 * a double tap) and on a desktop (keys, the whole spread in the window);
 * the 目录 and articles linking into it at their page; share tags; the
 * favicon; the 404 page; dark and print styles; dates, the 字号 control, the
 * way on to 简讯; and the 公众号 export kept out of the public pages.
 *
 * It reads the sample as the suite builds it once (test/helpers.ts
 * sampleBuild), and, for what an editor may leave in an article (a pasted
 * <style>, no date of its own), a web-only build of an edited copy: the
 * article pages are made the same with or without the PDF, and a second build
 * of the PDF and its page pictures would cost more than all these tests together.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Server } from 'node:http';
import { existsSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import type { Browser, CDPSession, HTTPRequest, Page, Viewport } from 'puppeteer';
import { build } from '../src/build.ts';
import { launchBrowser } from '../src/print/browser.ts';
import { readDraftLayout } from '../src/print/toc-numbers.ts';
import { loadArchive } from '../src/model/load-archive.ts';
import type { Issue } from '../src/model/types.ts';
import { SAMPLE, copyContent, edit, sampleBuild, tempDir } from './helpers.ts';
import { serveSite } from './web-helpers.ts';
import { axeViolations, load, openWindow } from './web-browser.ts';

const SITE = 'https://example.gov.cn/yuebao/';
const PHONE = { width: 390, height: 844, isMobile: true, hasTouch: true, deviceScaleFactor: 3 };
const DESKTOP = { width: 1366, height: 900 };

describe('the web edition a reader meets', () => {
  let browser: Browser;
  let server: Server;
  let origin: string;
  /** The sample's build (PDF and web), and its 2024-03. */
  let out: string;
  let issue: Issue;
  /** The web-only build of an edited copy of 2024-03, and that issue. */
  let edited: { out: string; issue: Issue };
  /** The window every test loads its pages in (test/web-browser.ts). */
  let readerWindow: Page;
  /** Anchor → page of the PDF (1 = the cover). */
  let pdfPages: Record<string, number>;
  let pageCount: number;
  /** Every article and 简讯 page, relative to web/. */
  let readingPages: string[];

  /** 2024-03 as an editor might leave it, built for the web only. */
  async function buildEdited(): Promise<{ out: string; issue: Issue }> {
    const root = copyContent(SAMPLE);
    rmSync(join(root, '2024-04'), { recursive: true });
    // Raw HTML an editor pasted: the CSS must not show as text.
    edit(join(root, '2024-03/focus/standing-committee.md'), /\n\n/, '\n\n<style>p { color: red; font-size: 9px }</style>\n\n');
    // An article without a date of its own is dated with the issue.
    edit(join(root, '2024-03/focus/standing-committee.md'), /^date: .*\n/m, '');
    const dist = join(tempDir('web-reader'), 'dist');
    const result = await build({ path: root, out: dist, pdf: false, web: true });
    expect(result.ok).toBe(true);
    return { out: dist, issue: result.issues[0] };
  }

  beforeAll(async () => {
    // Chromium starts and opens its window, and the edited copy builds, while the sample builds.
    const starting = launchBrowser().then(async (started) => {
      browser = started;
      readerWindow = await openWindow(browser);
    });
    [{ out }, edited] = await Promise.all([sampleBuild(), buildEdited(), starting]);
    issue = (await loadArchive(join(SAMPLE, '2024-03'))).issues[0];
    const layout = await readDraftLayout(readFileSync(join(out, 'pdf', '2024-03.pdf')));
    pdfPages = Object.fromEntries([...layout.pages].map(([anchor, index]) => [anchor, index + 1]));
    pageCount = layout.pageCount;
    readingPages = readdirSync(join(out, 'web', '2024-03'), { recursive: true })
      .map(String)
      .filter((p) => p.endsWith('index.html') && p !== 'index.html' && !p.startsWith('pages'))
      .map((p) => `2024-03/${p}`);
    ({ server, origin } = await serveSite(join(out, 'web'), { '/__wechat/': join(out, 'wechat') }));
  });
  afterAll(async () => {
    await browser?.close();
    server?.close();
  });

  /** `path` loaded in the window, on a phone unless told. */
  async function open(path: string, viewport: Viewport = PHONE): Promise<Page> {
    await load(readerWindow, `${origin}/${path}`, { viewport });
    return readerWindow;
  }
  /** A page's HTML (of the sample's build, or of `site`), with the `=` Handlebars writes as &#x3D; in attributes read back. */
  const html = (path: string, site = out) => readFileSync(join(site, 'web', path), 'utf8').replaceAll('&#x3D;', '=');
  const meta = (page: string, property: string) => new RegExp(`<meta (?:property|name|itemprop)="${property}" content="([^"]*)">`).exec(page)?.[1];
  /** The box of the first page in view in the page view. */
  const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
  /** The page frame wholly in view. */
  const shownPage = (page: Page) =>
    page.$$eval('.pv-view .pv-page', (frames) => frames.map((f) => f.getBoundingClientRect().toJSON()).find((r) => r.left >= -1 && r.right <= window.innerWidth + 1)) as Promise<DOMRect | undefined>;
  /**
   * The same, once the view has come to rest: a page turn by a key scrolls smoothly, and mid-scroll
   * no frame may be wholly in view (the counter changes at once, the frames a moment later).
   */
  const restingPage = async (page: Page): Promise<DOMRect> => {
    for (let tries = 0; tries < 50; tries++) {
      const before = await shownPage(page);
      await sleep(100);
      const after = await shownPage(page);
      if (before && after && before.left === after.left && before.top === after.top) return after;
    }
    throw new Error('no page of the page view came to rest wholly in view');
  };
  const counter = (page: Page) => page.$eval('.pv-count', (c) => c.textContent!.replace(/\s+/g, ' ').trim());

  /** A finger: down at `from`, through `steps` points to `to` over `ms`, up. */
  async function swipe(cdp: CDPSession, from: [number, number], to: [number, number], ms: number, steps = 20) {
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x: from[0], y: from[1] }] });
    for (let i = 1; i <= steps; i++) {
      await sleep(ms / steps);
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x: from[0] + ((to[0] - from[0]) * i) / steps, y: from[1] + ((to[1] - from[1]) * i) / steps }] });
    }
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  }
  const tap = (cdp: CDPSession, x: number, y: number) => swipe(cdp, [x, y], [x, y], 40, 1);

  it('has page pictures of at least 1600 px, 800 px for turning and thumbnails, and the cover as a share JPEG', async () => {
    const files = readdirSync(join(out, 'web', '2024-03', 'pages'));
    const count = files.filter((f) => f.endsWith('-800.webp')).length;
    expect(count).toBe(pageCount);
    expect(count).toBeGreaterThanOrEqual(40);
    expect(files.filter((f) => f.endsWith('-1600.webp'))).toHaveLength(count);
    expect(files.filter((f) => f.endsWith('-200.webp'))).toHaveLength(count);
    expect((await sharp(join(out, 'web', '2024-03', 'pages', 'p005-1600.webp')).metadata()).width).toBe(1600);
    expect((await sharp(join(out, 'web', '2024-03', 'pages', 'cover.jpg')).metadata()).format).toBe('jpeg');
  });

  it('turns pages on a phone with a slow drag and an edge tap, scrolls on a vertical swipe, zooms on a tap', async () => {
    const page = await open('2024-03/pages/index.html');
    const cdp = await page.createCDPSession();
    const total = readdirSync(join(out, 'web', '2024-03', 'pages')).filter((f) => f.endsWith('-800.webp')).length;
    expect(await counter(page)).toBe(`1 / ${total}`);
    // The page fills the phone's width, and the counter and buttons are in view below it.
    const box = (await shownPage(page))!;
    expect(box.width).toBeGreaterThan(350);
    expect(await page.$eval('.pv-bar', (b) => b.getBoundingClientRect().bottom)).toBeLessThanOrEqual(PHONE.height);

    // A slow drag: one second, right to left.
    const y = box.top + box.height / 2;
    await swipe(cdp, [box.right - 40, y], [box.left + 100, y], 1000);
    await page.waitForFunction((t) => document.querySelector('.pv-count')!.textContent!.replace(/\s+/g, ' ').trim() === `2 / ${t}`, { timeout: 5000 }, total);
    expect(await page.evaluate(() => location.hash)).toBe('#page=2');
    // A tap on the right edge turns on, on the left edge back.
    await tap(cdp, box.right - 10, y);
    await page.waitForFunction((t) => document.querySelector('.pv-count')!.textContent!.includes(`3 / ${t}`), { timeout: 5000 }, total);
    await tap(cdp, box.left + 10, y);
    await page.waitForFunction((t) => document.querySelector('.pv-count')!.textContent!.includes(`2 / ${t}`), { timeout: 5000 }, total);
    // A short sideways nudge springs back: the page comes to rest wholly in view, and it is still page 2.
    await swipe(cdp, [box.left + 200, y], [box.left + 180, y], 400, 8);
    await restingPage(page);
    expect(await counter(page)).toBe(`2 / ${total}`);

    // A vertical swipe over the page scrolls the page, and turns nothing.
    await swipe(cdp, [box.left + 180, box.bottom - 30], [box.left + 180, box.top + 30], 300, 10);
    await page.waitForFunction(() => window.scrollY > 50, { timeout: 5000 });
    expect(await counter(page)).toBe(`2 / ${total}`);
    await page.evaluate(() => window.scrollTo(0, 0));
    await sleep(200);

    // A tap in the middle: the page full screen, its 1600 px picture loaded for it.
    const middle = (await shownPage(page))!;
    expect(await page.$eval('.pvz', (d) => (d as HTMLDialogElement).open)).toBe(false);
    const zoomRequests: string[] = [];
    const onRequest = (r: HTTPRequest) => void (r.url().includes('-1600.webp') && zoomRequests.push(r.url()));
    page.on('request', onRequest);
    await tap(cdp, middle.left + middle.width / 2, middle.top + middle.height / 2);
    await page.waitForFunction(() => (document.querySelector('.pvz') as HTMLDialogElement).open, { timeout: 5000 });
    const dialog = await page.$eval('.pvz', (d) => d.getBoundingClientRect().toJSON());
    expect([dialog.width, dialog.height]).toEqual([PHONE.width, PHONE.height]);
    await page.waitForFunction(() => (document.querySelector('.pvz-img') as HTMLImageElement).currentSrc.endsWith('p002-1600.webp') && (document.querySelector('.pvz-img') as HTMLImageElement).complete, { timeout: 10_000 });
    expect(zoomRequests.some((u) => u.endsWith('p002-1600.webp'))).toBe(true);
    expect(await page.$eval('.pvz-count', (c) => c.textContent)).toBe(`第 2 / ${total} 页`);

    // Pinch: two fingers moving apart zoom in.
    const area = await page.$eval('.pvz-area', (a) => a.getBoundingClientRect().toJSON());
    const cy = area.top + area.height / 2;
    const cx = area.left + area.width / 2;
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x: cx - 40, y: cy, id: 1 }, { x: cx + 40, y: cy, id: 2 }] });
    for (let i = 1; i <= 10; i++) {
      await sleep(30);
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x: cx - 40 - i * 12, y: cy, id: 1 }, { x: cx + 40 + i * 12, y: cy, id: 2 }] });
    }
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    const scale = () => page.$eval('.pvz-frame', (f) => new DOMMatrix(getComputedStyle(f).transform).a);
    expect(await scale()).toBeGreaterThan(2);
    // A double tap zooms back out, and another zooms in where it was tapped.
    await tap(cdp, cx, cy);
    await sleep(80);
    await tap(cdp, cx, cy);
    await page.waitForFunction(() => new DOMMatrix(getComputedStyle(document.querySelector('.pvz-frame')!).transform).a === 1, { timeout: 3000 });
    await sleep(400);
    await tap(cdp, cx, cy);
    await sleep(80);
    await tap(cdp, cx, cy);
    await page.waitForFunction(() => new DOMMatrix(getComputedStyle(document.querySelector('.pvz-frame')!).transform).a === 2.5, { timeout: 3000 });
    // Closed, the turner is where the zoom was.
    await page.click('.pvz-close');
    await page.waitForFunction(() => !(document.querySelector('.pvz') as HTMLDialogElement).open, { timeout: 3000 });
    expect(await counter(page)).toBe(`2 / ${total}`);
    page.off('request', onRequest);
    await cdp.detach();
  });

  it('shows the whole spread in a 1366 × 900 window and turns with the keys', async () => {
    const page = await open('2024-03/pages/index.html#page=10', DESKTOP);
    expect(await counter(page)).toMatch(/^(10–11|9–10) \/ \d+$/);
    const pages = await page.$$eval('.pv-view', (views) => {
      const shown = views.find((v) => {
        const r = v.getBoundingClientRect();
        return r.left >= -1 && r.right <= window.innerWidth + 1;
      })!;
      return [...shown.querySelectorAll('.pv-page')].map((p) => p.getBoundingClientRect().toJSON());
    });
    expect(pages).toHaveLength(2);
    for (const box of pages) {
      expect(box.top).toBeGreaterThanOrEqual(0);
      expect(box.bottom).toBeLessThanOrEqual(DESKTOP.height);
      expect(box.width).toBeGreaterThan(400);
    }
    expect(await page.$eval('.pv-bar', (b) => b.getBoundingClientRect().bottom)).toBeLessThanOrEqual(DESKTOP.height);
    await page.keyboard.press('End');
    expect(await counter(page)).toMatch(/^\d+ \/ (\d+)$/);
    const [last, total] = (await counter(page)).split(' / ');
    expect(last).toBe(total);
    await page.keyboard.press('Home');
    expect(await counter(page)).toBe(`1 / ${total}`);
    await page.keyboard.press('ArrowRight');
    expect(await counter(page)).toBe(`2–3 / ${total}`);
    await page.keyboard.press('ArrowLeft');
    expect(await counter(page)).toBe(`1 / ${total}`);
    // A slow drag with the mouse turns too.
    const box = await restingPage(page);
    await page.mouse.move(box.right - 30, box.top + 300);
    await page.mouse.down();
    await page.mouse.move(box.left - 100, box.top + 300, { steps: 25 });
    await page.mouse.up();
    await page.waitForFunction((t) => document.querySelector('.pv-count')!.textContent!.includes(`2–3 / ${t}`), { timeout: 5000 }, total);
  });

  it('links each 目录 entry and each article into the page view at its printed page', async () => {
    const issuePage = html('2024-03/index.html');
    for (const article of issue.sections.flatMap((s) => s.articles)) {
      const n = pdfPages[article.anchor];
      expect(n, article.title).toBeGreaterThan(1);
      expect(issuePage).toContain(`href="pages/index.html#page=${n}"`);
    }
    const first = issue.sections[0].articles[0];
    expect(html(`2024-03/${first.slug}/index.html`)).toContain(`href="../../pages/index.html#page=${pdfPages[first.anchor]}"`);
    // Followed in the browser, the page view opens there.
    const page = await open('2024-03/index.html');
    const href = await page.$eval('.toc .toc-page', (a) => (a as HTMLAnchorElement).href);
    await page.goto(href, { waitUntil: 'load' });
    expect(await counter(page)).toMatch(new RegExp(`^${pdfPages[first.anchor]} / \\d+$`));
  });

  it('gives every page share tags: title, the lead, a picture, the address, the site', async () => {
    for (const path of ['index.html', '2024-03/index.html', '2024-03/pages/index.html', ...readingPages]) {
      const page = html(path);
      const where = path.replace(/index\.html$/, '');
      expect(meta(page, 'og:title'), path).toBeTruthy();
      expect(meta(page, 'og:description')?.length, path).toBeGreaterThan(10);
      expect(meta(page, 'og:site_name'), path).toBe('广清对口帮扶协作月报');
      expect(meta(page, 'og:type'), path).toBe(readingPages.includes(path) ? 'article' : 'website');
      expect(meta(page, 'og:url'), path).toBe(`${SITE}${encodeURI(where)}`);
      expect(page, path).toContain(`<link rel="canonical" href="${SITE}${encodeURI(where)}">`);
      const image = meta(page, 'og:image')!;
      expect(image, path).toMatch(/^https:\/\/example\.gov\.cn\/yuebao\/.+\.jpg$/);
      expect(existsSync(join(out, 'web', decodeURI(image.slice(SITE.length)))), image).toBe(true);
      expect(Number(meta(page, 'og:image:width')), path).toBeGreaterThan(300);
    }
    // An article's picture is its first photo; one without a photo shows the printed cover.
    const photos = issue.sections.flatMap((s) => s.articles).find((a) => a.figures.length)!;
    expect(meta(html(`2024-03/${photos.slug}/index.html`), 'og:image')).toMatch(/\/2024-03\/img\/.+-\d+\.jpg$/);
    const plain = issue.sections.flatMap((s) => s.articles).find((a) => !a.figures.length)!;
    expect(meta(html(`2024-03/${plain.slug}/index.html`), 'og:image')).toBe(`${SITE}2024-03/pages/cover.jpg`);
    // The description is the article's lead.
    expect(meta(html(`2024-03/${plain.slug}/index.html`), 'og:description')).toBe(meta(html(`2024-03/${plain.slug}/index.html`), 'description'));
  });

  it('has an icon made from the masthead, and /favicon.ico is there', async () => {
    const ico = Buffer.from(await (await fetch(`${origin}/favicon.ico`)).arrayBuffer());
    expect([...ico.subarray(0, 4)]).toEqual([0, 0, 1, 0]);
    const svg = html('favicon.svg');
    expect(svg).toContain('data-char="广"');
    expect(svg).toMatch(/<path fill="#a8141a"[^>]* d="M[\d.-]+ [\d.-]+[QL]/);
    const png = await sharp(join(out, 'web', 'apple-touch-icon.png')).raw().toBuffer({ resolveWithObject: true });
    expect([png.info.width, png.info.height]).toEqual([180, 180]);
    // Red is drawn: the character, not an empty square.
    let red = 0;
    for (let i = 0; i < png.data.length; i += png.info.channels) if (png.data[i] > 140 && png.data[i + 1] < 60 && png.data[i + 2] < 60) red++;
    expect(red).toBeGreaterThan(180 * 180 * 0.05);
    for (const path of ['index.html', ...readingPages.slice(0, 3)]) expect(html(path)).toMatch(/<link rel="icon" href="(\.\.\/)*favicon\.ico"/);
  });

  it('answers a wrong address with a Chinese 404 page whose links work', async () => {
    const page = readerWindow;
    // The window a new one would be (Puppeteer's default viewport).
    const response = await load(page, `${origin}/2024-03/no-such-article/`, { viewport: { width: 800, height: 600 } });
    expect(response?.status()).toBe(404);
    expect(await page.$eval('html', (h) => h.lang)).toBe('zh-CN');
    expect(await page.$eval('h1', (h) => h.textContent)).toBe('找不到这一页');
    // Styled (the stylesheet found from a folder that does not exist), and its links lead into the site.
    expect(await page.$eval('.site-header', (h) => getComputedStyle(h).borderBottomStyle)).toBe('solid');
    for (const href of await page.$$eval('main a', (as) => as.map((a) => (a as HTMLAnchorElement).href))) expect((await fetch(href)).status, href).toBe(200);
  });

  it('dates every article (its own date, else the issue’s), leads the last article on to 简讯, shows no empty source line', () => {
    // The edited copy has an article without a date; the sample's build too is checked, as it is published.
    expect(edited.issue.sections[0].articles.some((a) => !a.date)).toBe(true);
    for (const [site, its] of [[edited.out, edited.issue], [out, issue]] as const) {
      const articles = its.sections.flatMap((s) => s.articles);
      for (const article of articles) {
        const page = html(`2024-03/${article.slug}/index.html`, site);
        const date = article.date ?? its.date;
        const [y, m, d] = date.split('-').map(Number);
        expect(page, article.title).toContain(`发布日期：<time datetime="${date}" data-pagefind-meta="date">${y}年${m}月${d}日</time>`);
        expect(page).not.toContain('<p class="source"></p>');
        if (article.sources.length) expect(page).toContain(`<p class="source">（${article.sources.join('、')}）</p>`);
      }
      const last = html(`2024-03/${articles.at(-1)!.slug}/index.html`, site);
      expect(last).toMatch(/<a class="next" href="..\/..\/briefs\/index.html" rel="next"><span>下一篇<\/span>简讯<\/a>/);
      expect(html('2024-03/briefs/index.html', site)).toContain(`rel="prev"><span>上一篇</span>${articles.at(-1)!.tocTitle}</a>`);
    }
    // A pasted <style> is gone with its text.
    expect(html('2024-03/focus/standing-committee/index.html', edited.out)).not.toContain('color: red');
  });

  it('remembers the 字号 (大/中/小) from page to page', async () => {
    const [first, second] = readingPages;
    const page = await open(first);
    const size = () => page.$eval('.article-body', (b) => parseFloat(getComputedStyle(b).fontSize));
    const medium = await size();
    await page.click('.font-size button[data-font-size="large"]');
    expect(await size()).toBeGreaterThan(medium * 1.1);
    expect(await page.$eval('.font-size button[data-font-size="large"]', (b) => b.getAttribute('aria-pressed'))).toBe('true');
    await page.goto(`${origin}/${second}`, { waitUntil: 'load' });
    expect(await size()).toBeGreaterThan(medium * 1.1);
    await page.click('.font-size button[data-font-size="small"]');
    expect(await size()).toBeLessThan(medium);
    await page.click('.font-size button[data-font-size="medium"]');
    expect(await size()).toBe(medium);
  });

  it('prints an article without the site’s menus and buttons, and goes dark with the device', async () => {
    const page = await open(readingPages[0]);
    await page.emulateMediaType('print');
    const shown = (selector: string) => page.$eval(selector, (e) => getComputedStyle(e).display !== 'none');
    for (const selector of ['.site-nav', '.pager', '.reader-tools', '.breadcrumb', '.site-footer']) expect(await shown(selector), selector).toBe(false);
    for (const selector of ['.article-body', '.article-head h1', '.print-url']) expect(await shown(selector), selector).toBe(true);
    expect(await page.$eval('.print-url', (p) => p.textContent)).toContain(SITE);
    await page.emulateMediaType('screen');
    expect(await shown('.pager')).toBe(true);

    const luminance = (rgb: string) => {
      const [r, g, b] = rgb.match(/\d+/g)!.map(Number);
      return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
    };
    const colours = () => page.$eval('body', (b) => [getComputedStyle(b).backgroundColor, getComputedStyle(b).color]);
    const [lightBg, lightInk] = await colours();
    expect(luminance(lightBg)).toBeGreaterThan(0.9);
    await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'dark' }]);
    const [darkBg, darkInk] = await colours();
    expect(luminance(darkBg)).toBeLessThan(0.15);
    expect(luminance(darkInk)).toBeGreaterThan(0.8);
    expect(lightInk).not.toBe(darkInk);
  });

  it('passes axe-core on every kind of page, dark too, with no serious or critical violations', async () => {
    // In light colours test/web.test.ts checks the others.
    const kinds = ['index.html', '2024-03/index.html', readingPages[0], '2024-03/briefs/index.html', '2024-03/pages/index.html', 'search/index.html', 'no-such-page/'];
    const checks = [
      ...kinds.map((path) => ({ path, scheme: 'dark' as const, zoomed: false })),
      { path: 'no-such-page/', scheme: 'light' as const, zoomed: false },
      // The zoomed page view too.
      { path: '2024-03/pages/index.html', scheme: 'light' as const, zoomed: true },
    ];
    for (const { path, scheme, zoomed } of checks) {
      await load(readerWindow, `${origin}/${path}`, { viewport: PHONE, scheme });
      if (zoomed) await readerWindow.click('.pv-zoom-button');
      expect(await axeViolations(readerWindow), `${path} (${scheme}${zoomed ? ', zoomed' : ''})`).toEqual([]);
    }
  });

  it('keeps the 公众号 export out of the public pages: its own folder, a 680 px column, a 「复制全文」 button', async () => {
    for (const file of readdirSync(join(out, 'web'), { recursive: true }).map(String).filter((f) => f.endsWith('.html'))) {
      const page = html(file);
      expect(page, file).not.toMatch(/wechat|公众号/);
    }
    expect(existsSync(join(out, 'web', '2024-03', 'wechat'))).toBe(false);
    const files = readdirSync(join(out, 'wechat', '2024-03'));
    expect(files).toContain('index.html');
    expect(readFileSync(join(out, 'wechat', 'index.html'), 'utf8')).toContain('href="2024-03/index.html"');
    const name = files.find((f) => f.includes('park-decade'))!;
    const exported = readFileSync(join(out, 'wechat', '2024-03', name), 'utf8');
    expect(exported).toContain('<meta name="viewport" content="width=device-width, initial-scale=1">');
    expect(exported).toContain('<meta name="robots" content="noindex, nofollow">');
    // Photos at the published site's address (publication.yml has `url`), so the 公众号 editor can fetch them.
    const images = [...exported.matchAll(/<img src="([^"]+)"/g)].map((m) => m[1]);
    expect(images.length).toBeGreaterThan(0);
    for (const src of images) expect(src).toMatch(/^https:\/\/example\.gov\.cn\/yuebao\/2024-03\/img\/.+\.jpg$/);

    const context = browser.defaultBrowserContext();
    await context.overridePermissions(origin, ['clipboard-read', 'clipboard-write', 'clipboard-sanitized-write']);
    const page = await open(`__wechat/2024-03/${encodeURI(name)}`, { width: 1280, height: 900 });
    expect(await page.$eval('body', (b) => b.getBoundingClientRect().width)).toBeLessThanOrEqual(680);
    await page.click('#copy');
    await page.waitForFunction(() => document.getElementById('copy-status')!.textContent!.startsWith('已复制'), { timeout: 5000 });
    const copied = await page.evaluate(async () => {
      const [item] = await navigator.clipboard.read();
      return (await item.getType('text/html')).text();
    });
    expect(copied).toContain('十年再出发');
    expect(copied).toMatch(/<p style="[^"]*text-indent/);
    expect(copied).not.toContain('复制全文');
  });

  it('ships only the search bundle it uses, and no lazy picture above the fold', () => {
    const bundle = readdirSync(join(out, 'web', 'pagefind'), { recursive: true }).map(String);
    expect(bundle.some((f) => f.endsWith('pagefind.js'))).toBe(true);
    expect(bundle.filter((f) => /pagefind-(ui|modular-ui|component-ui|highlight)\./.test(f))).toEqual([]);
    const firstImage = (path: string) => /<img [^>]*>/.exec(html(path).slice(html(path).indexOf('<main')))![0];
    for (const path of ['index.html', '2024-03/index.html', '2024-03/pages/index.html']) {
      expect(firstImage(path), path).not.toContain('loading="lazy"');
      expect(firstImage(path), path).toContain('fetchpriority="high"');
    }
  });
});
