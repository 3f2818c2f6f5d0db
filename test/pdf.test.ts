/**
 * Builds the sample issue to PDF with the real CLI and reads it page by page
 * (pdf.js), as the print shop's checker would: running heads by parity,
 * two-digit folios, 目录 numbers against the pages where articles really
 * start, sources, no paragraph lost, punctuation, fonts, bookmarks, metadata.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadArchive } from '../src/model/load-archive.ts';
import type { Issue } from '../src/model/types.ts';
import { SAMPLE, copyContent, edit, readPdf, runCli, squash, tempDir } from './helpers.ts';

type Pdf = Awaited<ReturnType<typeof readPdf>>;
const FOLIO = /^\d{2}$/;
const CLOSING = /^[，。、；：？！）》」』”’〕】…]/;

describe('the sample issue as a PDF', () => {
  let pdf: Pdf;
  let issue: Issue;
  let out: string;
  /** Physical page index (0-based) → printed number, for pages that show one. */
  const folioOf = (index: number) => pdf.lines[index].at(-1) ?? '';

  beforeAll(async () => {
    out = join(tempDir('sample-pdf'), 'dist');
    issue = (await loadArchive(join(SAMPLE, '2024-03'))).issues[0];
    const run = runCli(['build', join(SAMPLE, '2024-03'), '--out', out, '--no-web']);
    expect(run.stderr).not.toMatch(/error/);
    expect(run.status).toBe(0);
    pdf = await readPdf(join(out, 'pdf', '2024-03.pdf'));
  });

  it('opens with the cover (masthead, issue line, headlines) and the colophon, neither with head or folio', () => {
    const [cover, colophon] = pdf.pages.map(squash);
    expect(cover).toContain(squash(issue.publication.title));
    expect(cover).toContain(squash(issue.issueLine));
    expect(cover).toContain('【2024.02】');
    for (const article of issue.featured) expect(cover).toContain(squash(article.tocTitle));
    expect(colophon).toContain('主办');
    expect(colophon).toContain(squash(issue.publication.sponsor!));
    expect(colophon).toContain('内部资料');
    expect(pdf.lines[0].some((l) => FOLIO.test(l))).toBe(false);
    expect(pdf.lines[1].some((l) => FOLIO.test(l))).toBe(false);
  });

  it('has 卷首语 on 01 and the 目录 on 02, counted from the foreword', () => {
    expect(squash(pdf.pages[2])).toContain('【卷首语】');
    expect(folioOf(2)).toBe('01');
    expect(squash(pdf.pages[3])).toContain('目录');
    expect(folioOf(3)).toBe('02');
  });

  it('runs the masthead on even pages and the issue line on odd pages, with two-digit folios', () => {
    let checked = 0;
    pdf.lines.forEach((lines, index) => {
      if (index < 2 || !FOLIO.test(lines.at(-1) ?? '')) return;
      const printed = index - 1; // two cover pages before 01
      expect(lines.at(-1), `page ${index + 1}`).toBe(String(printed).padStart(2, '0'));
      expect(squash(lines[0]), `head of printed page ${printed}`).toBe(squash(printed % 2 === 0 ? issue.publication.title : issue.issueLine));
      checked++;
    });
    expect(checked).toBeGreaterThan(pdf.pages.length * 0.7);
  });

  it('gives each section a divider page with no head or folio', () => {
    for (const section of issue.sections) {
      const spaced = section.title.length === 2 ? [...section.title].join('') : section.title;
      const index = pdf.pages.findIndex((p) => squash(p) === squash(`【${spaced}】`) || squash(p) === squash(`【${[...section.title].join('\u3000')}】`));
      expect(index, section.title).toBeGreaterThan(3);
      expect(pdf.lines[index]).toHaveLength(1);
    }
  });

  it('starts every article on a new page, and the 目录 gives that page', () => {
    const toc = pdf.lines[3].map(squash);
    for (const article of issue.sections.flatMap((s) => s.articles)) {
      const start = pdf.lines.findIndex((lines) => lines.length > 1 && squash(lines.slice(1, 4).join('')).startsWith(squash(article.title).slice(0, 12)));
      expect(start, `${article.file} starts a page`).toBeGreaterThan(3);
      const printed = String(start - 1).padStart(2, '0');
      const entry = toc.find((line) => line.startsWith(`●${squash(article.tocTitle)}`));
      expect(entry, `目录 entry for ${article.tocTitle}`).toBeDefined();
      expect(entry!.slice(-2), `目录 number of ${article.tocTitle}`).toBe(printed);
      expect(folioOf(start)).toBe(printed);
    }
  });

  it('prints every source, right after the article', () => {
    const all = squash(pdf.pages.join(''));
    for (const article of issue.sections.flatMap((s) => s.articles)) {
      if (article.sources.length) expect(all).toContain(`（${article.sources.join('、')}）`);
    }
  });

  it('loses no paragraph: every paragraph, caption and brief of the HTML is in the PDF', () => {
    const html = readFileSync(join(out, 'print', '2024-03', 'index.html'), 'utf8');
    // Body text without running heads and folios, so a paragraph split over two pages reads whole.
    const body = squash(pdf.lines.map((lines) => lines.filter((l, i) => !(i === 0 && (squash(l) === squash(issue.publication.title) || squash(l) === squash(issue.issueLine))) && !FOLIO.test(l)).join('')).join(''));
    const paragraphs = [...html.matchAll(/<(p|span|td|th)( class="(brief|caption|credit|subhead[^"]*)")?>(.*?)<\/\1>/g)].map((m) => squash(m[4].replace(/<[^>]+>/g, '').replace(/&quot;/g, '"').replace(/&#x26;|&amp;/g, '&')));
    expect(paragraphs.length).toBeGreaterThan(150);
    const lost = paragraphs.filter((p) => p && !body.includes(p));
    expect(lost).toEqual([]);
  });

  it('never starts a line with closing punctuation', () => {
    const offenders = pdf.lines.flatMap((lines, i) => lines.filter((l) => CLOSING.test(l.trim())).map((l) => `p${i + 1}: ${l}`));
    expect(offenders).toEqual([]);
  });

  it('embeds the Song and Hei fonts as subsets, and no fallback font', () => {
    expect(pdf.fontNames.some((f) => /^[A-Z]{6}\+NotoSerifSC/.test(f))).toBe(true);
    expect(pdf.fontNames.some((f) => /^[A-Z]{6}\+NotoSansSC/.test(f))).toBe(true);
    expect(pdf.fontNames.filter((f) => !/NotoS(erif|ans)SC/.test(f))).toEqual([]);
  });

  it('has bookmarks for the sections and articles, not for cover or 目录', () => {
    for (const section of issue.sections) expect(pdf.outline.map(squash)).toContain(squash(`【${section.title.length === 2 ? [...section.title].join('\u3000') : section.title}】`));
    for (const article of issue.sections.flatMap((s) => s.articles)) expect(pdf.outline.map(squash)).toContain(squash(article.title));
    expect(pdf.outline.map(squash)).not.toContain('目录');
    expect(pdf.outline.some((t) => t.includes(issue.publication.title))).toBe(false);
  });

  it('carries the metadata: title, author, language, dates from the issue', () => {
    expect(pdf.info.Title).toBe(`${issue.publication.title} ${issue.issueLine}`);
    expect(pdf.info.Author).toBe(issue.publication.sponsor);
    expect(pdf.info.Language).toBe('zh-CN');
    expect(pdf.info.CreationDate).toMatch(/^D:20240307000000/);
    expect(pdf.info.ModDate).toMatch(/^D:20240307000000/);
  });

  it('writes the 目录 numbers into the print HTML too', () => {
    const html = readFileSync(join(out, 'print', '2024-03', 'index.html'), 'utf8');
    expect(html).not.toMatch(/class="toc-page" data-target="[^"]+"><\/span>/);
    expect(html).toMatch(/class="toc-page" data-target="article-01">\d\d<\/span>/);
  });
});

