/**
 * Ghostscript, found and run. On Debian (统信 UOS, 麒麟) it is the `gs` of the
 * ghostscript package, which scripts/setup.mjs installs as it installs
 * chromium; on Windows the installer's gswin64c.exe; YUEBAO_GS names another.
 * Runs are offline by nature (gs reads files, nothing else) and sandboxed
 * (-dSAFER: it may read only the files given to it).
 */
import { execFile } from 'node:child_process';
import { accessSync, constants, readdirSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { YuebaoError } from '../errors.ts';
import { t } from '../i18n/index.ts';

let found: string | null | undefined;

export function findGhostscript(): string | undefined {
  if (found !== undefined) return found ?? undefined;
  const named = process.env.YUEBAO_GS;
  const names = process.platform === 'win32' ? ['gswin64c.exe', 'gswin32c.exe'] : ['gs'];
  const onPath = (process.env.PATH ?? '').split(delimiter).flatMap((dir) => names.map((name) => join(dir, name)));
  const installed = process.platform === 'win32' ? windowsInstalls(names) : ['/usr/bin/gs', '/usr/local/bin/gs', '/opt/homebrew/bin/gs'];
  found = [...(named ? [named] : []), ...onPath, ...installed].find(isExecutable) ?? null;
  return found ?? undefined;
}

/** C:\Program Files\gs\gs10.xx\bin\gswin64c.exe, newest first. */
function windowsInstalls(names: string[]): string[] {
  const base = join(process.env.ProgramFiles ?? 'C:\\Program Files', 'gs');
  try {
    return readdirSync(base)
      .sort()
      .reverse()
      .flatMap((version) => names.map((name) => join(base, version, 'bin', name)));
  } catch {
    return [];
  }
}

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

export interface GsRun {
  stdout: string;
  stderr: string;
}

/** Runs Ghostscript with `args` (batch mode, no prompts); a failure is a YuebaoError that says what gs said. */
export function runGhostscript(args: string[], options: { env?: Record<string, string>; what: string }): Promise<GsRun> {
  const gs = findGhostscript();
  if (!gs) return Promise.reject(new YuebaoError(t().press.noGhostscript));
  return new Promise((resolve, reject) => {
    execFile(
      gs,
      ['-q', '-dNOPAUSE', '-dBATCH', '-dSAFER', ...args],
      { env: { ...process.env, ...options.env }, maxBuffer: 64 * 1024 * 1024, timeout: 10 * 60_000, encoding: 'utf8' },
      (error, stdout, stderr) => {
        if (error) {
          const said = `${stderr}\n${stdout}`.split('\n').map((l) => l.trim()).filter(Boolean).slice(0, 3).join(' ');
          reject(new YuebaoError(t().press.ghostscriptFailed({ what: options.what, detail: said || error.message }), { cause: error }));
        } else resolve({ stdout, stderr });
      },
    );
  });
}
