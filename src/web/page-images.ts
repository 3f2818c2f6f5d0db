/**
 * Pictures of the printed pages for the web edition: pdf.js (the pdfjs-dist
 * package) draws each page of the PDF on a canvas in a page of the running
 * Chromium, and the canvas is exported as WebP.
 *
 * The page stays on about:blank and may fetch nothing (openOfflinePage with no
 * allowed folders): a file:// page could not import modules or start workers
 * from other file:// URLs anyway. So Node hands everything in through one
 * exposed function: pdf.js and its worker as source text (run from blob: URLs),
 * the PDF's bytes, and any CMap, standard font or wasm file pdf.js asks for.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Browser } from 'puppeteer';
import { openOfflinePage } from '../print/browser.ts';
import { isInside } from '../core/paths.ts';
import { YuebaoError } from '../errors.ts';
import { t } from '../i18n/index.ts';

export interface PageImage {
  /** A 128-bit hash of the drawn pixels (32 hex digits): the same page looks the same. */
  hash: string;
  /** The WebP; absent when `hash` was one of the `known` ones (the picture is already there). */
  data?: Uint8Array;
  width: number;
  height: number;
  /** The same page at the `smaller` widths asked for, widest first (none for a known page). */
  smaller: Array<{ data: Uint8Array; width: number; height: number }>;
}

export interface PageImageOptions {
  /** Width of each image in pixels (CSS px at a device pixel ratio of 1). */
  width?: number;
  /** WebP quality, 0–1. */
  quality?: number;
  /**
   * Narrower copies of each page (e.g. for a page turner and thumbnails),
   * scaled down from the same drawing: one pdf.js pass for all sizes.
   */
  smaller?: number[];
  /**
   * Hashes of pages drawn before (the last build's): a page whose pixels
   * hash to one of them is not encoded again. Encoding costs more than
   * drawing, and an edit to one article leaves most pages as they were.
   */
  known?: string[];
}

/** Renders every page of the PDF at `pdfPath` to a WebP image `width` CSS px wide (quality ~0.8), in page order. */
export async function renderPdfPages(browser: Browser, pdfPath: string, options: PageImageOptions = {}): Promise<PageImage[]> {
  const width = options.width ?? 900;
  const quality = options.quality ?? 0.8;
  const smaller = [...(options.smaller ?? [])].sort((a, b) => b - a);
  // They go into the page's script as text: numbers only.
  for (const w of [width, ...smaller]) if (!Number.isInteger(w) || w < 1) throw new YuebaoError(t().build.pageImagesWidth({ width: String(w) }));
  if (!(quality >= 0 && quality <= 1)) throw new YuebaoError(t().build.pageImagesQuality({ quality: String(quality) }));
  const pdf = readFileSync(pdfPath);
  const page = await openOfflinePage(browser, []);
  try {
    await page.exposeFunction('yuebaoFile', (name: string) => readForPage(name, pdf));
    await page.addScriptTag({ content: PAGE_SCRIPT });
    const known = (options.known ?? []).filter((h) => /^[0-9a-f]{32}$/.test(h));
    const drawn = (await page.evaluate(`yuebaoPdf(${width}, ${quality}, ${JSON.stringify(smaller)}, ${JSON.stringify(known)})`)) as Array<{ hash: string; images: Drawn[] }>;
    const prefix = 'data:image/webp;base64,';
    const decode = ({ url, width, height }: Drawn) => {
      // Chromium quietly gives a PNG if it cannot encode the type asked for.
      if (!url!.startsWith(prefix)) throw new YuebaoError(t().build.pageImagesWebp({ got: url!.slice(0, 30) }));
      return { data: new Uint8Array(Buffer.from(url!.slice(prefix.length), 'base64')), width, height };
    };
    return drawn.map(({ hash, images: [full, ...rest] }) => (full.url ? { hash, ...decode(full), smaller: rest.map(decode) } : { hash, width: full.width, height: full.height, smaller: [] }));
  } catch (cause) {
    if (cause instanceof YuebaoError) throw cause;
    throw new YuebaoError(t().build.pageImages({ pdf: pdfPath, detail: (cause as Error).message }), { cause });
  } finally {
    await page.close().catch(() => {});
  }
}

