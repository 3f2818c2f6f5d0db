/**
 * Where is a Chromium-based browser to print with? PUPPETEER_EXECUTABLE_PATH
 * (or YUEBAO_BROWSER) wins; then the usual install places of Chrome, Chromium
 * and Edge on Windows, macOS and Linux, and the browsers of 统信 UOS and 麒麟
 * (browser-paths.ts, with the order and why); on Windows, last, the registry's
 * App Paths. Puppeteer's own download is never used (it cannot work offline);
 * scripts/setup.mjs installs Debian's chromium when this finds none.
 *
 * The machine is a `MachineView`, so the lookup is tested with a fake one.
 */
import { accessSync, constants, statSync } from 'node:fs';
import { homedir } from 'node:os';
import { posix, resolve, win32 } from 'node:path';
import { fileURLToPath } from 'node:url';
import { APP_PATHS_KEYS, browserCandidates, envVar } from './browser-paths.ts';
import { readRegistryDefault } from './windows-registry.ts';

/** What the lookup needs to know about the machine. */
export interface MachineView {
  platform: NodeJS.Platform;
  env: NodeJS.ProcessEnv;
  homedir: string;
  /** An existing file this user may run. */
  isExecutable(path: string): boolean;
  /** A Windows registry key's default value, as reg.exe prints it. */
  readRegistryDefault(key: string): string | undefined;
}

export function realMachine(env: NodeJS.ProcessEnv = process.env): MachineView {
  return { platform: process.platform, env, homedir: homedir(), isExecutable, readRegistryDefault };
}

/** The browser executable, or undefined when there is none on this machine. */
export function findBrowser(env: NodeJS.ProcessEnv = process.env): string | undefined {
  return locateBrowser(realMachine(env));
}

export function locateBrowser(machine: MachineView): string | undefined {
  const { platform, env } = machine;
  const override = unquote(env.PUPPETEER_EXECUTABLE_PATH || env.YUEBAO_BROWSER || '');
  // A wrong override is reported as no browser, not silently replaced by another one.
  if (override) return machine.isExecutable(override) ? override : undefined;

  const paths = platform === 'win32' ? win32 : posix;
  const searchPath = (envVar(env, 'PATH', platform) ?? '').split(paths.delimiter).filter(Boolean);
  for (const candidate of browserCandidates(platform, env, env.HOME || machine.homedir)) {
    const found = candidate.paths.find((path) => machine.isExecutable(path));
    if (found) return found;
    for (const command of candidate.commands ?? []) {
      const onPath = searchPath.map((dir) => paths.join(dir, command)).find((path) => machine.isExecutable(path));
      if (onPath) return onPath;
    }
  }

  // Asked last: each key is a reg.exe run (tens of milliseconds), and a browser
  // outside its usual folder is rare (an administrator's custom install).
  if (platform === 'win32') {
    for (const key of APP_PATHS_KEYS) {
      const value = machine.readRegistryDefault(key);
      const path = value && expandWindowsVars(unquote(value), env);
      if (path && machine.isExecutable(path)) return path;
    }
  }
  return undefined;
}

/** "C:\…\chrome.exe" as Explorer's 「复制文件地址」 gives it, or as App Paths may store it. */
function unquote(path: string): string {
  return path.trim().replace(/^"(.*)"$/, '$1');
}

/** %ProgramFiles% and the like, as in a REG_EXPAND_SZ value. */
function expandWindowsVars(path: string, env: NodeJS.ProcessEnv): string {
  return path.replace(/%([^%]+)%/g, (whole, name: string) => envVar(env, name, 'win32') ?? whole);
}

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

// `node --import tsx src/print/find-browser.ts` prints the path or exits 1 (used by scripts/setup.mjs).
if (process.argv[1] && sameFile(fileURLToPath(import.meta.url), process.argv[1])) {
  const found = findBrowser();
  if (!found) process.exit(1);
  console.log(found);
}

/** Windows paths differ in case only (c:\ and C:\) when typed by hand. */
function sameFile(a: string, b: string): boolean {
  return process.platform === 'win32' ? resolve(a).toLowerCase() === resolve(b).toLowerCase() : resolve(a) === resolve(b);
}
