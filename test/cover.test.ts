/**
 * The cover without a photo (issue #11): instead of a page 75% blank, a
 * larger masthead block (刊名, issue line, 主办/编印, date) and 本期要目 —
 * each section's lead articles under its name. The sample is built in-process
 * with 2024-03's cover photo taken out; 2024-04 keeps its photo and its cover
 * as it was (the featured headlines only).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from '../src/build.ts';
import { coverHighlights } from '../src/render/cover-highlights.ts';
import type { Article, Issue, Section } from '../src/model/types.ts';
import { SAMPLE, copyContent, edit, readPdf, squash, tempDir } from './helpers.ts';

type Pdf = Awaited<ReturnType<typeof readPdf>>;

/** Page 1's text runs with their font size and how far down the page they stand (0 = top, 1 = foot). */
async function coverRuns(path: string): Promise<Array<{ text: string; size: number; down: number }>> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await pdfjs.getDocument({ data: new Uint8Array(readFileSync(path)), useSystemFonts: false, isEvalSupported: false }).promise;
  const page = await doc.getPage(1);
  const height = page.view[3];
  const runs = (await page.getTextContent()).items.flatMap((item) =>
    'str' in item && item.str.trim() ? [{ text: item.str, size: Math.hypot(item.transform[0], item.transform[1]), down: 1 - item.transform[5] / height }] : [],
  );
  await doc.destroy();
  return runs;
}

describe('a cover without a photo', () => {
  let plain: Pdf;
  let photo: Pdf;
  let out: string;
  let issues: Issue[];

  beforeAll(async () => {
    const root = copyContent(SAMPLE);
    edit(join(root, '2024-03', 'issue.md'), /^cover:\n(?: {2}.*\n)+/m, '');
    out = join(tempDir('cover'), 'dist');
    const result = await build({ path: root, out, pdf: true, web: false });
    expect(result.ok).toBe(true);
    issues = result.issues;
    expect(issues.find((i) => i.folder === '2024-03')!.cover).toBeUndefined();
    expect(issues.find((i) => i.folder === '2024-04')!.cover).toBeDefined();
    [plain, photo] = await Promise.all(['2024-03', '2024-04'].map((folder) => readPdf(join(out, 'pdf', `${folder}.pdf`))));
  });

  it('lists 本期要目: every section with articles, under its name its featured articles, else its first one or two', () => {
    const cover = squash(plain.pages[0]);
    expect(cover).toContain('本期要目');
    const leads: Record<string, string[]> = {
      重点关注: ['广清经济特别合作区交出2023年“成绩单”'], // featured
      广清经济特别合作区: ['十年再出发：广清产业园奏响“二次创业”进行曲'], // featured, not the first
      广清一体化: ['织密广清“一小时交通圈” 清花高速建设春节不停工', '广清跨城通办事项扩容至3500余项'], // none featured: the first two
      百千万工程: ['一棵菜心的“出山入湾”路'],
      帮扶协作: ['“清远好物”年货节走进黄埔 两周销售帮扶产品逾千万元', '“春风行动”搭桥 花都连山劳务协作送岗近两千个'],
    };
    for (const [section, titles] of Object.entries(leads)) {
      expect(cover, section).toContain(section);
      for (const title of titles) expect(cover, title).toContain(squash(title));
      // Each section's name comes before its titles, in the sections' order.
      expect(cover.indexOf(section)).toBeLessThan(cover.indexOf(squash(titles[0])));
    }
    // Not the whole 目录: a section's other articles stay inside.
    expect(cover).not.toContain(squash('广清指挥部召开2023年工作总结暨2024年工作部署会议'));
    expect(cover).not.toContain('简讯');
  });

  it('sets the masthead block as text: 刊名, issue line, 主办 and 编印, the date', () => {
    const cover = squash(plain.pages[0]);
    const { publication } = issues[0];
    expect(cover).toContain(squash(publication.title));
    expect(cover).toContain(squash('〔2024〕第3期（总第134期）'));
    expect(cover).toContain('【2024.02】');
    expect(cover).toContain(`主办${squash(publication.sponsor!)}`);
    expect(cover).toContain(`编印${squash(publication.editor!)}`);
    expect(cover).toContain('2024年3月7日');
    expect(cover).toContain('内部资料');
    expect(plain.lines[0].some((line) => /^\d{2}$/.test(line))).toBe(false); // no folio on a cover
  });

  it('sets the masthead larger than on a photo cover, and fills the page down past its middle', async () => {
    const masthead = issues[0].publication.title;
    const [plainRuns, photoRuns] = await Promise.all(['2024-03', '2024-04'].map((folder) => coverRuns(join(out, 'pdf', `${folder}.pdf`))));
    const sizeOf = (runs: typeof plainRuns) => Math.max(...runs.filter((r) => squash(r.text).includes(masthead.slice(0, 4))).map((r) => r.size));
    expect(sizeOf(plainRuns)).toBeGreaterThan(sizeOf(photoRuns) * 1.05);
    // The last 要目 title stands in the lower half: the page is no longer three-quarters empty.
    const rows = new Map<number, string>();
    for (const run of plainRuns) rows.set(Math.round(run.down * 1000), (rows.get(Math.round(run.down * 1000)) ?? '') + squash(run.text));
    const lastTitle = [...rows].find(([, text]) => text.includes('春风行动'));
    expect(lastTitle, 'the last 要目 title').toBeDefined();
    expect(lastTitle![0] / 1000).toBeGreaterThan(0.55);
  });

  it('leaves a cover with a photo as it was: the photo, its caption, and the featured headlines only', async () => {
    const cover = squash(photo.pages[0]);
    expect(cover).toContain(squash('英德茶园春色'));
    expect(cover).toContain(squash('广清经济特别合作区一季度23个项目集中动工'));
    // None of the photo-less layout: no section names, no unfeatured leads, no 编印 line.
    expect(cover).not.toContain(squash('广清纺织服装产业园首批企业试产'));
    expect(cover).not.toContain('百千万工程');
    expect(cover).not.toContain('编印');
    const html = readFileSync(join(out, 'print', '2024-04', 'index.html'), 'utf8');
    expect(html).toContain('class="cover-photo"');
    expect(html).not.toContain('cover-plain');
  });
});

