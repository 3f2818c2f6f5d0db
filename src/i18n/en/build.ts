import type { build as zh } from '../zh/build.ts';

export const build: typeof zh = {
  noBrowser: "No browser found to print with (Edge, Chrome or Chromium). On Windows and macOS install Microsoft Edge or Google Chrome; on Debian, 统信 UOS or 麒麟 run `npm run sample` once (it installs chromium with apt) or install Chromium/Chrome yourself; for a browser installed elsewhere, set PUPPETEER_EXECUTABLE_PATH or YUEBAO_BROWSER",
  browserDidNotStart: (p) => `Chromium (${p.path}) did not start: ${p.detail}`,
  browserCrashed: (p) => `Chromium crashed or was killed while printing ${p.issue}: nothing was built and the output folder is as it was. Build again; if it keeps happening, check the free memory`,
  printFailed: (p) => `Printing ${p.issue} failed: ${p.detail}`,
  tocAnchorsMissing: (p) => `Printing ${p.issue}: no page found for ${p.anchors} (the 目录 would be wrong)`,
  outputNotWritable: (p) => `The output folder ${p.path} cannot be written (read-only or no permission): choose another with --out, or change its permissions. Nothing in it was changed`,
  diskFull: (p) => `The disk is full: ${p.path} cannot be written. Free some space and build again. Nothing in it was changed`,
  tooManyFiles: 'Too many files open at once: close some programs and build again',
  outputIsFile: (p) => `${p.path} is a file, not a folder: name a folder with --out`,
  searchIndex: (p) => `The search index could not be made: ${p.detail}`,
  pageImages: (p) => `Drawing the pages of ${p.pdf} failed: ${p.detail}`,
  pageImagesWebp: (p) => `this Chromium does not encode WebP (got ${p.got}…)`,
  pageImagesWidth: (p) => `Page images: width must be a positive whole number, not ${p.width}`,
  pageImagesQuality: (p) => `Page images: quality must be between 0 and 1, not ${p.quality}`,
  fittingHeading: 'Copyfitting (no page with only a few lines):',
  fitted: (p) => `  ${p.issue} “${p.title}”: tracking and leading tightened ${p.level} step(s); the last page's lines pulled back`,
  notFitted: (p) => `  ${p.issue} “${p.title}”: about ${p.lines} lines on its last page, and the tightening limits cannot pull them back; cut about ${p.cut} characters, or make a photo smaller or drop it`,
  needsDisk: 'Printing PDFs and the web edition needs an output folder on disk (an in-memory output holds the print HTML only)',
};
