/**
 * Faults that are not the editor's doing — Chromium killed mid-print, a
 * read-only or full output disk, Ctrl+C — each give one clear Chinese line,
 * exit 2, and leave the previous output exactly as it was.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { build } from '../src/build.ts';
import { describeFault, YuebaoError } from '../src/errors.ts';
import { launchBrowser } from '../src/print/browser.ts';
import { FIXTURES, ROOT, copyContent, runCli, tempDir } from './helpers.ts';

/** A previous output folder, and a way to see that nothing in it changed. */
function previousOutput(out: string) {
  mkdirSync(join(out, 'pdf'), { recursive: true });
  writeFileSync(join(out, 'pdf', '2024-01.pdf'), 'the last good PDF');
  writeFileSync(join(out, 'marker.txt'), 'mine');
  return () => snapshot(out);
}

function snapshot(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const name of readdirSync(dir, { recursive: true }) as string[]) {
    const path = join(dir, name);
    if (statSync(path).isFile()) files[relative(dir, path)] = readFileSync(path, 'latin1');
  }
  return files;
}

const stagingLeft = (out: string) => readdirSync(dirname(out)).filter((name) => name.includes('staging'));

/** A small RAM disk (tmpfs) of our own, when this machine lets us mount one (root on Linux). */
const mounts: string[] = [];
function ramDisk(size: string): string | undefined {
  const dir = tempDir('ramdisk');
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${size}`, 'tmpfs', dir], { stdio: 'ignore' });
  } catch {
    return undefined;
  }
  mounts.push(dir);
  return dir;
}
const canMount = (() => {
  const probe = ramDisk('64k');
  return probe !== undefined;
})();
afterAll(() => {
  for (const dir of mounts) execFileSync('umount', ['-l', dir], { stdio: 'ignore' });
});

describe('faults leave the output as it was', () => {
  it('Chromium killed while printing: a clear message, not an internal error', async () => {
    const root = copyContent(join(FIXTURES, 'basic'));
    const out = join(tempDir('out'), 'dist');
    const before = previousOutput(out)();
    const browser = await launchBrowser({ ownSignals: true });
    let killed = false;
    const run = build({
      path: root,
      out,
      pdf: true,
      web: false,
      browser: Promise.resolve(browser),
      onProgress: (event) => {
        if (event.type === 'issue-step' && event.step === 'pdf' && !killed) {
          killed = true;
          browser.process()?.kill('SIGKILL');
        }
      },
    });
    const error = await run.then(() => undefined, (e: unknown) => e);
    expect(killed).toBe(true);
    expect(error).toBeInstanceOf(YuebaoError);
    const fault = describeFault(error);
    expect(fault.bug).toBe(false);
    expect(fault.message).toMatch(/Chromium 浏览器意外退出/);
    expect(snapshot(out)).toEqual(before);
    expect(stagingLeft(out)).toEqual([]);
  });

  it.skipIf(!canMount)('a read-only output disk: exit 2, one Chinese line, nothing changed', () => {
    const disk = ramDisk('4m')!;
    const out = join(disk, 'dist');
    const before = previousOutput(out)();
    execFileSync('mount', ['-o', 'remount,ro', disk]);
    const run = runCli(['build', join(FIXTURES, 'basic'), '--out', out, '--no-pdf', '--no-web']);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^yuebao：输出文件夹 .* 不能写入（只读或没有权限）/m);
    expect(run.stderr).not.toMatch(/内部错误|\n\s+at /);
    expect(snapshot(out)).toEqual(before);
  });

  it.skipIf(!canMount)('a full output disk: exit 2, one Chinese line, nothing changed, nothing left behind', () => {
    const disk = ramDisk('48k')!;
    const out = join(disk, 'dist');
    const before = previousOutput(out)();
    const run = runCli(['build', join(FIXTURES, 'basic'), '--out', out, '--no-pdf', '--no-web']);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^yuebao：磁盘已满/m);
    expect(run.stderr).not.toMatch(/内部错误|\n\s+at /);
    expect(snapshot(out)).toEqual(before);
    expect(stagingLeft(out)).toEqual([]);
  });

  it('Ctrl+C during a build: exit 2, says it stopped, nothing changed', async () => {
    const root = copyContent(join(FIXTURES, 'basic'));
    const out = join(tempDir('out'), 'dist');
    const before = previousOutput(out)();
    const child = spawn(process.execPath, [join(ROOT, 'bin', 'yuebao.js'), 'build', root, '--out', out], { cwd: ROOT });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
      // Progress lines come one per issue and step when not on a terminal: stop once printing starts.
      if (/印刷 PDF/.test(stderr) && child.exitCode === null && !child.killed) {
        child.kill('SIGINT');
        interruptedAt = Date.now();
      }
    });
    let interruptedAt = 0;
    const status = await new Promise<number | null>((done) => child.on('close', done));
    // Not a speed target: a hang. A page being opened when Chromium closed used to hold the build,
    // and then the process, for Puppeteer's 30 s target timeout.
    expect(Date.now() - interruptedAt, 'milliseconds from Ctrl+C to the prompt').toBeLessThan(10_000);
    expect(stderr).toMatch(/印刷 PDF/);
    expect(status).toBe(2);
    expect(stderr).toMatch(/已中止（Ctrl\+C）/);
    expect(stderr).not.toMatch(/内部错误|\n\s+at /);
    expect(snapshot(out)).toEqual(before);
    expect(stagingLeft(out)).toEqual([]);
  });
});

describe('a bug says it is one', () => {
  it('an unforeseen error is named an internal error of yuebao, with what to do', () => {
    const fault = describeFault(new TypeError('x is undefined'));
    expect(fault.bug).toBe(true);
    expect(fault.message).toMatch(/内部错误（这是 yuebao 的程序缺陷，不是内容的问题）：x is undefined/);
  });
});
