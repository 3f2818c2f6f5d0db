/**
 * One test per class of bad input (issue #2): each must give a located
 * `path:line:col  error  …  rule` line, exit code 1, no stack trace, and leave
 * the previous output untouched.
 */
import { describe, expect, it, beforeAll } from 'vitest';
import { existsSync, readFileSync, readdirSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { FIXTURES, copyContent, edit, runCli, tempDir } from './helpers.ts';

function buildBroken(change: (root: string) => void) {
  const root = copyContent(join(FIXTURES, 'basic'));
  change(root);
  const out = join(tempDir('out'), 'dist');
  // The messages are under test, not the outputs: a build that gets through makes neither PDF nor web edition.
  const run = runCli(['build', root, '--out', out, '--no-pdf', '--no-web']);
  return { root, out, run, lines: run.stderr.split('\n').filter((l) => /\s(错误|警告)\s/.test(l)) };
}

function expectLocatedError(run: { status: number | null; stderr: string }, pattern: RegExp) {
  expect(run.status).toBe(1);
  expect(run.stderr).toMatch(pattern);
  expect(run.stderr).not.toMatch(/\n\s+at .+:\d+:\d+\)?\n/); // no stack trace
}

describe('bad content is reported, located, all at once', () => {
  it('YAML syntax error in an article: file, line and column', () => {
    const { run } = buildBroken((root) => edit(join(root, '2024-01/news/first.md'), 'title: 第一篇文章', 'title: "第一篇文章'));
    expectLocatedError(run, /2024-01\/news\/first\.md:2:8 {2}错误 {2}这里的引号 " 没有配对的结束引号.*yaml-unclosed-quote/);
  });

  it('YAML syntax error in publication.yml', () => {
    const { run } = buildBroken((root) => edit(join(root, 'publication.yml'), 'sponsor: 测试主办单位', 'sponsor: [测试主办单位'));
    expectLocatedError(run, /publication\.yml:2:1 {2}错误 {2}“sponsor”的值以 \[ 开头，但这一行没有配对的 \].*yaml-unclosed-bracket/);
  });

  it('a missing required key names the key and what to add', () => {
    const { run } = buildBroken((root) => edit(join(root, '2024-01/news/second.md'), /^title: .*\n/m, ''));
    expectLocatedError(run, /2024-01\/news\/second\.md:\d+:\d+ {2}错误 {2}文章的文件头缺少 `title`：请加一行 `title: .*schema-invalid_type/);
  });

  it('a mistyped value points at its line', () => {
    const { run } = buildBroken((root) => edit(join(root, '2024-01/issue.md'), 'year: 2024', 'year: 二〇二四'));
    expectLocatedError(run, /2024-01\/issue\.md:2:7 {2}错误 {2}`year` 应是数字，现在是 "二〇二四"/);
  });

  it('a misspelt key is a warning with a suggestion', () => {
    const { run } = buildBroken((root) => edit(join(root, '2024-01/news/first.md'), 'author:', 'auhtor:'));
    expect(run.stderr).toMatch(/first\.md:4:1 {2}警告 {2}不认识的键 `auhtor`，已忽略：是不是想写 `author`？/);
    expect(run.status).toBe(0);
  });

  it('a missing article file is reported at its line in issue.md', () => {
    const { run } = buildBroken((root) => rmSync(join(root, '2024-01/news/second.md')));
    expectLocatedError(run, /2024-01\/issue\.md:11:9 {2}错误 {2}找不到 news\/second\.md：.*missing-file/);
  });

  it('a missing image is reported at its line in the article', () => {
    const { run } = buildBroken((root) => rmSync(join(root, '2024-01/images/dot.png')));
    expectLocatedError(run, /2024-01\/news\/first\.md:12:1 {2}错误 {2}找不到图片 \.\.\/images\/dot\.png.*missing-image/);
  });

  it('a path leaving the content root is refused', () => {
    const { run } = buildBroken((root) => edit(join(root, '2024-01/issue.md'), '- news/second.md', '- ../../etc/passwd'));
    expectLocatedError(run, /2024-01\/issue\.md:11:9 {2}错误 {2}“\.\.\/\.\.\/etc\/passwd”指到了内容文件夹外面.*path-outside-root/);
  });

  it('duplicate numbering names both files', () => {
    const { run } = buildBroken((root) => edit(join(root, '2024-02/issue.md'), 'year: 2024', 'year: 2024\nnumber: 1'));
    expectLocatedError(run, /2024-02\/issue\.md:3:9 {2}错误 {2}期号重复：〔2024〕第1期与 2024-01\/issue\.md 相同/);
    expect(run.stderr).toMatch(/2024-01\/issue\.md:3:9 {2}错误 {2}期号重复：〔2024〕第1期与 2024-02\/issue\.md 相同/);
  });

  it('an unclosed front matter is located at line 1', () => {
    const { run } = buildBroken((root) => edit(join(root, '2024-02/one.md'), /^---\n\n/m, '\n'));
    expectLocatedError(run, /2024-02\/one\.md:1:1 {2}错误 {2}第 1 行的 `---` 开始了文件头，但没有结束/);
  });

  it('reports every problem of a run, not just the first', () => {
    const { lines, run } = buildBroken((root) => {
      edit(join(root, '2024-01/news/first.md'), 'title: 第一篇文章', 'title: "第一篇文章');
      rmSync(join(root, '2024-02/one.md'));
      edit(join(root, '2024-01/issue.md'), 'period: 2023-12', 'period: 2023-13');
    });
    expect(run.status).toBe(1);
    expect(lines.filter((l) => l.includes('  错误  '))).toHaveLength(3);
    expect(run.stderr).toMatch(/issue\.md:5:9 {2}错误 {2}`period`：月份请写成 年-月/);
  });

  it('a path that is neither a content root nor an issue folder gets one clear line', () => {
    const empty = tempDir('empty');
    const run = runCli(['build', empty, '--no-pdf', '--out', join(empty, 'dist')]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^yuebao：.*既不是内容文件夹/);
    expect(run.stderr.split('\n').filter(Boolean)).toHaveLength(1);
  });
});

describe('a failed build leaves the previous output untouched', () => {
  let root: string;
  let out: string;
  beforeAll(() => {
    root = copyContent(join(FIXTURES, 'basic'));
    out = join(tempDir('out'), 'dist');
    expect(runCli(['build', root, '--out', out, '--no-pdf']).status).toBe(0);
  });

  it('keeps dist/ as it was and leaves no staging folder behind', () => {
    const before = readFileSync(join(out, 'print/2024-01/index.html'), 'utf8');
    mkdirSync(join(out, 'keep'), { recursive: true });
    writeFileSync(join(out, 'keep', 'note.txt'), 'mine');
    edit(join(root, '2024-01/news/first.md'), 'title: 第一篇文章', 'title: "第一篇文章');
    const run = runCli(['build', root, '--out', out, '--no-pdf']);
    expect(run.status).toBe(1);
    expect(readFileSync(join(out, 'print/2024-01/index.html'), 'utf8')).toBe(before);
    expect(existsSync(join(out, 'keep', 'note.txt'))).toBe(true);
    expect(run.stderr).toContain('保持原样');
    expect(readdirSync(dirname(out)).filter((name) => name.includes('staging'))).toEqual([]);
  });
});
