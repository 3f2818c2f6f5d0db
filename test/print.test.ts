/**
 * The printer's promises, on the small fixture: reproducible PDFs, a page
 * count rounded to a multiple of four, offline pages, images downsampled to
 * their printed size, and progress on a terminal only.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type Server } from 'node:http';
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import sharp from 'sharp';
import type { Browser } from 'puppeteer';
import { FIXTURES, readPdf, runCli, squash, tempDir } from './helpers.ts';
import { isAllowed, launchBrowser, openOfflinePage } from '../src/print/browser.ts';
import { Stage } from '../src/output/stage.ts';
import { progressReporter } from '../src/cli/progress.ts';
import { PRINT_IMAGE_MAX_WIDTH } from '../src/config/page-measures.ts';

describe('printing the fixture', () => {
  const outs = [join(tempDir('print-a'), 'dist'), join(tempDir('print-b'), 'dist')];
  beforeAll(() => {
    // The PDFs are under test here, not the web edition (test/web*.test.ts).
    for (const out of outs) expect(runCli(['build', join(FIXTURES, 'basic'), '--out', out, '--no-web']).status).toBe(0);
  });

  it('gives byte-identical PDFs for the same content', () => {
    for (const issue of ['2024-01', '2024-02']) {
      expect(readFileSync(join(outs[0], 'pdf', `${issue}.pdf`)).equals(readFileSync(join(outs[1], 'pdf', `${issue}.pdf`)))).toBe(true);
    }
  });

  it('rounds the page count up to a multiple of four with blank pages before the back cover', async () => {
    const pdf = await readPdf(join(outs[0], 'pdf', '2024-01.pdf'));
    // cover, colophon, foreword, 目录, divider, 2 articles, divider, 简讯, back cover = 10 → 12
    expect(pdf.pages).toHaveLength(12);
    expect(pdf.pages[9]).toBe('');
    expect(pdf.pages[10]).toBe('');
    expect(squash(pdf.pages[11])).toContain('测试月报');
    expect(squash(pdf.pages[11])).toContain('内部资料');
  });

  it('prints the briefs run on, with dates and sources, and the 目录 number of 简讯', async () => {
    const pdf = await readPdf(join(outs[0], 'pdf', '2024-01.pdf'));
    const briefs = squash(pdf.pages[8]);
    expect(briefs).toContain('1月2日，第一条简讯的内容。（经济发展部）');
    expect(briefs).toContain('1月5日上午，第二条简讯。（综合部）');
    expect(briefs).toContain('第三条简讯没有日期。');
    expect(pdf.lines[3].map(squash)).toContain('【简讯】06');
  });
});

describe('offline pages', () => {
  let browser: Browser;
  let server: Server;
  let hits = 0;
  beforeAll(async () => {
    browser = await launchBrowser();
    server = createServer((_, res) => {
      hits++;
      res.end('x');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  });
  afterAll(async () => {
    await browser?.close();
    server?.close();
  });

  it('lets through only files inside the allowed folders and data: URLs', () => {
    expect(isAllowed('file:///tmp/a/b.png', ['/tmp/a'])).toBe(true);
    expect(isAllowed('file:///tmp/ab/c.png', ['/tmp/a'])).toBe(false);
    expect(isAllowed('file:///etc/passwd', ['/tmp/a'])).toBe(false);
    expect(isAllowed('data:image/png;base64,AAAA', [])).toBe(true);
    expect(isAllowed('https://example.com/x.png', ['/'])).toBe(false);
  });

  it('sends no request off the machine, even for a page that asks for one', async () => {
    const dir = tempDir('offline');
    const port = (server.address() as { port: number }).port;
    writeFileSync(join(dir, 'index.html'), `<img src="http://127.0.0.1:${port}/a.png"><link rel="stylesheet" href="http://127.0.0.1:${port}/b.css"><img src="file:///etc/hostname"><script src="http://127.0.0.1:${port}/c.js"></script><p>本地</p>`);
    const page = await openOfflinePage(browser, [dir]);
    const failed: string[] = [];
    page.on('requestfailed', (request) => failed.push(request.url()));
    await page.goto(pathToFileURL(join(dir, 'index.html')).href, { waitUntil: 'load' });
    expect(await page.evaluate(() => document.body.textContent)).toBe('本地');
    expect(hits).toBe(0);
    expect(failed).toHaveLength(4);
    await page.close();
  });
});

describe('images for print', () => {
  it('downsamples an image larger than its printed size, and keeps a small one as it is', async () => {
    const dir = tempDir('images');
    const big = join(dir, 'big.jpg');
    const small = join(dir, 'small.jpg');
    await sharp({ create: { width: 4000, height: 3000, channels: 3, background: '#4a8' } }).jpeg().toFile(big);
    await sharp({ create: { width: 800, height: 600, channels: 3, background: '#48a' } }).jpeg().toFile(small);
    const out = join(dir, 'out');
    const stage = await Stage.open(out);
    await stage.write('print/x', [
      { path: 'assets/big.jpg', imageFrom: big, maxWidth: PRINT_IMAGE_MAX_WIDTH },
      { path: 'assets/small.jpg', imageFrom: small, maxWidth: PRINT_IMAGE_MAX_WIDTH },
    ]);
    await stage.commit(['print/x']);
    expect((await sharp(join(out, 'print/x/assets/big.jpg')).metadata()).width).toBe(PRINT_IMAGE_MAX_WIDTH);
    expect(readFileSync(join(out, 'print/x/assets/small.jpg')).equals(readFileSync(small))).toBe(true);
    expect(statSync(join(out, 'print/x/assets/big.jpg')).size).toBeLessThan(statSync(big).size);
  });
});

describe('progress', () => {
  const stream = (isTTY: boolean) => {
    const written: string[] = [];
    return { written, stream: { isTTY, write: (s: string) => written.push(s) } as unknown as NodeJS.WriteStream };
  };

  it('draws a line per issue on a terminal', () => {
    const tty = stream(true);
    const report = progressReporter(tty.stream);
    report({ type: 'loaded', issues: ['2024-03'] });
    report({ type: 'issue-step', issue: '2024-03', step: 'pdf' });
    report({ type: 'committed', out: 'dist' });
    expect(tty.written.join('')).toContain('2024-03');
    expect(tty.written.join('')).toContain('完成');
  });

  it('writes one plain line per issue and step when not a terminal (a CI log, a pipe)', () => {
    const log = stream(false);
    const report = progressReporter(log.stream);
    report({ type: 'loaded', issues: ['2024-03'] });
    report({ type: 'issue-step', issue: '2024-03', step: 'html' });
    report({ type: 'issue-step', issue: '2024-03', step: 'pdf' });
    report({ type: 'committed', out: 'dist' });
    expect(log.written).toHaveLength(3);
    expect(log.written[0]).toBe('yuebao：2024-03 排版 …\n');
    expect(log.written[1]).toBe('yuebao：2024-03 印刷 PDF …\n');
    expect(log.written[2]).toMatch(/^yuebao：全部完成，用时 [\d.]+ 秒\n$/);
    expect(log.written.join('')).not.toContain('\x1b');
  });
});
