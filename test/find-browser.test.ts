/**
 * The browser lookup on machines we do not have: a fake filesystem (the
 * executables that exist), a fake registry and a fake environment per case.
 */
import { describe, expect, it } from 'vitest';
import { locateBrowser, type MachineView } from '../src/print/find-browser.ts';
import { parseRegQuery } from '../src/print/windows-registry.ts';

const WINDOWS_ENV = {
  ProgramFiles: 'C:\\Program Files',
  'ProgramFiles(x86)': 'C:\\Program Files (x86)',
  LOCALAPPDATA: 'C:\\Users\\张伟\\AppData\\Local',
  Path: 'C:\\Windows\\system32;C:\\Windows',
};

function machine(platform: NodeJS.Platform, files: string[], options: { env?: NodeJS.ProcessEnv; registry?: Record<string, string>; home?: string } = {}) {
  const checked: string[] = [];
  const registryReads: string[] = [];
  const view: MachineView = {
    platform,
    env: options.env ?? (platform === 'win32' ? WINDOWS_ENV : { PATH: '/usr/local/bin:/usr/bin:/bin' }),
    homedir: options.home ?? '/Users/editor',
    isExecutable: (path) => {
      checked.push(path);
      return files.includes(path);
    },
    readRegistryDefault: (key) => {
      registryReads.push(key);
      return options.registry?.[key];
    },
  };
  return { view, checked, registryReads };
}

const EDGE_X86 = 'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe';
const CHROME_USER = 'C:\\Users\\张伟\\AppData\\Local\\Google\\Chrome\\Application\\chrome.exe';
const APP_PATHS = 'SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\App Paths';

describe('findBrowser on Windows', () => {
  it('finds Edge where Windows puts it, in Program Files (x86), without asking the registry', () => {
    const { view, registryReads } = machine('win32', [EDGE_X86]);
    expect(locateBrowser(view)).toBe(EDGE_X86);
    expect(registryReads).toEqual([]);
  });

  it('finds Chrome installed for one user in LocalAppData', () => {
    expect(locateBrowser(machine('win32', [CHROME_USER]).view)).toBe(CHROME_USER);
  });

  it('prefers Chrome to Edge when both are there', () => {
    expect(locateBrowser(machine('win32', [EDGE_X86, CHROME_USER]).view)).toBe(CHROME_USER);
  });

  it('reads the environment as Windows does, ignoring case', () => {
    const env = { PROGRAMFILES: 'D:\\Apps', localappdata: 'D:\\Users\\li\\AppData\\Local' };
    const chrome = 'D:\\Apps\\Google\\Chrome\\Application\\chrome.exe';
    expect(locateBrowser(machine('win32', [chrome], { env }).view)).toBe(chrome);
  });

  it('falls back to the registry App Paths for a browser in an unusual folder, expanding %vars% and quotes', () => {
    const edge = 'D:\\Software\\Edge\\msedge.exe';
    const registry = { [`HKCU\\${APP_PATHS}\\msedge.exe`]: '"%SOFTWARE%\\Edge\\msedge.exe"' };
    const { view, registryReads } = machine('win32', [edge], { registry, env: { ...WINDOWS_ENV, SOFTWARE: 'D:\\Software' } });
    expect(locateBrowser(view)).toBe(edge);
    expect(registryReads).toContain(`HKLM\\${APP_PATHS}\\chrome.exe`);
  });

  it('does not trust a registry entry whose file is gone', () => {
    const registry = { [`HKLM\\${APP_PATHS}\\chrome.exe`]: 'E:\\Old\\chrome.exe' };
    expect(locateBrowser(machine('win32', [], { registry }).view)).toBeUndefined();
  });
});

describe('findBrowser on macOS', () => {
  it('finds Edge in /Applications', () => {
    const edge = '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge';
    expect(locateBrowser(machine('darwin', [edge]).view)).toBe(edge);
  });

  it('finds Chrome in the user’s own Applications folder, before Edge', () => {
    const chrome = '/Users/editor/Applications/Google Chrome.app/Contents/MacOS/Google Chrome';
    const edge = '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge';
    expect(locateBrowser(machine('darwin', [edge, chrome]).view)).toBe(chrome);
  });
});

