/**
 * Where is a Chromium to print with? PUPPETEER_EXECUTABLE_PATH wins, then the
 * usual install paths. Puppeteer's own download is never used (it cannot work
 * offline); scripts/setup.sh installs Debian's chromium when this finds none.
 */
import { accessSync, constants } from 'node:fs';
import { fileURLToPath } from 'node:url';

const USUAL_PATHS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** The browser executable, or undefined when there is none on this machine. */
export function findBrowser(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const override = env.PUPPETEER_EXECUTABLE_PATH || env.YUEBAO_BROWSER;
  if (override) return isExecutable(override) ? override : undefined;
  return USUAL_PATHS.find(isExecutable);
}

// `node --import tsx src/print/find-browser.ts` prints the path or exits 1 (used by scripts/setup.sh).
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const found = findBrowser();
  if (!found) process.exit(1);
  console.log(found);
}
