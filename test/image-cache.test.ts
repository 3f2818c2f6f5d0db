/**
 * Resized print images are made once and hard-linked by later builds
 * (src/output/image-cache.ts): a rebuild after a one-word edit must not
 * resize every photo of the issue again, and the dev server's live printer
 * counts on an unchanged photo keeping its file.
 */
import { describe, expect, it } from 'vitest';
import { linkSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { ImageCache } from '../src/output/image-cache.ts';
import { FIXTURES, tempDir } from './helpers.ts';

const dir = tempDir('image-cache');
const cache = new ImageCache(join(dir, 'cache'));

async function photo(name: string, width: number, colour = '#369'): Promise<string> {
  const path = join(dir, name);
  writeFileSync(path, await sharp({ create: { width, height: Math.round(width * 0.75), channels: 3, background: colour } }).jpeg().toBuffer());
  return path;
}

describe('the image cache', () => {
  it('resizes a photo larger than it prints once, and hands back the same file after', async () => {
    const big = await photo('big.jpg', 2400);
    const first = await cache.prepared(big, 800);
    expect(first.startsWith(join(dir, 'cache'))).toBe(true);
    expect((await sharp(first).metadata()).width).toBe(800);
    const { ino, mtimeMs } = statSync(first);
    const again = await cache.prepared(big, 800);
    expect(again).toBe(first);
    expect(statSync(again)).toMatchObject({ ino, mtimeMs });
    // Another width is another entry.
    expect(await cache.prepared(big, 1200)).not.toBe(first);
  });

  it('uses a small enough photo as it is', async () => {
    const small = await photo('small.jpg', 600);
    expect(await cache.prepared(small, 800)).toBe(small);
  });

  it('makes a phone\'s HEIC into a JPEG, however small', async () => {
    const heic = join(dir, 'phone.heic');
    writeFileSync(heic, readFileSync(join(FIXTURES, 'photos', 'phone-park.heic')));
    const made = await cache.prepared(heic, 800);
    expect(made).toMatch(/\.jpg$/);
    expect(await sharp(made).metadata()).toMatchObject({ format: 'jpeg', width: 512, height: 300 });
  });

  it('makes a CMYK JPEG into an RGB one, however small', async () => {
    const cmyk = join(dir, 'cmyk.jpg');
    writeFileSync(cmyk, await sharp({ create: { width: 300, height: 200, channels: 3, background: '#369' } }).toColourspace('cmyk').jpeg().toBuffer());
    const made = await cache.prepared(cmyk, 800);
    expect(made).not.toBe(cmyk);
    expect(await sharp(made).metadata()).toMatchObject({ format: 'jpeg', space: 'srgb', width: 300 });
  });

  it('makes a new entry when the photo is replaced under the same name', async () => {
    const path = await photo('replaced.jpg', 2000);
    const before = await cache.prepared(path, 800);
    await photo('replaced.jpg', 2000, '#c00');
    utimesSync(path, new Date(), new Date(Date.now() + 5000)); // a save: a new modification time
    const after = await cache.prepared(path, 800);
    expect(after).not.toBe(before);
    const { dominant } = await sharp(after).stats();
    expect(dominant.r).toBeGreaterThan(dominant.b);
  });

  it('prunes the entries no output links to, and keeps the linked ones', async () => {
    const kept = await cache.prepared(await photo('kept.jpg', 2000), 800);
    const dropped = await cache.prepared(await photo('dropped.jpg', 2100), 800);
    linkSync(kept, join(dir, 'output-kept.jpg')); // an output uses it
    await cache.prune();
    expect(() => statSync(kept)).not.toThrow();
    expect(() => statSync(dropped)).toThrow();
  });
});

describe('a build that fails adds nothing to the cache kept with the output', () => {
  it('writes new entries beside, and keeps them only when the build commits', async () => {
    const kept = join(dir, 'kept-cache');
    const fresh = join(dir, 'staging', '.yuebao-new', 'images');
    const staged = new ImageCache(kept, fresh);
    const made = await staged.prepared(await photo('staged.jpg', 2000), 800);
    expect(made.startsWith(fresh)).toBe(true);
    expect(() => statSync(kept)).toThrow(); // nothing in the output's cache yet
    linkSync(made, join(dir, 'output-staged.jpg')); // an output uses it
    await staged.commit();
    const again = await new ImageCache(kept, join(dir, 'staging-2')).prepared(join(dir, 'staged.jpg'), 800);
    expect(again.startsWith(kept)).toBe(true);
    expect(statSync(again).ino).toBe(statSync(join(dir, 'output-staged.jpg')).ino);
  });
});
