/**
 * `yuebao studio`, end to end: the studio runs in-process on a copy of a
 * small archive (the basic fixture: 2024-01, 2024-02), and a real browser
 * goes through an editor's month with the test hooks — a new issue, a Word
 * file dropped in, the build, the PDF —
 * while HTTP requests check the locks (token, Host, paths) and the studio's
 * promises under load: a burst of saves ends with the last one on disk and
 * in the preview, a file changed by another program is noticed before it is
 * overwritten, and 「撤销」 brings back the version kept in .yuebao/history/.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import type { Browser, Page } from 'puppeteer';
import { startStudio, type Studio } from '../src/studio/studio-server.ts';
import { launchBrowser } from '../src/print/browser.ts';
import { catalogue } from '../src/i18n/index.ts';
import { FIXTURES, ROOT, SAMPLE, copyContent, squash, tempDir, readPdfText } from './helpers.ts';
import { leavePdfFramesEmpty } from './pdf-frames.ts';

const WORD_FILE = join(FIXTURES, 'intake', 'docx', 'county-brief-word.docx');
const WORD_TITLE = '清新区：菜心产业“链”起乡村振兴路';
/** A photo as an editor has them (the sample's cover). */
const COVER_PHOTO = join(SAMPLE, '2024-03', 'images', 'cover.jpg');

// A small archive: the studio's work is the same on any, and the issue it makes, builds and previews is small too.
const ARCHIVE = join(FIXTURES, 'basic');
/** The issue the first browser test makes: the one after the archive's newest (2024-02). */
const NEW = '2024-03';

const root = copyContent(ARCHIVE);
const out = join(tempDir('studio-out'), 'dist');
const logs: string[] = [];
let studio: Studio;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  // pdf.js (readPdfText) is loaded while Chromium starts, not in a test.
  [studio, browser] = await Promise.all([startStudio({ path: root, port: 0, out, log: (line) => logs.push(line) }), launchBrowser(), import('pdfjs-dist/legacy/build/pdf.mjs')]);
  page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 720 });
  page.on('pageerror', (error) => logs.push(`page error: ${(error as Error).message}`));
  await leavePdfFramesEmpty(page); // the preview pane's PDF: read from disk where it matters, never drawn
  await page.goto(studio.url); // the token, then the cookie, for every test's page
});

afterAll(async () => {
  await browser?.close();
  await studio?.close();
});

/** A raw request, with the headers chosen (fetch may not set Host). */
function send(method: string, path: string, options: { headers?: Record<string, string>; body?: string } = {}): Promise<{ status: number; body: string; headers: Record<string, unknown> }> {
  const { hostname, port } = new URL(studio.origin);
  return new Promise((resolve, reject) => {
    const req = request({ hostname, port, path, method, headers: options.headers }, (res) => {
      let body = '';
      res.setEncoding('utf8').on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body, headers: res.headers }));
    });
    req.on('error', reject).end(options.body);
  });
}