describe('coverHighlights', () => {
  const article = (n: number, extra: Partial<Article> = {}): Article =>
    ({ slug: `a${n}`, anchor: `article-${n}`, file: `a${n}.md`, title: `标题${n}`, tocTitle: `标题${n}`, featured: false, layout: 'article', ...extra }) as Article;
  const section = (title: string, articles: Article[]): Section => ({ title, anchor: title, articles, briefs: [] });
  const issue = (sections: Section[]) => ({ sections }) as unknown as Issue;

  it('gives every section its first lead before any gets a second, within eight lines', () => {
    let n = 0;
    const sections = Array.from({ length: 6 }, (_, s) => section(`栏目${s}`, Array.from({ length: 4 }, () => article(++n))));
    const picked = coverHighlights(issue(sections));
    expect(picked.map((h) => h.section)).toEqual(sections.map((s) => s.title));
    expect(picked.flatMap((h) => h.articles)).toHaveLength(8);
    expect(picked.map((h) => h.articles.length)).toEqual([2, 2, 1, 1, 1, 1]);
  });

  it('leads with featured articles, skips photo pages and briefs-only sections, and counts a long title as two lines', () => {
    const long = '很长的标题'.repeat(7); // 35 characters: two lines
    const picked = coverHighlights(
      issue([
        section('甲', [article(1), article(2, { featured: true }), article(3, { featured: true }), article(4, { featured: true })]),
        section('乙', [article(5, { layout: 'photos' }), article(6, { tocTitle: long })]),
        section('简讯', []),
      ]),
      4,
    );
    expect(picked).toEqual([
      { section: '甲', anchor: '甲', articles: [{ title: '标题2', anchor: 'article-2' }, { title: '标题3', anchor: 'article-3' }] },
      { section: '乙', anchor: '乙', articles: [{ title: long, anchor: 'article-6' }] },
    ]);
  });
});
