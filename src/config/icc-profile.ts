/**
 * What an ICC profile says about itself, read from its header and `desc` tag:
 * publication.yml's `press: profile:` is checked with it when the content is
 * loaded (a print shop's RGB profile named by mistake is a located error), and
 * the press stage names the profile in the PDF/X output intent.
 */
import { readFileSync } from 'node:fs';

/** What an ICC profile's header and `desc` tag say: is it a CMYK output profile, and its name. */
export function readProfile(path: string): { cmyk: boolean; description?: string } {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch {
    return { cmyk: false };
  }
  if (bytes.length < 132 || bytes.toString('latin1', 36, 40) !== 'acsp') return { cmyk: false };
  const cmyk = bytes.toString('latin1', 16, 20) === 'CMYK' && bytes.toString('latin1', 12, 16) === 'prtr';
  const tags = bytes.readUInt32BE(128);
  for (let i = 0; i < tags && 132 + 12 * i + 12 <= bytes.length; i++) {
    const at = 132 + 12 * i;
    if (bytes.toString('latin1', at, at + 4) !== 'desc') continue;
    const offset = bytes.readUInt32BE(at + 4);
    const type = bytes.toString('latin1', offset, offset + 4);
    if (type === 'desc') {
      const length = bytes.readUInt32BE(offset + 8);
      return { cmyk, description: bytes.toString('latin1', offset + 12, offset + 12 + length).replace(/\0+$/, '') };
    }
    if (type === 'mluc') {
      const size = bytes.readUInt32BE(offset + 20);
      const start = bytes.readUInt32BE(offset + 24);
      return { cmyk, description: bytes.subarray(offset + start, offset + start + size).swap16().toString('utf16le') };
    }
  }
  return { cmyk };
}