interface Drawn {
  /** Absent for a known page. */
  url?: string;
  width: number;
  height: number;
}

const pdfjsRoot = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
/** The folders of pdfjs-dist the page may read (pdf.js asks for files by name in these). */
const PDFJS_FOLDERS = ['build', 'cmaps', 'standard_fonts', 'wasm'];

/** What `yuebaoFile(name)` gives the page: the PDF ("document") or a file of pdfjs-dist, in base64 (pdf.js's scripts as they are). */
function readForPage(name: string, pdf: Buffer): string {
  if (name === 'document') return pdf.toString('base64');
  // Only files inside pdfjs-dist's own folders, whatever the page asks for.
  const path = join(pdfjsRoot, name);
  if (!PDFJS_FOLDERS.some((folder) => isInside(join(pdfjsRoot, folder), path))) throw new Error(`not a pdf.js file: ${name}`);
  return name.endsWith('.mjs') ? readFileSync(path, 'utf8') : readFileSync(path).toString('base64');
}

/** Pages drawn but not yet encoded, at most: enough to keep every thread busy, few enough for memory (14.5 MB each at 1600 px). */
const AHEAD = 6;
/** Workers encoding WebP: on two cores, the second keeps both busy once pdf.js has parsed every page. */
const ENCODERS = 2;

/**
 * Runs in a worker of the page: one page's pixels in, the hash of the pixels
 * and data: URLs of its WebP at full size and at each smaller width out —
 * or only the hash, when it is a known one. Each smaller copy is scaled
 * from the one before it (high-quality smoothing), halving at most per step
 * so that thin strokes of text stay even.
 */
const ENCODER_SCRIPT = `
const encode = async (canvas, quality) => {
  const blob = await canvas.convertToBlob({ type: 'image/webp', quality });
  return { url: new FileReaderSync().readAsDataURL(blob), width: canvas.width, height: canvas.height };
};
// 128 bits over the pixels, as four 32-bit multiply-xor lanes: crypto.subtle is not there (a blob: worker of
// about:blank is no secure context), and a page only has to be told from the other pages of its issue.
const pixelHash = (pixels, width, height) => {
  const words = new Uint32Array(pixels.buffer, pixels.byteOffset, pixels.byteLength >> 2);
  let a = 0x811c9dc5 ^ width, b = 0x9e3779b9 ^ height, c = 0x85ebca6b, d = 0xc2b2ae35;
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    a = Math.imul(a ^ w, 0x01000193);
    b = Math.imul(b ^ w, 0x5bd1e995);
    c = Math.imul(c ^ w, 0x27d4eb2f) ^ (c >>> 13);
    d = Math.imul(d ^ w, 0x165667b1) ^ (d >>> 16);
  }
  return [a, b, c, d].map((x) => (x >>> 0).toString(16).padStart(8, '0')).join('');
};
onmessage = async ({ data: { n, bitmap, quality, smaller, known } }) => {
  try {
    let canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const context = canvas.getContext('2d', { willReadFrequently: true });
    context.drawImage(bitmap, 0, 0);
    bitmap.close();
    const hash = pixelHash(context.getImageData(0, 0, canvas.width, canvas.height).data, canvas.width, canvas.height);
    if (known.includes(hash)) return postMessage({ n, hash, images: [{ width: canvas.width, height: canvas.height }] });
    const images = [await encode(canvas, quality)];
    for (const width of smaller) {
      while (canvas.width > width) {
        const w = Math.max(width, Math.ceil(canvas.width / 2));
        const next = new OffscreenCanvas(w, Math.round((canvas.height * w) / canvas.width));
        const context = next.getContext('2d');
        context.imageSmoothingQuality = 'high';
        context.drawImage(canvas, 0, 0, next.width, next.height);
        canvas = next;
      }
      images.push(await encode(canvas, quality));
    }
    postMessage({ n, hash, images });
  } catch (error) {
    postMessage({ n, error: String(error) });
  }
};
`;

