/**
 * Builds the sample content (print HTML only, in-process) and checks the
 * print HTML as an editor would: every article, in section order, in the
 * 目录, with its source; numbering derived across the archive.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { build, type BuildResult } from '../src/build.ts';
import { SAMPLE, FIXTURES, copyContent, edit, runCli, tempDir } from './helpers.ts';

const text = (html: string) => html.replace(/<[^>]+>/g, '');
/** The print HTML without the phrase breaks (<wbr>) and half-width marks (<span class="halt">) typesetting puts in. */
const printHtml = (path: string) => readFileSync(path, 'utf8').replace(/<wbr>/g, '').replace(/<span class="halt">([^<]*)<\/span>/g, '$1');

describe('the sample content builds to print HTML', () => {
  let out: string;
  let result: BuildResult;
  beforeAll(async () => {
    out = join(tempDir('sample-html'), 'dist');
    result = await build({ path: SAMPLE, out, pdf: false, web: false });
  });

  it('builds every issue without errors', () => {
    expect(result.files.flatMap((f) => f.messages.filter((m) => m.fatal).map(String))).toEqual([]);
    expect(result.ok).toBe(true);
    expect(result.issues.length).toBeGreaterThanOrEqual(2);
  });

  it('derives number and total for an issue that leaves them out', () => {
    const [first, second] = result.issues;
    expect(first.issueLine).toBe('〔2024〕第3期（总第134期）');
    expect(second.issueLine).toBe('〔2024〕第4期（总第135期）');
    const html = readFileSync(join(out, 'print', second.folder, 'index.html'), 'utf8');
    expect(html).toContain('〔2024〕第4期（总第135期）');
  });

  it('puts cover, colophon, foreword, 目录, then each section divider followed by its articles', () => {
    const issue = result.issues[0];
    const html = readFileSync(join(out, 'print', issue.folder, 'index.html'), 'utf8');
    const order = [...html.matchAll(/<(?:section|article|nav) class="([a-z-]+)[^"]*"(?: id="([^"]+)")?/g)].map((m) => m[2] ?? m[1]);
    const expected = ['cover', 'colophon', 'foreword', 'toc'];
    for (const section of issue.sections) {
      expected.push(section.anchor, ...section.articles.map((a) => a.anchor));
      if (section.briefsHtml) expected.push('briefs');
    }
    expected.push('back-cover');
    expect(order).toEqual(expected);
    expect(issue.sections.length).toBeGreaterThanOrEqual(5);
  });

  it('lists every section in 【】 and every article after ● in the 目录, linked to the article', () => {
    const issue = result.issues[0];
    const html = printHtml(join(out, 'print', issue.folder, 'index.html'));
    const toc = html.slice(html.indexOf('<nav class="toc'), html.indexOf('</nav>'));
    for (const section of issue.sections) expect(text(toc)).toContain(`【${section.title.length === 2 ? [...section.title].join('　') : section.title}】`);
    const entries = [...toc.matchAll(/<p class="toc-entry"><a href="#([^"]+)">.*?<span class="toc-entry-title">([^<]+)<\/span>/g)].map((m) => [m[1], m[2]]);
    const articles = issue.sections.flatMap((s) => s.articles);
    expect(entries).toEqual(articles.map((a) => [a.anchor, a.tocTitle]));
    expect(articles.length).toBeGreaterThanOrEqual(14);
    expect(toc.match(/●/g)).toHaveLength(articles.length);
  });

  it('prints every article title, and its source in full-width parentheses at its end', () => {
    const issue = result.issues[0];
    const html = printHtml(join(out, 'print', issue.folder, 'index.html'));
    for (const article of issue.sections.flatMap((s) => s.articles)) {
      const start = html.indexOf(`<article class="article${article.layout === 'photos' ? ' photos' : ''}" id="${article.anchor}">`);
      expect(start, article.file).toBeGreaterThan(0);
      const block = html.slice(start, html.indexOf('</article>', start));
      expect(block).toContain(article.title.replace(/"/g, '&quot;'));
      if (article.layout === 'article') {
        expect(article.sources.length, `${article.file} has a source`).toBeGreaterThan(0);
        expect(block).toMatch(new RegExp(`<p class="article-source">（${article.sources.join('、')}）</p>\\s*$`));
      }
    }
  });

  it('marks up the briefs with their dates and sources', () => {
    const issue = result.issues[0];
    const briefs = issue.sections.flatMap((s) => s.briefs);
    expect(briefs.length).toBeGreaterThanOrEqual(10);
    expect(briefs.every((b) => b.date && b.sources.length)).toBe(true);
  });

  it('writes the fonts, stylesheet and images beside the page, with relative paths', () => {
    const issue = result.issues[0];
    const dir = join(out, 'print', issue.folder);
    const html = readFileSync(join(dir, 'index.html'), 'utf8');
    const refs = [...html.matchAll(/(?:src|href)="([^"#][^"]*)"/g)].map((m) => decodeURIComponent(m[1]));
    expect(refs.length).toBeGreaterThan(5);
    for (const ref of refs) {
      expect(ref).not.toMatch(/^(\/|[a-z]+:)/);
      expect(existsSync(join(dir, ref)), ref).toBe(true);
    }
    const fontsCss = readFileSync(join(dir, 'fonts', 'fonts.css'), 'utf8');
    const fontFiles = [...fontsCss.matchAll(/url\(([^)]+)\)/g)].map((m) => m[1]);
    // One file per face (Noto Serif SC 400/700/900, Noto Sans SC 400/500/700), cut to the issue: no unicode-range slices.
    expect(fontFiles).toHaveLength(6);
    expect(fontsCss).not.toContain('unicode-range');
    expect(fontFiles.every((f) => existsSync(join(dir, 'fonts', f)))).toBe(true);
    expect(readdirSync(join(dir, 'fonts')).length).toBe(fontFiles.length + 1);
    // Each is a hard link to its entry in the cache (<out>/.yuebao/fonts), named by what it was made from.
    for (const f of fontFiles) expect(statSync(join(dir, 'fonts', f)).ino).toBe(statSync(join(out, '.yuebao', 'fonts', f)).ino);
  });

  it('makes a face\'s subset once: the same characters give the same file, more characters another', async () => {
    const fontsCss = () => readFileSync(join(out, 'print', '2024-03', 'fonts', 'fonts.css'), 'utf8');
    const before = fontsCss();
    await build({ path: SAMPLE, out, pdf: false, web: false, force: true });
    expect(fontsCss()).toBe(before);
    const root = copyContent(SAMPLE);
    edit(join(root, '2024-03', 'focus', 'command-meeting.md'), /^title: (.*)$/m, 'title: $1龘');
    const other = join(tempDir('sample-html-new-char'), 'dist');
    await build({ path: join(root, '2024-03'), out: other, pdf: false, web: false });
    const grown = readFileSync(join(other, 'print', '2024-03', 'fonts', 'fonts.css'), 'utf8');
    expect(grown).not.toBe(before);
  });

  it('builds the same HTML twice (deterministic)', async () => {
    const again = join(tempDir('sample-html-2'), 'dist');
    await build({ path: SAMPLE, out: again, pdf: false, web: false });
    for (const issue of result.issues) {
      expect(readFileSync(join(again, 'print', issue.folder, 'index.html'), 'utf8')).toBe(readFileSync(join(out, 'print', issue.folder, 'index.html'), 'utf8'));
    }
  });
});

describe('yuebao build on one issue folder', () => {
  it('builds just that issue, numbered from the archive around it', () => {
    const out = join(tempDir('one'), 'dist');
    const run = runCli(['build', join(FIXTURES, 'basic', '2024-02'), '--out', out, '--no-pdf']);
    expect(run.stderr).not.toMatch(/错误/);
    expect(run.status).toBe(0);
    expect(readdirSync(join(out, 'print'))).toEqual(['2024-02']);
    expect(readFileSync(join(out, 'print', '2024-02', 'index.html'), 'utf8')).toContain('〔2024〕第2期（总第11期）');
  });
});

describe('an article with footnotes (as Word files bring them)', () => {
  it('prints its source line after the text and the 注释 after the source', async () => {
    const { copyContent, edit } = await import('./helpers.ts');
    const root = copyContent(join(FIXTURES, 'basic'));
    edit(join(root, '2024-01/news/first.md'), '第一段正文。', '第一段正文，有一条注释[^1]。\n\n[^1]: 注释的内容。');
    const out = join(tempDir('notes'), 'dist');
    expect((await build({ path: join(root, '2024-01'), out, pdf: false, web: true })).ok).toBe(true);
    for (const page of [join(out, 'print', '2024-01', 'index.html'), ...readdirSync(join(out, 'web', '2024-01'), { recursive: true }).map(String).filter((p) => p.endsWith('index.html')).map((p) => join(out, 'web', '2024-01', p))]) {
      const html = readFileSync(page, 'utf8');
      if (!html.includes('data-footnotes')) continue;
      // In the article: its text, then its source line, then its notes.
      const text = html.indexOf('有一条注释<sup>');
      const source = html.slice(text).search(/<p class="(article-)?source">/);
      const notes = html.slice(text).indexOf('注释的内容');
      expect(source, page).toBeGreaterThan(0);
      expect(notes, page).toBeGreaterThan(source);
    }
    expect(readFileSync(join(out, 'print', '2024-01', 'index.html'), 'utf8')).toContain('data-footnotes');
    // The web page's description is the lead, without the notes or the footnote mark.
    expect(readFileSync(join(out, 'web', '2024-01', 'news', 'first', 'index.html'), 'utf8')).toContain('<meta name="description" content="第一段正文，有一条注释。 小标题 最后一段正文。">');
  });
});
