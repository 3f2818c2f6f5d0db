/**
 * `yuebao dev`, end to end: the server runs in-process on a copy of the basic
 * fixture, a headless Chromium shows one of its web pages, and the test edits
 * the content as an editor would. The page must reload by itself with the new
 * text, show a broken file as an overlay (the server keeps answering), and
 * come back once the file is fixed.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { request } from 'node:http';
import { join } from 'node:path';
import type { Browser, Page } from 'puppeteer';
import { startDevServer, type DevServer } from '../src/dev/dev-server.ts';
import { resolveInside } from '../src/dev/static-files.ts';
import { isEditorScratch } from '../src/dev/watcher.ts';
import { launchBrowser } from '../src/print/browser.ts';
import { writeFileSync } from 'node:fs';
import { FIXTURES, copyContent, edit, squash, tempDir, readPdfText } from './helpers.ts';
import { leavePdfFramesEmpty } from './pdf-frames.ts';

const root = copyContent(join(FIXTURES, 'basic'));
const article = join(root, '2024-02', 'one.md');
const logs: string[] = [];
let server: DevServer;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  // pdf.js (readPdfText) is loaded while the server makes its first build, not in a test.
  [server, browser] = await Promise.all([startDevServer({ path: root, port: 0, log: (line) => logs.push(line) }), launchBrowser(), import('pdfjs-dist/legacy/build/pdf.mjs')]);
  page = await browser.newPage();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** GET with a chosen Host header (fetch may not set it). */