describe('findBrowser on Linux, 统信 UOS and 麒麟', () => {
  it('finds the UOS 浏览器', () => {
    expect(locateBrowser(machine('linux', ['/usr/bin/browser']).view)).toBe('/usr/bin/browser');
  });

  it('finds 奇安信可信浏览器 and the 360 browser where their packages put them', () => {
    const qax = '/opt/qianxin.com/qaxbrowser/qaxbrowser-safe';
    const b360 = '/opt/apps/com.360.browser-stable/files/com.360.browser-stable';
    expect(locateBrowser(machine('linux', [qax]).view)).toBe(qax);
    expect(locateBrowser(machine('linux', [b360]).view)).toBe(b360);
  });

  it('prefers a real Chromium to the forks', () => {
    expect(locateBrowser(machine('linux', ['/usr/bin/browser', '/usr/bin/chromium']).view)).toBe('/usr/bin/chromium');
  });

  it('looks commands up on PATH', () => {
    const env = { PATH: '/home/editor/bin:/usr/bin' };
    expect(locateBrowser(machine('linux', ['/home/editor/bin/google-chrome'], { env }).view)).toBe('/home/editor/bin/google-chrome');
  });

  it('never asks the registry off Windows', () => {
    const { view, registryReads } = machine('linux', []);
    locateBrowser(view);
    expect(registryReads).toEqual([]);
  });
});

describe('the override and nothing found', () => {
  it('PUPPETEER_EXECUTABLE_PATH wins over every usual place', () => {
    const env = { ...WINDOWS_ENV, PUPPETEER_EXECUTABLE_PATH: '"D:\\Portable\\chrome.exe"' };
    expect(locateBrowser(machine('win32', [EDGE_X86, 'D:\\Portable\\chrome.exe'], { env }).view)).toBe('D:\\Portable\\chrome.exe');
  });

  it('an override pointing at a missing file is no browser, not another one', () => {
    const env = { PATH: '/usr/bin', YUEBAO_BROWSER: '/opt/gone/chrome' };
    expect(locateBrowser(machine('linux', ['/usr/bin/chromium'], { env }).view)).toBeUndefined();
  });

  it('is undefined when there is none, after looking everywhere (Edge, the last usual place, included)', () => {
    const lastTried = { win32: 'C:\\Users\\张伟\\AppData\\Local\\Microsoft\\Edge\\Application\\msedge.exe', darwin: '/Users/editor/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge', linux: '/bin/browser360-cn-stable' };
    for (const platform of ['win32', 'darwin', 'linux'] as const) {
      const { view, checked } = machine(platform, []);
      expect(locateBrowser(view)).toBeUndefined();
      expect(checked.at(-1)).toBe(lastTried[platform]);
    }
  });
});

describe('reg query output', () => {
  it('gives the default value in English and in Chinese Windows', () => {
    const english = `\r\nHKEY_LOCAL_MACHINE\\${APP_PATHS}\\chrome.exe\r\n    (Default)    REG_SZ    C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe\r\n\r\n`;
    const chinese = `\r\nHKEY_CURRENT_USER\\${APP_PATHS}\\msedge.exe\r\n    (默认)    REG_EXPAND_SZ    %LOCALAPPDATA%\\Microsoft\\Edge\\Application\\msedge.exe\r\n\r\n`;
    expect(parseRegQuery(english)).toBe('C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe');
    expect(parseRegQuery(chinese)).toBe('%LOCALAPPDATA%\\Microsoft\\Edge\\Application\\msedge.exe');
    expect(parseRegQuery(`\r\nHKEY_LOCAL_MACHINE\\${APP_PATHS}\\chrome.exe\r\n`)).toBeUndefined();
  });
});
