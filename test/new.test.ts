/** `yuebao new`: the next issue, numbered from the archive, that builds at once. */
import { describe, expect, it } from 'vitest';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { nextMonth } from '../src/new/new-issue.ts';
import { FIXTURES, SAMPLE, copyContent, edit, runCli, tempDir } from './helpers.ts';

describe('yuebao new', () => {
  it('numbers the issue after 〔2024〕第3期（总第134期） as 第4期（总第135期）, a month later', () => {
    const root = copyContent(SAMPLE);
    rmSync(join(root, '2024-04'), { recursive: true });
    const run = runCli(['new', root]);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain('已新建 〔2024〕第4期（总第135期）（【2024.03】）');
    expect(run.stdout).toMatch(/接下来：/);
    const issue = readFileSync(join(root, '2024-04', 'issue.md'), 'utf8');
    expect(issue).toMatch(/^year: 2024$/m);
    expect(issue).toMatch(/^number: 4$/m);
    expect(issue).toMatch(/^total: 135$/m);
    expect(issue).toMatch(/^period: 2024-03$/m);
    expect(issue).toMatch(/^date: 2024-04-07$/m);
    for (const title of ['重点关注', '广清经济特别合作区', '广清一体化', '百千万工程', '帮扶协作', '简讯']) expect(issue).toContain(`- title: ${title}`);
    expect(issue).toContain('- example/example.md');
  });

  it('makes an issue that checks clean and builds', () => {
    const root = copyContent(join(FIXTURES, 'basic'));
    expect(runCli(['new', root]).status).toBe(0);
    const dir = join(root, '2024-03');
    expect(readFileSync(join(dir, 'issue.md'), 'utf8')).toMatch(/^number: 3$/m);
    const checked = runCli(['check', dir]);
    expect(checked.status, checked.stderr).toBe(0);
    const out = join(tempDir('new'), 'dist');
    const built = runCli(['build', dir, '--out', out, '--no-pdf', '--no-web']);
    expect(built.status, built.stderr).toBe(0);
    expect(readFileSync(join(out, 'print', '2024-03', 'index.html'), 'utf8')).toContain('〔2024〕第3期（总第12期）');
  });

  it('starts again at 第1期 in a new year, and never overwrites a folder', () => {
    expect(nextMonth('2024-12-05')).toBe('2025-01-05');
    expect(nextMonth('2024-01-31')).toBe('2024-02-28');
    expect(nextMonth('2024-12')).toBe('2025-01');
    const root = copyContent(join(FIXTURES, 'basic'));
    edit(join(root, '2024-02', 'issue.md'), 'date: 2024-02-08', 'date: 2024-12-08');
    expect(runCli(['new', root]).stdout).toContain('〔2025〕第1期（总第12期）');
    const january = readFileSync(join(root, '2025-01', 'issue.md'), 'utf8');
    expect(runCli(['new', root]).stdout).toContain('〔2025〕第2期（总第13期）');
    mkdirSync(join(root, '2025-03'));
    expect(runCli(['new', root]).stdout).toMatch(/〔2025〕第3期（总第14期）.*在 .*2025-03-2：/);
    expect(readFileSync(join(root, '2025-01', 'issue.md'), 'utf8')).toBe(january);
  });

  it('lists the problems of an issue.md it cannot count from, with file and line, and makes nothing', () => {
    const root = copyContent(join(FIXTURES, 'basic'));
    edit(join(root, '2024-02', 'issue.md'), 'year: 2024', 'year: [2024');
    const run = runCli(['new', root]);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/2024-02\/issue\.md:\d+:\d+\s+错误\s+.*yaml-/);
    expect(run.stderr).toContain('请先改好这些');
    expect(run.stderr).not.toMatch(/\n\s+at /); // no stack trace
    expect(() => readFileSync(join(root, '2024-03', 'issue.md'))).toThrow();
  });

  it('counts on from an archive whose articles have problems (only the issue.md files count)', () => {
    const root = copyContent(join(FIXTURES, 'basic'));
    edit(join(root, '2024-02', 'one.md'), /^---\n/, '---\nbroken: [\n');
    expect(runCli(['check', root]).status).toBe(1);
    const run = runCli(['new', root]);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain('〔2024〕第3期（总第12期）');
  });
});
