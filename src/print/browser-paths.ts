/**
 * Where Chromium-based browsers are installed, per operating system, in the
 * order yuebao prefers them. Pure lists: find-browser.ts checks them.
 *
 * The order, and why:
 *  1. Chrome and Chromium first. Puppeteer is made and tested against Chrome,
 *     and yuebao's print output (its tests, the benchmark) is measured on
 *     Chromium: the same browser prints the same pages.
 *  2. Edge next. The same Blink engine, kept as recent by Windows Update, and
 *     on every Windows 10 and 11: on an office PC it is usually the only one.
 *  3. The browsers of 统信 UOS and 麒麟 Kylin last: Chromium forks that are often
 *     several versions behind (奇安信 on Chromium 107 lacks `text-spacing-trim`,
 *     Chromium ≥ 123, which print.css uses for punctuation), so they print, but
 *     a real Chromium installed beside them prints better.
 * On Linux Debian's chromium (what setup installs) comes before Chrome.
 */
import { posix, win32 } from 'node:path';

/** One browser: its usual executables (absolute), then command names looked up on PATH. */
export interface BrowserCandidate {
  name: string;
  paths: string[];
  commands?: string[];
}

/** The Windows registry keys (App Paths) whose default value is where an exe was installed. */
export const APP_PATHS_EXES = ['chrome.exe', 'msedge.exe'];
export const APP_PATHS_KEYS = APP_PATHS_EXES.flatMap((exe) =>
  ['HKLM', 'HKCU'].map((hive) => `${hive}\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\App Paths\\${exe}`),
);

export function browserCandidates(platform: NodeJS.Platform, env: NodeJS.ProcessEnv, home: string): BrowserCandidate[] {
  if (platform === 'win32') return windowsCandidates(env);
  if (platform === 'darwin') return macCandidates(home);
  return linuxCandidates();
}

/** An environment variable by name, ignoring case on Windows (`Path`, `LocalAppData` …), as Windows does. */
export function envVar(env: NodeJS.ProcessEnv, name: string, platform: NodeJS.Platform): string | undefined {
  if (env[name] !== undefined || platform !== 'win32') return env[name] || undefined;
  const key = Object.keys(env).find((k) => k.toLowerCase() === name.toLowerCase());
  return (key && env[key]) || undefined;
}

function windowsCandidates(env: NodeJS.ProcessEnv): BrowserCandidate[] {
  const get = (name: string) => envVar(env, name, 'win32');
  // A 32-bit Node sees ProgramFiles as the (x86) folder; ProgramW6432 is then the 64-bit one.
  const programFiles = unique([get('ProgramFiles'), get('ProgramW6432'), 'C:\\Program Files']);
  const programFilesX86 = unique([get('ProgramFiles(x86)'), 'C:\\Program Files (x86)']);
  const profile = get('USERPROFILE');
  const localAppData = unique([get('LOCALAPPDATA'), profile && win32.join(profile, 'AppData', 'Local')]);
  const under = (roots: string[], ...rest: string[]) => roots.map((root) => win32.join(root, ...rest));
  return [
    // Chrome installs for all users into Program Files, or for one user (no admin rights) into LocalAppData.
    { name: 'Chrome', paths: under([...programFiles, ...programFilesX86, ...localAppData], 'Google', 'Chrome', 'Application', 'chrome.exe') },
    { name: 'Chromium', paths: under([...localAppData, ...programFiles], 'Chromium', 'Application', 'chrome.exe') },
    // Edge ships in Program Files (x86) even on 64-bit Windows.
    { name: 'Edge', paths: under([...programFilesX86, ...programFiles, ...localAppData], 'Microsoft', 'Edge', 'Application', 'msedge.exe') },
  ];
}

function macCandidates(home: string): BrowserCandidate[] {
  const apps = ['/Applications', posix.join(home, 'Applications')];
  const app = (bundle: string, exe: string) => apps.map((dir) => posix.join(dir, `${bundle}.app`, 'Contents', 'MacOS', exe));
  return [
    { name: 'Chrome', paths: app('Google Chrome', 'Google Chrome') },
    { name: 'Chromium', paths: app('Chromium', 'Chromium') },
    { name: 'Edge', paths: app('Microsoft Edge', 'Microsoft Edge') },
  ];
}

function linuxCandidates(): BrowserCandidate[] {
  return [
    { name: 'Chromium', paths: ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/snap/bin/chromium'], commands: ['chromium', 'chromium-browser'] },
    { name: 'Chrome', paths: ['/usr/bin/google-chrome', '/usr/bin/google-chrome-stable', '/opt/google/chrome/chrome'], commands: ['google-chrome', 'google-chrome-stable'] },
    { name: 'Edge', paths: ['/usr/bin/microsoft-edge', '/usr/bin/microsoft-edge-stable', '/opt/microsoft/msedge/msedge'], commands: ['microsoft-edge', 'microsoft-edge-stable'] },
    // 统信 UOS's own 浏览器 (org.deepin.browser): a launcher in /usr/bin, the program in /usr/lib/browser.
    { name: 'UOS 浏览器', paths: ['/usr/bin/browser', '/usr/lib/browser/browser'] },
    // 麒麟 Kylin V10 ships 奇安信可信浏览器; newer Kylin releases their own 麒麟浏览器.
    { name: '奇安信可信浏览器', paths: ['/usr/bin/qaxbrowser-safe-stable', '/opt/qianxin.com/qaxbrowser/qaxbrowser-safe', '/opt/qianxin.com/qaxbrowser/qaxbrowser'], commands: ['qaxbrowser-safe-stable', 'qaxbrowser-safe'] },
    { name: '麒麟浏览器', paths: [], commands: ['kylin-browser'] },
    // 360 安全浏览器: the UOS/Kylin app-store package (/opt/apps/<id>/files), and the older deb.
    { name: '360 安全浏览器', paths: ['/opt/apps/com.360.browser-stable/files/com.360.browser-stable', '/usr/bin/browser360-cn-stable', '/opt/browser360/browser360'], commands: ['browser360-cn-stable'] },
  ];
}

function unique(values: (string | undefined)[]): string[] {
  const seen = new Set<string>();
  return values.filter((v): v is string => {
    if (!v || seen.has(v.toLowerCase())) return false;
    seen.add(v.toLowerCase());
    return true;
  });
}
