/**
 * The web edition of a long archive (issue #13): the home page groups the
 * issues by year, search has one index per year, and a rebuild after one
 * issue was edited remakes that issue and its year's index only — the other
 * issues' pages and the other years' indexes are the last build's files
 * (hard links, the same inodes). Also: a build of the web edition without
 * `url:` in publication.yml says what is missing. No PDF, no browser: fast.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { build } from '../src/build.ts';
import { makeArchive } from '../bench/archive.ts';
import { FIXTURES, copyContent, edit, tempDir } from './helpers.ts';

describe('a web edition of fourteen issues over three years', () => {
  const root = join(tempDir('web-archive'), 'content');
  const out = join(tempDir('web-archive'), 'dist');
  const read = (path: string) => readFileSync(join(out, path), 'utf8');
  const inode = (path: string) => statSync(join(out, path)).ino;
  let folders: string[];

  beforeAll(async () => {
    folders = makeArchive(join(FIXTURES, 'basic'), '2024-01', root, 14);
    expect((await build({ path: root, out, pdf: false, web: true })).ok).toBe(true);
  });

  it('groups the issues by year on the home page, newest first, the newest issue on top', () => {
    expect(folders[0]).toBe('2024-01');
    expect(folders.at(-1)).toBe('2022-12');
    const home = read('web/index.html');
    const years = [...home.matchAll(/<h3 id="y(\d{4})">\d{4}年<span class="year-count">(\d+) 期<\/span><\/h3>/g)].map((m) => [m[1], Number(m[2])]);
    expect(years).toEqual([['2024', 1], ['2023', 12], ['2022', 1]]);
    expect(home).toContain('<nav class="year-nav" aria-label="年份"><a href="#y2024">2024年</a><a href="#y2023">2023年</a><a href="#y2022">2022年</a></nav>');
    // Within a year, December before January.
    const in2023 = home.slice(home.indexOf('id="y2023"'), home.indexOf('id="y2022"'));
    expect(in2023.indexOf('href="2023-12/index.html"')).toBeLessThan(in2023.indexOf('href="2023-01/index.html"'));
    expect(home.slice(home.indexOf('class="latest"'), home.indexOf('class="archive"'))).toContain('href="2024-01/index.html"');
  });

  it('has a search index per year, and the search page merges them newest first', () => {
    for (const year of ['2024', '2023', '2022']) {
      expect(existsSync(join(out, 'web/pagefind', year, 'pagefind-entry.json')), year).toBe(true);
    }
    expect(JSON.parse(read('web/pagefind/2023/yuebao-issues.json')).issues).toEqual(folders.filter((f) => f.startsWith('2023')).sort());
    expect(read('web/search/index.html')).toContain('data-bundles="[&quot;../pagefind/2024/&quot;,&quot;../pagefind/2023/&quot;,&quot;../pagefind/2022/&quot;]"');
  });

  it('remakes only the edited issue and its year’s search index', async () => {
    const before = { other: inode('web/2022-12/index.html'), edited: inode('web/2023-06/index.html'), index2024: inode('web/pagefind/2024/pagefind-entry.json'), index2023: inode('web/pagefind/2023/pagefind-entry.json'), wechat: inode('wechat/2023-05/index.html') };
    edit(join(root, '2023-06', 'news', 'first.md'), '第一段正文。', '第一段正文，六月改过。');
    const result = await build({ path: root, out, pdf: false, web: true });
    expect(result.ok).toBe(true);
    expect(result.unchanged).toHaveLength(13);
    expect(result.unchanged).not.toContain('2023-06');
    expect(inode('web/2022-12/index.html')).toBe(before.other);
    expect(inode('wechat/2023-05/index.html')).toBe(before.wechat);
    expect(inode('web/pagefind/2024/pagefind-entry.json')).toBe(before.index2024);
    expect(inode('web/2023-06/index.html')).not.toBe(before.edited);
    expect(inode('web/pagefind/2023/pagefind-entry.json')).not.toBe(before.index2023);
    expect(read('web/2023-06/news/first/index.html')).toContain('第一段正文，六月改过。');
  });

  it('drops an issue that left the archive, and a year with it', async () => {
    rmSync(join(root, '2022-12'), { recursive: true });
    expect((await build({ path: root, out, pdf: false, web: true })).ok).toBe(true);
    expect(existsSync(join(out, 'web/2022-12'))).toBe(false);
    expect(existsSync(join(out, 'wechat/2022-12'))).toBe(false);
    expect(existsSync(join(out, 'web/pagefind/2022'))).toBe(false);
    expect(read('web/index.html')).not.toContain('id="y2022"');
  });
});

describe('a web edition without the site’s address', () => {
  it('is built, with a warning on publication.yml that says what needs `url:`', async () => {
    const root = copyContent(join(FIXTURES, 'basic'));
    const out = join(tempDir('no-url'), 'dist');
    const warnings = (files: Awaited<ReturnType<typeof build>>['files']) =>
      files.flatMap((f) => f.messages.filter((m) => m.ruleId === 'publication-url-missing').map((m) => ({ file: f.basename, line: m.line, fatal: m.fatal, reason: m.reason })));

    const web = await build({ path: root, out, pdf: false, web: true });
    expect(web.ok).toBe(true);
    expect(warnings(web.files)).toEqual([{ file: 'publication.yml', line: 1, fatal: false, reason: expect.stringMatching(/url.*二维码.*feed\.xml.*分享卡片/) }]);
    // No QR code, no absolute addresses: but the pages are there.
    expect(readFileSync(join(out, 'web/2024-01/index.html'), 'utf8')).not.toContain('class="qr"');
    expect(readFileSync(join(out, 'web/2024-01/news/first/index.html'), 'utf8')).not.toContain('rel="canonical"');

    // Only the web edition needs it: a print-only build says nothing.
    expect(warnings((await build({ path: root, out, pdf: false, web: false })).files)).toEqual([]);
    edit(join(root, 'publication.yml'), /^title:/m, 'url: https://www.example.gov.cn/test/\ntitle:');
    expect(warnings((await build({ path: root, out, pdf: false, web: true })).files)).toEqual([]);
  });
});
