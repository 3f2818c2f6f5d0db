import { describe, expect, it } from 'vitest';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { VFile } from 'vfile';
import { renderMarkdown } from '../src/markdown/processor.ts';
import { IssueAssets } from '../src/model/assets.ts';
import { tempDir } from './helpers.ts';

function setup() {
  const root = tempDir('md');
  mkdirSync(join(root, 'issue', 'images'), { recursive: true });
  writeFileSync(join(root, 'issue', 'images', 'a.jpg'), 'not really a jpeg');
  const file = new VFile({ path: join(root, 'issue', 'article.md') });
  const context = { root, assets: new IssueAssets(root, join(root, 'issue')) };
  return { root, file, context };
}

describe('article Markdown', () => {
  it('takes a last paragraph that is only a parenthetical as the source, and removes it', () => {
    const { file, context } = setup();
    for (const [ending, expected] of [['（清远日报）', ['清远日报']], ['(清远日报)', ['清远日报']], ['（南方日报、广东乡村发展）', ['南方日报', '广东乡村发展']]] as const) {
      const out = renderMarkdown(file, `正文一段。\n\n${ending}\n`, context);
      expect(out.trailingSource).toEqual(expected);
      expect(out.html).not.toContain(ending);
      expect(out.html).toContain('<p>正文一段。</p>');
    }
  });

  it('leaves a parenthetical inside the last paragraph alone', () => {
    const { file, context } = setup();
    const out = renderMarkdown(file, '会议指出（摘要）要抓落实。\n', context);
    expect(out.trailingSource).toBeUndefined();
    expect(out.html).toContain('会议指出（摘要）要抓落实。');
  });

  it('turns an image into a figure with caption and credit, and points it at the asset', () => {
    const { root, file, context } = setup();
    const out = renderMarkdown(file, '![园区全景](images/a.jpg "朱梓恒 摄")\n', context);
    expect(out.html).toContain('<figure class="figure"><img src="assets/images/a.jpg" alt="园区全景"');
    expect(out.html).toContain('<span class="caption">园区<wbr>全景</span><span class="credit">朱梓恒 摄</span>');
    expect(out.figures).toEqual([{ path: join(root, 'issue', 'images', 'a.jpg'), url: 'assets/images/a.jpg', caption: '园区全景', credit: '朱梓恒 摄', place: { line: 1, column: 1 } }]);
    expect(file.messages).toEqual([]);
  });

  it('reports a missing image, a remote image and a path outside the root at their line', () => {
    const { file, context } = setup();
    renderMarkdown(file, '第一段。\n\n![缺](images/nope.jpg)\n\n![远](https://example.com/x.jpg)\n\n![外](../../x.jpg)\n', context);
    const found = file.messages.map((m) => [m.line, m.ruleId, m.fatal]);
    expect(found).toEqual([
      [3, 'missing-image', true],
      [5, 'remote-image', true],
      [7, 'path-outside-root', true],
    ]);
  });

  it('makes article headings run-in subheadings below the title level', () => {
    const { file, context } = setup();
    const out = renderMarkdown(file, '## 构平台，产业转移“第一站”\n\n### 更小\n', context);
    expect(out.html).toContain('<p class="subhead subhead-3">构平台，产业转移“第一站”</p>');
    expect(out.html).toContain('<p class="subhead subhead-4">更小</p>');
  });

  it('renders GFM tables, keeps harmless raw HTML and sanitizes the rest, in both editions', () => {
    const { file, context } = setup();
    const md = '| 园区 | 产值 |\n| --- | --- |\n| 广清 | 168 |\n\n面积 2 km<sup>2</sup>。<script>alert(1)</script><img src="x" onerror="alert(1)"><a href="javascript:alert(1)">链接</a>\n\n<iframe src="https://example.com"></iframe>\n';
    for (const kind of ['print', 'web'] as const) {
      const out = renderMarkdown(file, md, context, kind, true);
      expect(out.html).toContain('<table>');
      expect(out.html).toContain('km<sup>2</sup>');
      expect(out.html).not.toMatch(/<script|onerror|javascript:|<iframe/);
    }
  });

  it('gives web subheadings real heading levels under the h1 title', () => {
    const { file, context } = setup();
    const out = renderMarkdown(file, '## 构平台\n\n### 更小\n\n# 太大\n', context, 'web');
    expect(out.html).toContain('<h2>构平台</h2>');
    expect(out.html).toContain('<h3>更小</h3>');
    expect(out.html).toContain('<h2>太大</h2>');
  });
});

describe('briefs Markdown', () => {
  it('makes each paragraph or list item a brief, with its date lead and source', () => {
    const { file, context } = setup();
    const out = renderMarkdown(file, '2月2日，签约仪式举行。（经济发展部）\n\n- 2 月 5 日上午，座谈会召开。（综合部）\n- 没有日期的一条。\n', context, 'briefs');
    expect(out.briefs).toEqual([
      { date: '2月2日', sources: ['经济发展部'] },
      { date: '2月5日上午', sources: ['综合部'] },
      { sources: [] },
    ]);
    expect(out.html).toContain('<p class="brief"><strong class="brief-date">2月2日</strong>，签约仪式<span class="brief-end">举行。<span class="brief-source">（经济发展部）</span></span></p>');
    expect(out.html.match(/class="brief"/g)).toHaveLength(3);
  });
});

describe('footnotes (from Word files)', () => {
  const body = '正文引用一条注释[^1]。\n\n[^1]: 这是注释的内容。\n';
  it('link to ids that exist after sanitizing, under a 注释 label, with no heading and no ↩ in print', () => {
    const { file, context } = setup();
    for (const kind of ['print', 'web'] as const) {
      const { html } = renderMarkdown(file, body, context, kind);
      const ids = new Set([...html.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]));
      const targets = [...html.matchAll(/ href="#([^"]+)"/g)].map((m) => m[1]);
      expect(targets.length, kind).toBeGreaterThan(0);
      for (const target of targets) expect(ids, `${kind}: #${target}`).toContain(target);
      expect(html).toContain('<p class="footnotes-label" id="user-content-footnote-label">注释</p>');
      expect(html).not.toMatch(/<h\d|Footnotes|Back to/);
      expect(html.includes('data-footnote-backref'), kind).toBe(kind === 'web');
    }
  });
});