/**
 * Runs in the page, as plain JavaScript text rather than a function: tsx (which
 * runs the sources when the bundle cannot be made, and the bench) compiles with
 * keepNames, and the `__name(…)` calls it adds inside functions do not exist in
 * the page.
 *
 * The work is shared out over threads: pdf.js's worker parses each page, the
 * main thread draws it on a canvas, and workers of ours encode the WebP, which
 * costs about as much as the rest (for the 44-page sample, CPU seconds: ~3
 * parsing, ~2.5 drawing, ~3.5 encoding). canvas.toDataURL would encode on the
 * main thread, one page after another: ~9 s instead of ~6 s on two cores.
 *
 * pdf.js and its worker are modules, run from blob: URLs. Chromium refuses a
 * module worker from a blob: URL in about:blank's opaque origin, but a classic
 * worker starts, and may import() the module. pdf.js sends it nothing before
 * it says "ready" (messages sent before the module has loaded would be lost).
 * The worker gets CMaps, standard fonts and wasm through the main thread
 * (useWorkerFetch: false), which asks Node. pdf.js fills the canvas white, so
 * the WebP has no alpha.
 */
const PAGE_SCRIPT = String.raw`
(() => {
  // Uint8Array.fromBase64 is new (Chromium 140); the fallback takes ~0.2 s for a 1.5 MB PDF.
  const fromBase64 = Uint8Array.fromBase64 ? (text) => Uint8Array.fromBase64(text) : (text) => Uint8Array.from(atob(text), (c) => c.charCodeAt(0));
  const bytes = async (name) => fromBase64(await window.yuebaoFile(name));
  const scriptUrl = (source) => URL.createObjectURL(new Blob([source], { type: 'text/javascript' }));

  window.yuebaoPdf = async (width, quality, smaller, known) => {
    const lib = await import(scriptUrl(await window.yuebaoFile('build/pdf.min.mjs')));
    const pdfWorkerUrl = scriptUrl(await window.yuebaoFile('build/pdf.worker.min.mjs'));
    const port = new Worker(scriptUrl('import(' + JSON.stringify(pdfWorkerUrl) + ').catch((error) => postMessage({ failed: String(error) }));'));
    await new Promise((resolve, reject) => {
      port.addEventListener('message', ({ data }) => (data && data.failed ? reject(new Error(data.failed)) : resolve()), { once: true });
      port.addEventListener('error', (event) => reject(new Error('pdf.js worker: ' + event.message)), { once: true });
    });
    const doc = await lib.getDocument({
      data: await bytes('document'),
      worker: new lib.PDFWorker({ port }),
      useWorkerFetch: false,
      cMapUrl: 'cmaps/',
      standardFontDataUrl: 'standard_fonts/',
      wasmUrl: 'wasm/',
      // Fonts a PDF names but does not embed come from pdf.js's own files, not from whatever this machine has.
      useSystemFonts: false,
      // Called with new; anything with fetch({ kind, filename }) will do.
      BinaryDataFactory: function (urls) {
        return { fetch: ({ kind, filename }) => bytes(urls[kind] + filename) };
      },
    }).promise;

    const waiting = new Map();
    const encoders = Array.from({ length: ${ENCODERS} }, () => {
      const encoder = new Worker(scriptUrl(${JSON.stringify(ENCODER_SCRIPT)}));
      encoder.onmessage = ({ data }) => {
        const { resolve, reject } = waiting.get(data.n);
        if (data.error) reject(new Error('WebP encoder, page ' + data.n + ': ' + data.error));
        else resolve({ hash: data.hash, images: data.images });
      };
      encoder.onerror = (event) => waiting.forEach(({ reject }) => reject(new Error('WebP encoder: ' + event.message)));
      return encoder;
    });
    const canvas = document.createElement('canvas');
    const images = [];
    for (let n = 1; n <= doc.numPages; n++) {
      if (n > ${AHEAD}) await images[n - ${AHEAD} - 1];
      const page = await doc.getPage(n);
      const viewport = page.getViewport({ scale: width / page.getViewport({ scale: 1 }).width });
      canvas.width = width;
      canvas.height = Math.round(viewport.height);
      await page.render({ canvas, viewport }).promise;
      page.cleanup();
      const bitmap = await createImageBitmap(canvas);
      images.push(new Promise((resolve, reject) => waiting.set(n, { resolve, reject })));
      encoders[n % encoders.length].postMessage({ n, bitmap, quality, smaller, known }, [bitmap]);
    }
    return Promise.all(images);
  };
})();
`;
