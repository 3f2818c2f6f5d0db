/**
 * Rebuilds are incremental: an issue whose content did not change is taken
 * over from the last build (the same files, hard-linked), not made again.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES, copyContent, edit, runCli, tempDir } from './helpers.ts';

describe('incremental rebuilds', () => {
  it('keeps unchanged issues and remakes only the one that changed', () => {
    const root = copyContent(join(FIXTURES, 'basic'));
    const out = join(tempDir('incremental'), 'dist');
    const inode = (rel: string) => statSync(join(out, rel)).ino;

    expect(runCli(['build', root, '--out', out]).status).toBe(0);
    const first = { pdf1: inode('pdf/2024-01.pdf'), pdf2: inode('pdf/2024-02.pdf'), web1: inode('web/2024-01/index.html') };

    const again = runCli(['build', root, '--out', out]);
    expect(again.status).toBe(0);
    expect(again.stdout).toContain('（2024-01、2024-02 自上次生成后没有改动');
    expect(inode('pdf/2024-01.pdf')).toBe(first.pdf1);
    expect(inode('pdf/2024-02.pdf')).toBe(first.pdf2);
    expect(inode('web/2024-01/index.html')).toBe(first.web1);

    edit(join(root, '2024-02', 'one.md'), '二月正文。', '二月正文，改过了。');
    const changed = runCli(['build', root, '--out', out]);
    expect(changed.status).toBe(0);
    expect(changed.stdout).toContain('（2024-01 自上次生成后没有改动');
    expect(inode('pdf/2024-01.pdf')).toBe(first.pdf1);
    expect(inode('pdf/2024-02.pdf')).not.toBe(first.pdf2);
    expect(readFileSync(join(out, 'web/2024-02/one/index.html'), 'utf8')).toContain('二月正文，改过了。');
    expect(readFileSync(join(out, 'web/index.html'), 'utf8')).toContain('〔2024〕第1期');

    const forced = runCli(['build', root, '--out', out, '--force', '--no-web']); // the web edition is not what is under test here
    expect(forced.stdout).not.toContain('unchanged');
    expect(inode('pdf/2024-01.pdf')).not.toBe(first.pdf1);
  });
});
