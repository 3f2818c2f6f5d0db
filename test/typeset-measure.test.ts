/**
 * The typesetting report's detectors (bench/lib/) on hand-made pages, so each
 * is seen to find what it looks for and to pass what it should not count.
 * Geometry of the made-up pages: body 10 pt, column from x = 50 (indent at
 * 70), line pitch 18, running head at 40 and folio at 780 on an 800 pt page.
 */
import { describe, expect, it } from 'vitest';
import { jiebaSegmentations } from '../bench/lib/jieba-words.ts';
import { blankShare, halfBlankPages, reach, spillPages } from '../bench/lib/page-fill.ts';
import { columnLeft, contentLines, folio, layoutOf, runningHead, textBlock } from '../bench/lib/page-geometry.ts';
import { groupLines } from '../bench/lib/page-lines.ts';
import { pageRuns, type Run } from '../bench/lib/page-runs.ts';
import { orphans, paragraphLines, runts, widows } from '../bench/lib/paragraph-lines.ts';
import { pagesNotA4 } from '../bench/lib/pdf-objects.ts';
import { badBreaks, titleAndSubtitle, tocEntries, wordsAcrossBreaks } from '../bench/lib/title-breaks.ts';
import { checkLabels } from '../bench/lib/typeset-measure.ts';
import type { Layout, Line, Page } from '../bench/lib/typeset-types.ts';

const BODY = 10;
const LEFT = 50;
const INDENT = LEFT + 2 * BODY;
const layout: Layout = { bodySize: BODY, left: LEFT, block: { top: 45, bottom: 770 } };

const line = (text: string, x: number, baseline: number, size = BODY): Line => ({ text, x, right: x + text.length * size, baseline, size });
const head = () => line('广清对口帮扶协作月报', LEFT, 40, 8);
const foot = (n: string) => line(n, LEFT, 780, 9);
const page = (index: number, lines: Line[], images: Page['images'] = []): Page => ({ index, width: 600, height: 800, lines, images });
/** Body lines from baseline `from`, 18 pt apart: '>' opens a paragraph (indented), '|' goes on with one. */
const body = (from: number, ...texts: string[]): Line[] => texts.map((t, i) => line(t.slice(1), t.startsWith('>') ? INDENT : LEFT, from + 18 * i));
/** A text page: head, the lines, folio. */
const textPage = (index: number, lines: Line[], images: Page['images'] = []) => page(index, [head(), ...lines, foot(String(index).padStart(2, '0'))], images);

describe('lines from text runs', () => {
  it('joins runs on one baseline, a superscript with them, and marks a leader gap with a tab', () => {
    const lines = groupLines([
      { text: '广清', x: 50, baseline: 100, width: 18, size: 10 }, // 2 pt to the next run: no tab
      { text: '合作区', x: 70, baseline: 100, width: 30, size: 10 },
      { text: '1', x: 100, baseline: 96.5, width: 4, size: 6 },
      { text: ' ', x: 104, baseline: 100, width: 200, size: 10 },
      { text: '04', x: 400, baseline: 100, width: 12, size: 10 },
      { text: '第二行', x: 50, baseline: 118, width: 30, size: 10 },
    ]);
    expect(lines.map((l) => l.text)).toEqual(['广清合作区1\t04', '第二行']);
    expect(lines[0]).toMatchObject({ x: 50, right: 412, baseline: 100, size: 10 });
  });
});

describe('page geometry', () => {
  const pages = [textPage(0, body(60, '>第一段第一行', '|第一段第二行', '|第一段第三行')), textPage(1, [line('小标题', 60, 60, 12), ...body(90, '>正文', '|正文')])];

  it('takes the small top and bottom lines for running head and folio, and leaves them out of the content', () => {
    expect(runningHead(pages[0], BODY)?.text).toBe('广清对口帮扶协作月报');
    expect(folio(pages[0], BODY)?.text).toBe('00');
    expect(contentLines(pages[0], BODY).map((l) => l.text)).toEqual(['第一段第一行', '第一段第二行', '第一段第三行']);
    // A body-size line at the top is text, not a head.
    expect(runningHead(page(2, body(60, '>正文')), BODY)).toBeUndefined();
  });

  it('finds body size, column edge and the text block between head and folio', () => {
    const found = layoutOf(pages);
    expect(found.bodySize).toBe(10);
    expect(columnLeft(pages, 10)).toBe(LEFT);
    const block = textBlock(pages, 10);
    expect(block.top).toBeCloseTo(40 + 0.12 * 8);
    expect(block.bottom).toBeCloseTo(780 - 0.88 * 9);
  });
});

