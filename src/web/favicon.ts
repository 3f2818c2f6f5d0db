/**
 * The site's icon, made from the masthead: its first character in the house
 * red on white, as the masthead prints it (Noto Serif SC Black). An SVG for
 * browsers that take one, PNGs drawn from it with sharp (a phone's home
 * screen icon), and favicon.ico, which browsers ask for at the site's root
 * when a page names no icon — without it, every first visit logs a 404.
 */
import sharp from 'sharp';
import type { OutputFile } from '../output/files.ts';
import { glyphOutline } from './glyph-outline.ts';
import { escapeHtml } from './wechat.ts';

export const HOUSE_RED = '#a8141a';

/** The icon files, at the root of the web edition. */
export async function faviconFiles(masthead: string): Promise<OutputFile[]> {
  const svg = await iconSvg(masthead);
  const png = (size: number) => sharp(Buffer.from(svg), { density: Math.ceil((72 * size) / 64) }).resize(size, size).png().toBuffer();
  const [p16, p32, p48, p180, p512] = await Promise.all([16, 32, 48, 180, 512].map(png));
  return [
    { path: 'favicon.svg', contents: svg },
    { path: 'favicon.ico', contents: ico([[16, p16], [32, p32], [48, p48]]) },
    { path: 'apple-touch-icon.png', contents: p180 },
    { path: 'icon-512.png', contents: p512 },
  ];
}

/** A 64-unit square: white with rounded corners, the character in red filling most of it. */
export async function iconSvg(masthead: string): Promise<string> {
  const char = [...masthead.trim()].find((c) => /\p{L}|\p{N}/u.test(c)) ?? '报';
  const glyph = await glyphOutline(char).catch(() => undefined);
  const frame = `<rect width="64" height="64" rx="12" fill="#fff"/>`;
  let mark: string;
  if (glyph) {
    const scale = 52 / Math.max(glyph.box.width, glyph.box.height);
    const x = 32 - (glyph.box.x + glyph.box.width / 2) * scale;
    const y = 32 - (glyph.box.y + glyph.box.height / 2) * scale;
    mark = `<path fill="${HOUSE_RED}" transform="translate(${round(x)} ${round(y)}) scale(${round(scale, 5)})" d="${glyph.path}"/>`;
  } else {
    // A character the face lacks: drawn with whatever font the viewer has.
    mark = `<text x="32" y="50" font-size="52" font-weight="900" text-anchor="middle" fill="${HOUSE_RED}" font-family="serif">${escapeHtml(char)}</text>`;
  }
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64" data-char="${escapeHtml(char)}">${frame}${mark}</svg>\n`;
}

/** A Windows icon file holding PNG images (understood by every browser since IE). */
function ico(images: Array<[number, Buffer]>): Buffer {
  const header = Buffer.alloc(6 + images.length * 16);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2);
  header.writeUInt16LE(images.length, 4);
  let offset = header.length;
  images.forEach(([size, png], i) => {
    const at = 6 + i * 16;
    header.writeUInt8(size % 256, at);
    header.writeUInt8(size % 256, at + 1);
    header.writeUInt16LE(1, at + 4);
    header.writeUInt16LE(32, at + 6);
    header.writeUInt32LE(png.length, at + 8);
    header.writeUInt32LE(offset, at + 12);
    offset += png.length;
  });
  return Buffer.concat([header, ...images.map(([, png]) => png)]);
}

function round(value: number, digits = 2): string {
  return String(Math.round(value * 10 ** digits) / 10 ** digits);
}
