/**
 * The PDF's XMP metadata packet (ISO 16684-1), written beside the Info
 * dictionary (src/print/pdf-metadata.ts) and saying the same things in the
 * same words: archives, PDF/A checkers and most viewers read XMP first, and
 * flag a file whose XMP and Info disagree. Dates are the issue's date, never
 * the clock, so a rebuild of unchanged content stays byte-identical.
 */

export interface XmpFields {
  /** dc:title, = Info /Title: masthead + issue line. */
  title: string;
  /** dc:creator, = Info /Author: the sponsor (主办). */
  creator?: string;
  /** dc:description, = Info /Subject. */
  description?: string;
  /** dc:subject and pdf:Keywords, = Info /Keywords (joined by spaces). */
  keywords: string[];
  /** dc:language: zh-CN. */
  language: string;
  /** The issue's date, YYYY-MM-DD: xmp:CreateDate, ModifyDate and MetadataDate. */
  date: string;
  /** xmp:CreatorTool, = Info /Creator. */
  creatorTool: string;
  /** pdf:Producer, = Info /Producer. */
  producer: string;
}

/** The packet as UTF-8 text (the stream's bytes are its UTF-8 encoding). */
export function buildXmp(fields: XmpFields): string {
  const when = xmpDate(fields.date);
  const lines = [
    `<dc:format>application/pdf</dc:format>`,
    `<dc:title><rdf:Alt><rdf:li xml:lang="x-default">${escapeXml(fields.title)}</rdf:li></rdf:Alt></dc:title>`,
    fields.creator ? `<dc:creator><rdf:Seq><rdf:li>${escapeXml(fields.creator)}</rdf:li></rdf:Seq></dc:creator>` : '',
    fields.description ? `<dc:description><rdf:Alt><rdf:li xml:lang="x-default">${escapeXml(fields.description)}</rdf:li></rdf:Alt></dc:description>` : '',
    fields.keywords.length ? `<dc:subject><rdf:Bag>${fields.keywords.map((k) => `<rdf:li>${escapeXml(k)}</rdf:li>`).join('')}</rdf:Bag></dc:subject>` : '',
    `<dc:language><rdf:Bag><rdf:li>${escapeXml(fields.language)}</rdf:li></rdf:Bag></dc:language>`,
    `<xmp:CreateDate>${when}</xmp:CreateDate>`,
    `<xmp:ModifyDate>${when}</xmp:ModifyDate>`,
    `<xmp:MetadataDate>${when}</xmp:MetadataDate>`,
    `<xmp:CreatorTool>${escapeXml(fields.creatorTool)}</xmp:CreatorTool>`,
    `<pdf:Producer>${escapeXml(fields.producer)}</pdf:Producer>`,
    fields.keywords.length ? `<pdf:Keywords>${escapeXml(fields.keywords.join(' '))}</pdf:Keywords>` : '',
  ].filter(Boolean);
  return [
    // The BOM in `begin` tells a reader the packet's encoding (UTF-8); the id is fixed by the spec.
    `<?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>`,
    `<x:xmpmeta xmlns:x="adobe:ns:meta/">`,
    `<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">`,
    `<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:xmp="http://ns.adobe.com/xap/1.0/" xmlns:pdf="http://ns.adobe.com/pdf/1.3/">`,
    ...lines.map((line) => ` ${line}`),
    `</rdf:Description>`,
    `</rdf:RDF>`,
    `</x:xmpmeta>`,
    `<?xpacket end="r"?>`,
  ].join('\n');
}

/** `2024-03-07` → `2024-03-07T00:00:00+00:00`: the same instant as the Info dates (D:20240307000000+00'00'). */
export function xmpDate(date: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new Error(`xmpDate: expected YYYY-MM-DD, got ${JSON.stringify(date)}`);
  return `${date}T00:00:00+00:00`;
}

/**
 * Text as XML character data or attribute value: the five markup characters
 * escaped, and characters XML 1.0 cannot hold at all (C0 controls but tab and
 * line ends, lone surrogates, U+FFFE/U+FFFF) dropped, so the packet always parses.
 */
export function escapeXml(text: string): string {
  return text
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}