/** cover, inside cover, foreword, 目录, divider, article A (2 pages), article B (1 page and a blank), divider, 简讯 (2 pages), back cover. */
function issuePages(): Page[] {
  const full = (i: number) => textPage(i, body(60, ...Array.from({ length: 38 }, (_, k) => (k % 6 ? '|正文正文' : '>正文正文'))));
  return [
    page(0, [line('月报', 100, 100, 40)]),
    page(1, [line('主办', 60, 600)]),
    textPage(2, [line('【卷首语】', 200, 70, 18), ...body(100, '>卷首语')]),
    textPage(3, [line('目　录', 250, 70, 22), line('●广清指挥部召开2023年工', 60, 120, 11), line('作总结\t08', 70, 138, 11)]),
    textPage(4, [line('【重点关注】', 200, 400, 30)]),
    textPage(5, [line('文章甲', 200, 70, 17), ...body(110, '>正文', '|正文')]),
    full(6),
    textPage(7, [line('文章乙', 200, 70, 17), ...body(110, '>正文')]),
    page(8, []),
    textPage(9, [line('【简　讯】', 200, 400, 30)]),
    full(10),
    textPage(11, body(60, '>简讯', '|简讯')),
    page(12, [line('月报', 200, 700, 20)]),
  ];
}
const outline = [
  { title: '【卷首语】', depth: 0, pageIndex: 2 },
  { title: '【重点关注】', depth: 0, pageIndex: 4 },
  { title: '文章甲', depth: 1, pageIndex: 5 },
  { title: '文章乙', depth: 1, pageIndex: 7 },
  { title: '【简　讯】', depth: 0, pageIndex: 9 },
];

describe('runs of pages from the bookmarks', () => {
  it('gives each article its pages up to the next bookmark, the 目录 its page, a section its pages after the divider', () => {
    expect(pageRuns(issuePages(), outline, BODY)).toEqual([
      { title: '【卷首语】', kind: 'article', pages: [2] },
      { title: '目录', kind: 'toc', pages: [3] },
      { title: '文章甲', kind: 'article', pages: [5, 6] },
      { title: '文章乙', kind: 'article', pages: [7] },
      { title: '【简　讯】', kind: 'section', pages: [10, 11] },
    ]);
  });
});

describe('spill pages and pages more than half blank', () => {
  const runs: Run[] = [
    { title: '甲', kind: 'article', pages: [0, 1] },
    { title: '乙', kind: 'article', pages: [2] },
  ];

  it('measures reach and blank share of the text block', () => {
    const block = { top: 0, bottom: 100 };
    expect(reach([{ top: 5, bottom: 20 }], block)).toBeCloseTo(0.2);
    expect(blankShare([{ top: 0, bottom: 10 }, { top: 12, bottom: 20 }, { top: 80, bottom: 100 }], block, 5)).toBeCloseTo(0.6);
  });

  it('finds an article\'s last page that its text fills less than 30% down, and not its first page or a fuller one', () => {
    const full = textPage(0, body(60, ...Array.from({ length: 39 }, () => '|正文')));
    const spilled = [full, textPage(1, [...body(60, '|四行', '|正文', '|正文', '|完。'), line('（清远日报）', 400, 140)]), textPage(2, [line('乙', 200, 70, 17), ...body(100, '>短文。')])];
    expect(spillPages(runs, spilled, layout).map((f) => [f.page, f.article])).toEqual([[1, '甲']]);
    const longer = [full, textPage(1, body(60, ...Array.from({ length: 14 }, () => '|正文'))), spilled[2]];
    expect(spillPages(runs, longer, layout)).toEqual([]);
  });

  it('tells a half-blank page in mid-article from an article\'s last page', () => {
    const pages = [textPage(0, body(60, '>一', '|二')), textPage(1, body(60, '|三')), textPage(2, body(60, ...Array.from({ length: 39 }, () => '|满')))];
    const found = halfBlankPages(runs, pages, layout);
    expect(found.midRun.map((f) => f.page)).toEqual([0]);
    expect(found.endPages.map((f) => f.page)).toEqual([1]);
    // A photo filling the rest of the page is content too.
    const withPhoto = [textPage(0, body(60, '>一', '|二'), [{ top: 100, bottom: 760 }]), pages[1], pages[2]];
    expect(halfBlankPages(runs, withPhoto, layout).midRun).toEqual([]);
  });
});