describe('a long 目录 (26 articles, like the real issue we are judged on)', () => {
  it('still fits on one page, 02, with every entry and its number', async () => {
    const root = copyContent(SAMPLE);
    // Seven more articles: copies under new names (an article listed twice prints once).
    const again = (list: string[]) => list.map((path) => (copyFileSync(join(root, '2024-03', path), join(root, '2024-03', path.replace('.md', '-2.md'))), `      - ${path.replace('.md', '-2.md')}\n`)).join('');
    edit(join(root, '2024-03', 'issue.md'), '      - villages/lianjiangkou.md\n', `      - villages/lianjiangkou.md\n${again(['focus/memo.md', 'zone/guangfo-forum.md', 'integration/beijiang.md', 'integration/spring-tour.md'])}`);
    edit(join(root, '2024-03', 'issue.md'), '      - aid/notice.md\n', `      - aid/notice.md\n${again(['focus/standing-committee.md', 'zone/guangde-projects.md', 'integration/cross-city.md'])}`);
    const out = join(tempDir('long-toc'), 'dist');
    expect(runCli(['build', join(root, '2024-03'), '--out', out, '--no-web']).status).toBe(0);
    const pdf = await readPdf(join(out, 'pdf', '2024-03.pdf'));
    const entries = pdf.lines[3].filter((l) => l.startsWith('●'));
    expect(entries).toHaveLength(26);
    expect(entries.every((l) => /\d\d$/.test(l))).toBe(true);
    expect(pdf.lines[3].at(-1)).toBe('02');
    expect(pdf.pages[4]).not.toContain('●');
  });
});
