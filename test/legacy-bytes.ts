/**
 * Text → bytes in a legacy two-byte encoding (Big5, GBK, Shift_JIS …), for
 * test fixtures. Node's TextDecoder reads these encodings but has no encoder,
 * so the table is made once per encoding by decoding every two-byte pair and
 * inverting the result. Where several pairs read as the same character (Big5's
 * Hong Kong extension repeats some), the pair with a lead byte from 0xA1 up
 * wins: the one standard Big5 and GB2312 use, as old editors write it.
 */
const tables = new Map<string, Map<string, number>>();

function tableOf(label: string): Map<string, number> {
  const known = tables.get(label);
  if (known) return known;
  const table = new Map<string, number>();
  const decoder = new TextDecoder(label, { fatal: true });
  const leads = [...range(0xa1, 0xfe), ...range(0x81, 0xa0)];
  for (const lead of leads) {
    for (const trail of range(0x40, 0xfe)) {
      let char: string;
      try {
        char = decoder.decode(Uint8Array.of(lead, trail));
      } catch {
        continue; // not a character
      }
      if ([...char].length === 1 && char.codePointAt(0)! >= 0x80 && !table.has(char)) table.set(char, (lead << 8) | trail);
    }
  }
  tables.set(label, table);
  return table;
}

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

/** `text` in `label` ('big5', 'gbk', 'shift_jis' …); throws on a character the encoding has not. */
export function legacyBytes(label: string, text: string): Uint8Array {
  const table = tableOf(label);
  const bytes: number[] = [];
  for (const char of text) {
    const code = char.codePointAt(0)!;
    const pair = code < 0x80 ? undefined : table.get(char);
    if (code < 0x80) bytes.push(code);
    else if (pair === undefined) throw new Error(`legacyBytes: ${label} has no ${char} (U+${code.toString(16).toUpperCase()})`);
    else bytes.push(pair >> 8, pair & 0xff);
  }
  return Uint8Array.from(bytes);
}