describe('runts, widows and orphans', () => {
  const lines = (pages: Page[]) => paragraphLines(pages.map((p) => p.index), pages, layout);

  it('finds a one-character last line before an indented line, a heading or a page end, and not a longer one', () => {
    const pages = [
      textPage(0, [...body(60, '>第一段', '|平。', '>第二段', '|两字。', '>第三段', '|地'), line('小标题', 60, 180, 12), ...body(200, '>第四段', '|言：”')]),
      textPage(1, body(60, '>新段', '|完')),
    ];
    expect(runts(lines(pages)).map((f) => [f.page, f.text])).toEqual([
      [0, '平。'],
      [0, '地'],
      [0, '言：”'],
      [1, '完'],
    ]);
  });

  it('does not count a one-character line that the next page goes on from, nor a one-line paragraph', () => {
    const pages = [textPage(0, body(60, '>第一段', '|续')), textPage(1, body(60, '|接着写完。', '>字'))];
    expect(runts(lines(pages))).toEqual([]);
  });

  it('ends a paragraph at a gap wider than the line pitch (简讯 set apart)', () => {
    const pages = [textPage(0, body(60, '>二月一日', '|续行', '|月。', '|续行'))];
    expect(runts(lines(pages)).map((f) => f.text)).toEqual([]);
    const gapped = [textPage(0, [...body(60, '>二月一日', '|续行', '|月。'), ...body(124, '|新一条', '|续行')])];
    expect(runts(lines(gapped)).map((f) => f.text)).toEqual(['月。']);
  });

  it('finds a last line alone at a page\'s top (widow) and a first line alone at its foot (orphan)', () => {
    const pages = [textPage(0, body(60, '>一段', '|续', '>孤行')), textPage(1, body(60, '|孤行续', '|孤行末', '>新段', '|续')), textPage(2, body(60, '|寡行。', '>再一段'))];
    expect(orphans(lines(pages)).map((f) => [f.page, f.text])).toEqual([[0, '孤行']]);
    expect(widows(lines(pages)).map((f) => [f.page, f.text])).toEqual([[2, '寡行。']]);
    const clean = [textPage(0, body(60, '>一段', '|续')), textPage(1, body(60, '>二段', '|续'))];
    expect([...orphans(lines(clean)), ...widows(lines(clean))]).toEqual([]);
  });
});

describe('titles broken inside words', () => {
  it('names the word a break falls inside, in any segmentation', () => {
    const words = [['召开', '2023', '年', '工作', '总结']];
    expect(wordsAcrossBreaks(['召开2023年工', '作总结'], words)).toEqual(['工作']);
    expect(wordsAcrossBreaks(['召开2023年', '工作总结'], words)).toEqual([]);
    expect(wordsAcrossBreaks(['召开', '2023年工作', '总结'], [['召开', '2023', '年', '工作', '总结'], ['召开2023', '年', '工作总结']])).toEqual(['召开2023', '工作总结']);
  });

  it('reads the title and subtitle off an article\'s first page, and the 目录\'s entries without ● and page number', () => {
    const first = textPage(0, [line('广清指挥部召开', 150, 70, 17), line('2023年工作总结', 150, 95, 17), line('副题一行', 180, 120, 13), line('副题二行', 180, 138, 13), ...body(170, '>正文')]);
    expect(titleAndSubtitle(first, layout)).toEqual({ title: ['广清指挥部召开', '2023年工作总结'], subtitle: ['副题一行', '副题二行'] });
    expect(titleAndSubtitle(textPage(1, body(60, '>正文')), layout)).toEqual({ title: [], subtitle: [] });
    const toc = issuePages()[3];
    expect(tocEntries(toc, layout)).toEqual([['广清指挥部召开2023年工', '作总结']]);
  });

  it('with jieba, flags 召开2023年工 / 作总结 and passes a break between words', () => {
    const texts = [
      { where: 'title' as const, page: 5, lines: ['广清指挥部召开2023年工', '作总结暨2024年工作部署会议'] },
      { where: '目录' as const, page: 3, lines: ['广清指挥部召开', '2023年工作总结'] },
      { where: 'title' as const, page: 7, lines: ['广佛产业园召', '开2024年企业家座谈会'] },
      { where: 'title' as const, page: 9, lines: ['一行标题'] },
    ];
    expect(badBreaks(texts, jiebaSegmentations).map((b) => [b.page, b.words])).toEqual([
      [5, ['工作']],
      [7, ['召开']],
    ]);
  });
});

describe('the PDF\'s own facts', () => {
  it('compares each printed folio with the page label, and notes labels missing', () => {
    const pages = [page(0, []), textPage(1, body(60, '>正文')), textPage(2, body(60, '>正文'))];
    expect(checkLabels(pages, ['i', '01', '02'], layout)).toEqual({ present: true, checked: 2, mismatches: [] });
    expect(checkLabels(pages, ['i', '1', '2'], layout).mismatches).toEqual([
      { page: 1, label: '1', folio: '01' },
      { page: 2, label: '2', folio: '02' },
    ]);
    expect(checkLabels(pages, undefined, layout)).toMatchObject({ present: false, checked: 2 });
  });

  it('flags a page that is not exactly A4', () => {
    expect(pagesNotA4([{ width: 595.2756, height: 841.8898 }, { width: 594.96, height: 841.92 }])).toEqual([{ page: 2, size: '594.96 × 841.92' }]);
  });
});
