/**
 * Plants one problem in a copy of the sample content: the small vocabulary
 * test/bad-inputs/cases.ts is written in. Every path is relative to the
 * content root; an `edit` whose text is not there throws (a plant that does
 * nothing would make a case that cannot fail).
 */
import { mkdirSync, readFileSync, renameSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { newIssue } from '../../src/new/new-issue.ts';

export type Plant =
  /** Replaces the first occurrence of `find` (every one with `all`). */
  | { edit: string; find: string | RegExp; replace: string; all?: boolean }
  /** Writes a file: text (UTF-8), bytes, or bytes made from the content root (e.g. a converted photo). */
  | { write: string; text: string }
  | { write: string; bytes: Uint8Array | ((root: string) => Uint8Array | Promise<Uint8Array>) }
  /** Cuts a file to its first `bytes` bytes. */
  | { truncate: string; bytes: number }
  | { delete: string }
  | { rename: string; to: string }
  /** A symbolic link at `symlink` to `to` (an absolute path). */
  | { symlink: string; to: string }
  | { mkdir: string }
  /** Runs `yuebao new` on the content root. */
  | { yuebaoNew: true };

export async function applyPlants(root: string, plants: readonly Plant[]): Promise<void> {
  for (const plant of plants) {
    if ('edit' in plant) {
      const path = join(root, plant.edit);
      const text = readFileSync(path, 'utf8');
      const found = typeof plant.find === 'string' ? text.includes(plant.find) : plant.find.test(text);
      if (!found) throw new Error(`plant: ${String(plant.find)} is not in ${plant.edit}`);
      const find = plant.all && typeof plant.find === 'string' ? new RegExp(escape(plant.find), 'g') : plant.find;
      writeFileSync(path, text.replace(find, plant.replace));
    } else if ('write' in plant) {
      const path = join(root, plant.write);
      mkdirSync(dirname(path), { recursive: true });
      const bytes = 'text' in plant ? plant.text : typeof plant.bytes === 'function' ? await plant.bytes(root) : plant.bytes;
      writeFileSync(path, bytes);
    } else if ('truncate' in plant) {
      truncateSync(join(root, plant.truncate), plant.bytes);
    } else if ('delete' in plant) {
      rmSync(join(root, plant.delete), { recursive: true });
    } else if ('symlink' in plant) {
      rmSync(join(root, plant.symlink), { force: true });
      symlinkSync(plant.to, join(root, plant.symlink));
    } else if ('rename' in plant) {
      renameSync(join(root, plant.rename), join(root, plant.to));
    } else if ('mkdir' in plant) {
      mkdirSync(join(root, plant.mkdir), { recursive: true });
    } else {
      const made = await newIssue(root);
      if ('problems' in made) throw new Error('plant: yuebao new found problems in the sample content');
    }
  }
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** GBK (GB18030) bytes of `text`, as old Notepad and WPS save it; Node can decode GBK but not encode it. */
export function gbk(text: string): Uint8Array {
  const table = gbkTable();
  const bytes: number[] = [];
  for (const char of text) {
    const code = char.codePointAt(0)!;
    if (code < 0x80) bytes.push(code);
    else {
      const pair = table.get(char);
      if (!pair) throw new Error(`gbk: no GBK code for ${char}`);
      bytes.push(pair >> 8, pair & 0xff);
    }
  }
  return Uint8Array.from(bytes);
}

let table: Map<string, number> | undefined;
function gbkTable(): Map<string, number> {
  if (table) return table;
  table = new Map();
  const decoder = new TextDecoder('gb18030', { fatal: true });
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue;
      try {
        const char = decoder.decode(Uint8Array.of(lead, trail));
        if (!table.has(char)) table.set(char, (lead << 8) | trail);
      } catch {
        // not a character
      }
    }
  }
  return table;
}

/** UTF-16 bytes with a byte order mark (little- or big-endian), as some Windows tools save text. */
export function utf16(text: string, order: 'le' | 'be' = 'le', bom = true): Uint8Array {
  const le = Buffer.from(text, 'utf16le');
  if (order === 'be') le.swap16();
  const mark = order === 'le' ? [0xff, 0xfe] : [0xfe, 0xff];
  return Buffer.concat([Buffer.from(bom ? mark : []), le]);
}

/** The first bytes of a Word .docx (a zip archive), then deterministic noise: what a .docx renamed .md holds. */
export function docxBytes(length = 4096): Uint8Array {
  const head = Buffer.concat([
    Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00, 0x00, 0x00, 0x21, 0x00]),
    Buffer.from([0xdf, 0xa4, 0xd2, 0x6c, 0x5a, 0x01, 0x00, 0x00, 0x20, 0x05, 0x00, 0x00, 0x13, 0x00, 0x08, 0x02]),
    Buffer.from('[Content_Types].xml', 'latin1'),
  ]);
  const noise = Buffer.alloc(length - head.length);
  let seed = 0x2024;
  for (let i = 0; i < noise.length; i++) noise[i] = (seed = (seed * 1103515245 + 12345) & 0x7fffffff) >> 16;
  return Buffer.concat([head, noise]);
}