/** A request as the studio's page makes it: token in the header. */
async function api(method: string, path: string, body?: unknown): Promise<{ status: number; data: Record<string, unknown> }> {
  const res = await fetch(`${studio.origin}${path}`, {
    method,
    headers: { 'X-Yuebao-Token': studio.token, 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: res.status, data: (await res.json()) as Record<string, unknown> };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('yuebao studio: the locks', () => {
  it('listens on 127.0.0.1 and gives its address with a token', () => {
    expect(studio.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]{20,}$/);
  });

  it('refuses requests without the token, or with a wrong one (403)', async () => {
    for (const path of ['/', '/api/archive', '/api/issue?folder=2024-01', '/ui/app.js', `/?token=${studio.token}x`]) {
      const res = await send('GET', path);
      expect(res.status, path).toBe(403);
      expect(res.body).toContain('口令');
    }
    const write = await send('PUT', '/api/text?file=2024-01/briefs.md', { body: JSON.stringify({ text: 'x' }), headers: { 'Content-Type': 'application/json' } });
    expect(write.status).toBe(403);
    expect(readFileSync(join(root, '2024-01', 'briefs.md'), 'utf8')).not.toBe('x');
  });

  it('refuses another Host name (DNS rebinding) even with the token (403)', async () => {
    const res = await send('GET', `/api/archive?token=${studio.token}`, { headers: { host: `evil.example:${new URL(studio.origin).port}` } });
    expect(res.status).toBe(403);
    expect((await send('GET', `/api/archive?token=${studio.token}`)).status).toBe(200);
  });

  it('refuses a write sent from another site’s page (Origin)', async () => {
    const res = await send('PUT', `/api/text?file=2024-01/briefs.md&token=${studio.token}`, { body: JSON.stringify({ text: 'x' }), headers: { Origin: 'http://evil.example', 'Content-Type': 'application/json' } });
    expect(res.status).toBe(403);
  });

  it('lets the first page in by the token in its address, then by an HttpOnly SameSite=Strict cookie', async () => {
    const first = await send('GET', `/?token=${studio.token}`);
    expect(first.status).toBe(200);
    const cookie = String(first.headers['set-cookie']);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    const again = await send('GET', '/api/archive', { headers: { Cookie: cookie.split(';')[0] } });
    expect(again.status).toBe(200);
  });

  it('writes only inside the content root', async () => {
    for (const file of ['../outside.md', '2024-01/../../outside.md', '/tmp/outside.md', '.yuebao/history/x.md']) {
      const res = await api('PUT', `/api/text?file=${encodeURIComponent(file)}`, { text: 'outside' });
      expect(res.status, file).toBe(403);
      expect(String(res.data.message)).toContain('只改内容文件夹里面的文件');
    }
    expect(existsSync(join(root, '..', 'outside.md'))).toBe(false);
    const article = await api('PUT', `/api/article?file=${encodeURIComponent('../../outside.md')}`, { body: 'x' });
    expect(article.status).toBe(403);
    const photo = await fetch(`${studio.origin}/api/photo?article=${encodeURIComponent('../x.md')}&name=a.jpg`, { method: 'POST', headers: { 'X-Yuebao-Token': studio.token }, body: 'x' });
    expect(photo.status).toBe(403);
  });
});

describe('yuebao studio: an editor’s month in a real browser', () => {
  it('creates the next issue, takes a Word file in as an article row, builds, and links the PDF with its title', async () => {
    await page.goto(studio.url);
    const newIssue = await page.waitForSelector('[data-testid="new-issue"]');
    // The numbers are on screen before anything is made.
    expect(await page.evaluate(() => document.body.innerText)).toContain('〔2024〕第3期（总第12期）');
    await newIssue!.click();
    const input = await page.waitForSelector('[data-testid="import-files"]');
    expect(existsSync(join(root, NEW, 'issue.md'))).toBe(true);
    await page.waitForSelector('[data-testid="article-list"] [data-testid="article-row"]');
    const rowsBefore = await page.$$eval('[data-testid="article-row"]', (rows) => rows.length);

    await (input as unknown as { uploadFile(path: string): Promise<void> }).uploadFile(WORD_FILE);
    await page.waitForFunction((title: string) => [...document.querySelectorAll('[data-testid="article-row"]')].some((row) => row.textContent?.includes(title)), { timeout: 60_000 }, WORD_TITLE);
    expect(await page.$$eval('[data-testid="article-row"]', (rows) => rows.length)).toBe(rowsBefore + 1);
    const issueMd = readFileSync(join(root, NEW, 'issue.md'), 'utf8');
    expect(issueMd).toMatch(/- articles\/county-brief-word\.md/);
    expect(readFileSync(join(root, NEW, 'articles', 'county-brief-word.md'), 'utf8')).toContain(`title: ${WORD_TITLE}`);

    await page.click('[data-testid="build"]');
    const link = await page.waitForSelector('[data-testid="pdf-link"]', { timeout: 200_000 });
    const href = await link!.evaluate((a) => (a as HTMLAnchorElement).href);
    const pdfRes = await fetch(href);
    expect(pdfRes.status).toBe(200);
    const pdfFile = join(tempDir('studio-pdf'), 'issue.pdf');
    writeFileSync(pdfFile, Buffer.from(await pdfRes.arrayBuffer()));
    expect(squash((await readPdfText(pdfFile)).join('\n'))).toContain(squash(WORD_TITLE));
    expect(existsSync(join(out, 'web', NEW, 'index.html'))).toBe(true);

    // 「打包网络版」: a zip of web/.
    const zip = await fetch(`${studio.origin}/out/web.zip?token=${studio.token}`);
    expect(zip.status).toBe(200);
    const { default: JSZip } = await import('jszip');
    const files = Object.keys((await JSZip.loadAsync(await zip.arrayBuffer())).files);
    expect(files).toContain(`${NEW}/index.html`);
    expect(files).toContain('index.html');
  }, 300_000);

  it('opens the article at a problem’s line, and takes an edit in the form back to the file', async () => {
    const file = `${NEW}/articles/county-brief-word.md`;
    await page.goto(`${studio.origin}/#/issue/${NEW}/article/${file}?line=12`);
    await page.waitForSelector(`.editor[data-file="${file}"] #body-text`);
    const text = readFileSync(join(root, file), 'utf8');
    const line12 = text.split('\n')[11];
    expect(await page.evaluate(() => {
      const area = document.querySelector('#body-text') as HTMLTextAreaElement;
      return area.value.slice(area.selectionStart, area.selectionEnd);
    })).toBe(line12);
    const title = await page.$('input[name="toc"]');
    await title!.type('菜心产业链');
    await page.waitForFunction(() => document.querySelector('#status')?.textContent === '已保存', { timeout: 10_000 });
    expect(readFileSync(join(root, file), 'utf8')).toMatch(/^toc: 菜心产业链$/m);
  });

  it('takes a cover photo dropped on 本期信息 into issue.md, beside the comments `yuebao new` wrote', async () => {
    await page.goto(`${studio.origin}/#/issue/${NEW}`);
    const cover = await page.waitForSelector('#cover-file');
    await (cover as unknown as { uploadFile(path: string): Promise<void> }).uploadFile(COVER_PHOTO);
    await page.waitForSelector('.cover-box img', { timeout: 15_000 });
    const issueMd = readFileSync(join(root, NEW, 'issue.md'), 'utf8');
    expect(issueMd).toMatch(/^cover:\n {2}image: images\/cover\.jpg$/m);
    expect(issueMd).toContain('# 封面照片这样加'); // the comments stay
    expect(readFileSync(join(root, NEW, 'images', 'cover.jpg'))).toEqual(readFileSync(COVER_PHOTO));
  });

  it('notices a file another program changed while it is open, and does not overwrite it', async () => {
    // An article of the issue whose preview is already up: opening it starts no print of another issue.
    const file = `${NEW}/example/example.md`;
    await page.goto(`${studio.origin}/#/issue/${NEW}/article/${file}`);
    const body = await page.waitForSelector(`.editor[data-file="${file}"] #body-text`);
    const external = readFileSync(join(root, file), 'utf8').replace(/\n$/, '\n\n一个文本编辑器加的段落。\n');
    await body!.type('在工作室里打的字');
    writeFileSync(join(root, file), external);
    await page.waitForSelector('.conflict', { timeout: 15_000 });
    // The autosave of what was typed has had its answer (rather than a pause long enough for it to run):
    // refused, and the other program's text left as it was.
    const { saved, conflictShort } = catalogue('zh').studio.ui;
    await page.waitForFunction((answers: string[]) => answers.includes(document.querySelector('#status')?.textContent ?? ''), { timeout: 15_000 }, [saved, conflictShort]);
    expect(readFileSync(join(root, file), 'utf8')).toBe(external);
    expect(await page.$eval('#status', (el) => el.textContent)).toBe(conflictShort);
  });
});

describe('yuebao studio: under load', () => {
  it('ends a burst of 20 saves in 2 seconds with the last one, on disk and in the preview, with no temp file left', async () => {
    const file = '2024-02/one.md';
    const loaded = await api('GET', `/api/article?file=${file}`);
    const base = loaded.data.hash as string;
    const body = loaded.data.body as string;
    const saves: Array<Promise<{ status: number }>> = [];
    for (let i = 1; i <= 20; i++) {
      saves.push(api('PUT', `/api/article?file=${file}`, { body: `${body}\n第${i}次保存的标记段落。\n`, base, client: 'burst', seq: i }));
      await sleep(100);
    }
    expect((await Promise.all(saves)).map((r) => r.status)).toEqual(Array(20).fill(200));
    expect(readFileSync(join(root, file), 'utf8')).toContain('第20次保存的标记段落。');
    const leftovers = (readdirSync(root, { recursive: true }) as string[]).filter((name) => name.endsWith('.tmp'));
    expect(leftovers).toEqual([]);

    // The preview of the issue catches up with the last save.
    await api('POST', '/api/preview?folder=2024-02');
    const deadline = Date.now() + 90_000;
    let html = '';
    while (Date.now() < deadline) {
      html = await fetch(`${studio.origin}/preview/print/2024-02/index.html?token=${studio.token}`).then((r) => (r.ok ? r.text() : ''));
      if (html.includes('第20次保存的标记段落') && !html.includes('第19次保存的标记段落')) break;
      await sleep(100);
    }
    expect(html, logs.join('\n')).toContain('第20次保存的标记段落');
  });

  it('lets two tabs edit one article: the last write wins', async () => {
    const file = '2024-02/one.md';
    const { data } = await api('GET', `/api/text?file=${file}`);
    const tabA = await api('PUT', `/api/text?file=${file}`, { text: 'A 的版本', base: data.hash, client: 'tab-a', seq: 1 });
    const tabB = await api('PUT', `/api/text?file=${file}`, { text: 'B 的版本', base: data.hash, client: 'tab-b', seq: 1 });
    expect([tabA.status, tabB.status]).toEqual([200, 200]);
    expect(readFileSync(join(root, file), 'utf8')).toBe('B 的版本');
  });

  it('refuses (409) a save over a change made between load and save, in Chinese', async () => {
    const file = '2024-02/one.md';
    const { data } = await api('GET', `/api/text?file=${file}`);
    writeFileSync(join(root, file), '同步文件夹带来的版本');
    const res = await api('PUT', `/api/text?file=${file}`, { text: '工作室的版本', base: data.hash, client: 'tab', seq: 1 });
    expect(res.status).toBe(409);
    expect(String(res.data.message)).toContain('被别的程序');
    expect(readFileSync(join(root, file), 'utf8')).toBe('同步文件夹带来的版本');
  });

  it('「撤销」 restores the previous version from .yuebao/history/', async () => {
    const file = '2024-01/briefs.md';
    const original = readFileSync(join(root, file), 'utf8');
    let { data } = await api('GET', `/api/text?file=${file}`);
    ({ data } = await api('PUT', `/api/text?file=${file}`, { text: '第一版简讯。', base: data.hash }));
    await api('PUT', `/api/text?file=${file}`, { text: '第二版简讯。', base: data.hash });
    const history = join(root, '.yuebao', 'history', '2024-01', 'briefs.md');
    expect(readdirSync(history).map((name) => readFileSync(join(history, name), 'utf8'))).toEqual([original, '第一版简讯。']);
    const undone = await api('POST', '/api/undo');
    expect(undone.status).toBe(200);
    expect(readFileSync(join(root, file), 'utf8')).toBe('第一版简讯。');
    await api('POST', '/api/undo');
    expect(readFileSync(join(root, file), 'utf8')).toBe(original);
  });
});

describe('yuebao studio: check', () => {
  it('lists the problems with file and line, and 「一键修正」 fixes them as one change that 「撤销」 takes back', async () => {
    const file = join(root, '2024-01', 'news', 'first.md');
    const original = readFileSync(file, 'utf8');
    writeFileSync(file, original.replace(/\n$/, '\n\n我们去了广州,也去了深圳。\n'));
    const checked = await api('POST', '/api/check?folder=2024-01');
    const problems = checked.data.problems as Array<{ file: string; line: number; rule: string }>;
    const comma = problems.find((p) => p.file === '2024-01/news/first.md' && p.rule.includes('punctuation'));
    expect(comma, JSON.stringify(problems)).toBeDefined();
    expect(comma!.line).toBe(original.split('\n').length + 1);
    const fixed = await api('POST', '/api/check?folder=2024-01&fix=1');
    expect((fixed.data.fixed as unknown[]).length).toBeGreaterThan(0);
    expect(readFileSync(file, 'utf8')).toContain('我们去了广州，也去了深圳。');
    expect((await api('POST', '/api/undo')).data.label).toBe('一键修正');
    expect(readFileSync(file, 'utf8')).toContain('我们去了广州,也去了深圳。');
  });
});

describe('yuebao studio on the command line', () => {
  it('prints its address with the token as the first line, and serves it', async () => {
    const child = spawn(process.execPath, [join(ROOT, 'bin', 'yuebao.js'), 'studio', copyContent(ARCHIVE), '--port', '0', '--no-open', '--out', join(tempDir('studio-cli'), 'dist')], { cwd: ROOT, env: { ...process.env, FORCE_COLOR: '0' } });
    try {
      const first = await new Promise<string>((resolve, reject) => {
        let text = '';
        child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
          text += chunk;
          if (text.includes('\n')) resolve(text.split('\n')[0]);
        });
        child.on('exit', (code) => reject(new Error(`exited ${code}`)));
      });
      expect(first).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]{20,}$/);
      expect((await fetch(first)).status).toBe(200);
      expect((await fetch(first.replace(/\?token=.*/, ''))).status).toBe(403);
    } finally {
      child.kill('SIGTERM');
    }
  });
});
