#!/usr/bin/env node
// The `yuebao` command. The sources are TypeScript in src/. To start fast, the
// CLI runs from a bundle that esbuild (installed with tsx) writes to
// node_modules/.cache/yuebao/ and rewrites whenever a file in src/ is newer;
// code-split, so modules load only when a command needs them. If the bundle
// cannot be made, the sources run through tsx's loader instead.
import { mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const src = join(root, 'src');
const cacheDir = join(root, 'node_modules', '.cache', 'yuebao');
const entry = join(cacheDir, 'cli', 'main.js');

function newestSource(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(path) : statSync(path).mtimeMs);
  }
  return newest;
}

function bundleMtime() {
  try {
    return statSync(entry).mtimeMs;
  } catch {
    return -1;
  }
}

async function bundle() {
  const { build } = await import('esbuild');
  // Written beside, then renamed into place, so parallel runs never see half a bundle.
  const tmp = join(cacheDir, `.build-${process.pid}`);
  await build({
    entryPoints: [join(src, 'cli', 'main.ts')],
    outdir: join(tmp, 'cli'),
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    // Dependencies are bundled too (hundreds of small files read once as one), except those
    // with native parts or files of their own (heic-decode: libheif's wasm, which finds itself by __dirname; subset-font: harfbuzz's wasm, the same).
    external: ['puppeteer', 'sharp', '@fontsource/*', 'heic-decode', 'subset-font'],
    chunkNames: '../chunks/[name]-[hash]',
    // CommonJS dependencies (commander, handlebars …) call require() for Node's own modules.
    banner: { js: "import { createRequire as __yuebaoRequire } from 'node:module'; const require = __yuebaoRequire(import.meta.url);" },
    logLevel: 'silent',
  });
  const old = join(cacheDir, `.old-${process.pid}`);
  mkdirSync(old, { recursive: true });
  try {
    for (const part of ['cli', 'chunks']) {
      try {
        renameSync(join(cacheDir, part), join(old, part));
      } catch {
        // nothing there yet
      }
    }
    for (const part of ['cli', 'chunks']) renameSync(join(tmp, part), join(cacheDir, part));
  } finally {
    rmSync(old, { recursive: true, force: true });
    rmSync(tmp, { recursive: true, force: true });
  }
}

let runFrom = entry;
try {
  if (process.env.YUEBAO_NO_BUNDLE) throw new Error('bundle disabled');
  if (bundleMtime() < newestSource(src)) await bundle();
} catch {
  runFrom = undefined;
}

if (runFrom) {
  await import(pathToFileURL(runFrom).href);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import('../src/cli/main.ts');
}
