#!/usr/bin/env node
// Makes a fresh machine ready for yuebao, and does nothing on one that is ready:
//  1. npm packages (npm ci) when node_modules is missing or older than the lock file;
//  2. a browser to print with (src/print/find-browser.ts: PUPPETEER_EXECUTABLE_PATH,
//     then Chrome, Chromium, Edge, the browsers of 统信 UOS and 麒麟). When there is
//     none: Debian's chromium from apt (as root), or on Windows and macOS a word
//     on installing Edge or Chrome.
// Puppeteer's own browser download cannot work offline, so it is always skipped.
// Plain JavaScript with no dependencies: it runs before npm ci, on Windows too (no sh).
// It speaks Chinese like the rest of yuebao, English with YUEBAO_LANG=en.
import { spawnSync } from 'node:child_process';
import { accessSync, constants, statSync } from 'node:fs';
import { delimiter, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const windows = process.platform === 'win32';
const env = { ...process.env, PUPPETEER_SKIP_DOWNLOAD: '1' };
const english = (process.env.YUEBAO_LANG || 'zh').startsWith('en');
const say = (zh, en) => console.log(english ? en : zh);
const complain = (zh, en) => console.error(english ? en : zh);

const major = Number(process.versions.node.split('.')[0]);
if (major < 20) {
  complain(
    `yuebao：需要 Node.js 20 或更新的版本，这台电脑上是 ${process.version}。请从 https://nodejs.org/zh-cn 下载安装 LTS（长期支持）版。`,
    `yuebao: needs Node.js 20 or newer; this computer has ${process.version}. Install the LTS version from https://nodejs.org.`,
  );
  process.exit(1);
}

function mtime(path) {
  try {
    return statSync(join(root, path)).mtimeMs;
  } catch {
    return undefined;
  }
}

/** Runs a command in the repository, its output shown; exits as it did when it failed (like `set -e`). */
function run(command, args, options = {}) {
  const result = spawnSync(command, args, { cwd: root, env, stdio: 'inherit', ...options });
  if (result.error) {
    complain(`yuebao：无法运行 ${command}：${result.error.message}`, `yuebao: could not run ${command}: ${result.error.message}`);
    process.exit(1);
  }
  if (result.status !== 0) process.exit(result.status ?? 1);
}

const installed = mtime('node_modules/.package-lock.json');
if (installed === undefined || mtime('package-lock.json') > installed) {
  say('yuebao：正在安装 npm 软件包（npm ci）……', 'yuebao: installing npm packages (npm ci) …');
  const args = ['ci', '--no-audit', '--no-fund', '--loglevel=error'];
  // npm is npm.cmd on Windows, which Node runs only through the shell (given as one line:
  // newer Node warns about arguments passed beside shell: true).
  if (windows) run(['npm', ...args].join(' '), [], { shell: true });
  else run('npm', args);
}

const lookup = spawnSync(process.execPath, ['--import', 'tsx', join('src', 'print', 'find-browser.ts')], { cwd: root, env, stdio: 'ignore' });
const override = process.env.PUPPETEER_EXECUTABLE_PATH || process.env.YUEBAO_BROWSER;
if (lookup.status !== 0 && override) {
  // Installing another browser would not help: the one named wins (find-browser.ts).
  complain(
    `yuebao：PUPPETEER_EXECUTABLE_PATH 或 YUEBAO_BROWSER 指明的浏览器 ${override} 不存在或不能运行：请改正这个路径，或去掉这个环境变量。`,
    `yuebao: the browser named by PUPPETEER_EXECUTABLE_PATH or YUEBAO_BROWSER, ${override}, does not exist or cannot run: correct the path, or unset the variable.`,
  );
  process.exit(1);
}
if (lookup.status !== 0) {
  if (process.platform === 'linux' && process.getuid?.() === 0 && onPath('apt-get')) {
    say('yuebao：没有找到 Chromium 浏览器，正在用 apt-get 安装 Debian 的 chromium……', "yuebao: no Chromium found; installing Debian's chromium with apt-get …");
    run('apt-get', ['update', '-qq']);
    run('apt-get', ['install', '-y', '-qq', 'chromium'], { env: { ...env, DEBIAN_FRONTEND: 'noninteractive' }, stdio: ['inherit', 'ignore', 'inherit'] });
  } else if (windows) {
    complain('yuebao：没有找到 Edge 或 Chrome 浏览器，yuebao 要用它来生成 PDF。', 'yuebao: no Edge or Chrome found; yuebao prints its PDFs with one.');
    complain(
      '        Windows 10 和 11 自带 Microsoft Edge；如果它被卸载了，请安装 Edge（https://www.microsoft.com/zh-cn/edge）或 Chrome，然后再试一次。',
      '        Windows 10 and 11 come with Microsoft Edge; if it was removed, install Edge (https://www.microsoft.com/edge) or Chrome, then try again.',
    );
    complain('        浏览器装在别的位置时，可用环境变量 YUEBAO_BROWSER 指明 msedge.exe 或 chrome.exe 的完整路径。', '        If it is installed somewhere else, set YUEBAO_BROWSER to the full path of msedge.exe or chrome.exe.');
    process.exit(1);
  } else if (process.platform === 'darwin') {
    complain('yuebao：没有找到 Chrome 或 Edge 浏览器，yuebao 要用它来生成 PDF。', 'yuebao: no Chrome or Edge found; yuebao prints its PDFs with one.');
    complain(
      '        请安装 Google Chrome 或 Microsoft Edge（拖进“应用程序”文件夹），然后再试一次。',
      '        Install Google Chrome or Microsoft Edge (drag it into Applications), then try again.',
    );
    process.exit(1);
  } else {
    complain('yuebao：没有找到 Chromium 或 Chrome 浏览器。请安装一个（Debian：sudo apt-get install chromium），', 'yuebao: no Chromium or Chrome found. Install one (Debian: sudo apt-get install chromium)');
    complain('        或用 PUPPETEER_EXECUTABLE_PATH 指明它的位置。', '        or set PUPPETEER_EXECUTABLE_PATH to its executable.');
    process.exit(1);
  }
}

// 3. Ghostscript, for the print shop's PDF (`yuebao build --press`: CMYK, PDF/X-1a). Only that
//    command needs it, so a machine without it is told how to get it but is not stopped.
if (!onPath(windows ? 'gswin64c.exe' : 'gs') && !process.env.YUEBAO_GS) {
  if (process.platform === 'linux' && process.getuid?.() === 0 && onPath('apt-get')) {
    say('yuebao：没有找到 Ghostscript（生成印刷厂版 PDF 要用），正在用 apt-get 安装 Debian 的 ghostscript……', "yuebao: no Ghostscript found (the print shop's PDF needs it); installing Debian's ghostscript with apt-get …");
    run('apt-get', ['update', '-qq']);
    run('apt-get', ['install', '-y', '-qq', 'ghostscript'], { env: { ...env, DEBIAN_FRONTEND: 'noninteractive' }, stdio: ['inherit', 'ignore', 'inherit'] });
  } else {
    say(
      'yuebao：没有找到 Ghostscript。生成印刷厂版 PDF（yuebao build --press）要用它：Debian、统信 UOS、麒麟上运行 sudo apt-get install ghostscript；Windows 上安装 Ghostscript（gswin64c.exe）。其他功能不受影响。',
      "yuebao: Ghostscript not found. The print shop's PDF (yuebao build --press) needs it: on Debian, 统信 UOS or 麒麟 run sudo apt-get install ghostscript; on Windows install Ghostscript (gswin64c.exe). Everything else works without it.",
    );
  }
}

/** `command -v NAME`: is NAME an executable in a PATH folder? */
function onPath(name) {
  return (process.env.PATH || '').split(delimiter).some((dir) => {
    try {
      accessSync(join(dir, name), constants.X_OK);
      return true;
    } catch {
      return false;
    }
  });
}