function get(path: string, host?: string): Promise<{ status: number; body: string }> {
  const { hostname, port } = new URL(server.url);
  return new Promise((resolve, reject) => {
    const req = request({ hostname, port, path, headers: host ? { host } : {} }, (res) => {
      let body = '';
      res.setEncoding('utf8').on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject).end();
  });
}

/** A file the server serves, saved to a temp file. */
async function download(path: string): Promise<string> {
  const file = join(tempDir('dev-download'), 'file');
  writeFileSync(file, Buffer.from(await (await fetch(`${server.url}${path}`)).arrayBuffer()));
  return file;
}

/** Runs in the page (it gets only its argument: no closures). */
const hasText = (text: string) => document.body.innerText.includes(text);

/**
 * Waits until `check` holds in the page, asking again after every reload
 * (puppeteer's waitForFunction does not outlive a navigation).
 */
async function waitInPage(check: (text: string) => unknown, text: string, timeout: number): Promise<void> {
  const end = Date.now() + timeout;
  for (;;) {
    if (await page.evaluate(check, text).catch(() => false)) return;
    if (Date.now() > end) throw new Error(`page never showed it within ${timeout} ms; it shows: ${await page.evaluate(() => document.body.innerText).catch(String)}\nlog:\n${logs.join('\n')}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe('yuebao dev', () => {
  it('listens on 127.0.0.1 only, on the port it was given (0: any free one)', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(server.url).not.toMatch(/:0$/);
  });

  it('reloads an open page by itself after an edit', async () => {
    await page.goto(`${server.url}/2024-02/one/index.html`);
    // Before the first build the page says "not built yet" and reloads when it is.
    await waitInPage(hasText, '二月正文', 30_000);
    await page.evaluate(() => ((window as unknown as { marker: number }).marker = 1));

    edit(article, '二月正文。', '二月正文，春风又绿江南岸。');
    await waitInPage(hasText, '春风又绿江南岸', 20_000);
    // A new document (reloaded), not the old one patched: the marker is gone.
    expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBeUndefined();
    expect(logs.some((line) => /^已更新 2024-02，用时 [\d.]+ 秒/.test(line))).toBe(true);
  });

  it('shows a content error over the page, keeps serving, and recovers when it is fixed', async () => {
    edit(article, 'title: 二月的文章', 'title: "二月的文章');
    await waitInPage((name) => document.getElementById('yuebao-dev-overlay')?.textContent?.includes(name), 'one.md', 20_000);
    const overlay = await page.$eval('#yuebao-dev-overlay', (el) => el.textContent ?? '');
    expect(overlay).toMatch(/one\.md:2:\d+\s.*\syaml-[a-z-]+/); // the rule id: the same in every language
    expect(overlay).toContain('内容有错误，版面暂未更新');

    // The server still answers: the last good pages, and the problems on /__preview/ (escaped).
    const index = await get('/__preview/');
    expect(index.status).toBe(200);
    expect(index.body).toContain('one.md:2:');
    expect(index.body).toMatch(/one\.md:2:\d+\s.*\syaml-[a-z-]+/);
    expect(index.body).toContain('<html lang="zh-CN">');
    expect((await get('/2024-02/one/index.html')).body).toContain('春风又绿江南岸');

    edit(article, 'title: "二月的文章', 'title: 二月的文章');
    await waitInPage((text) => !document.getElementById('yuebao-dev-overlay') && document.body.innerText.includes(text), '二月的文章', 20_000);
    expect(logs.some((line) => line.startsWith('✗ '))).toBe(true);
  });

  it('serves the paginated print preview: the PDF, the print HTML, and the issue list', async () => {
    const pdf = await fetch(`${server.url}/__preview/pdf/2024-02.pdf`);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    expect(Buffer.from(await pdf.arrayBuffer()).subarray(0, 5).toString()).toBe('%PDF-');
    const print = await get('/__preview/print/2024-02/index.html');
    expect(print.body).toContain('春风又绿江南岸');
    expect(print.body).toContain('/__events'); // live reload in every page
    expect((await get('/__preview/issue/2024-02/')).body).toContain('<iframe src="/__preview/pdf/2024-02.pdf"');
    expect((await get('/__preview/')).body).toContain('href="/__preview/issue/2024-01/"');
  });

  it('opens the issue preview at the page of the article just saved', async () => {
    // Only the print preview is open now: no page of the web edition wants it rebuilt after this edit.
    await page.goto('about:blank');
    const preview = await browser.newPage();
    await leavePdfFramesEmpty(preview); // its frame's PDF is read from the server below, not drawn
    await preview.goto(`${server.url}/__preview/issue/2024-02/`);
    edit(article, '春风又绿江南岸', '春风又绿江南岸，明月何时照我还');
    await preview.waitForFunction(() => location.search.startsWith('?page='), { timeout: 20_000 });
    const at = Number(new URL(preview.url()).searchParams.get('page'));
    expect(at).toBeGreaterThan(2); // the cover, the colophon and the 目录 come first
    const frame = await preview.$eval('iframe', (el) => el.getAttribute('src'));
    expect(frame).toBe(`/__preview/pdf/2024-02.pdf#page=${at}`);
    const pages = await readPdfText(await download(`/__preview/pdf/2024-02.pdf`));
    expect(squash(pages[at - 1])).toContain('二月的文章');
    await preview.close();
  });

  it('refuses paths outside its output folders and other Host names', async () => {
    expect((await get('/..%2f..%2f..%2fetc/passwd')).status).toBe(404);
    expect((await get('/__preview/print/..%2f.yuebao/2024-02.json')).status).toBe(404);
    expect((await get('/', 'evil.example:80')).status).toBe(403);
    expect(resolveInside('/srv/out', '../etc/passwd')).toBeUndefined();
    expect(resolveInside('/srv/out', 'a/%2e%2e/%2e%2e/x')).toBeUndefined();
    expect(resolveInside('/srv/out', '2024-03/index.html')).toBe('/srv/out/2024-03/index.html');
  });

  it('ignores editor scratch files', () => {
    for (const name of ['.one.md.swp', 'one.md~', '.#one.md', '#one.md#', '4913']) expect(isEditorScratch(join(root, name))).toBe(true);
    expect(isEditorScratch(article)).toBe(false);
  });
});
