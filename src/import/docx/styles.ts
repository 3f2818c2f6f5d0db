/**
 * The look a paragraph or a run inherits from word/styles.xml. mammoth
 * reports only the formatting written on a run itself, but a title can be
 * big and bold because its paragraph style says so (标题 1, or a template's
 * own "公文标题"), and an office's body size is often set once in the Normal
 * style. Word writes defaults into <w:docDefaults>; WPS often leaves them out
 * and gives sizes in its Normal style only — both resolve the same way here.
 *
 * styles.xml is flat, machine-written XML with the `w:` prefix in every
 * program that writes .docx, so plain patterns read it.
 */

/** What we need to know of a look: size in points, bold, the (Chinese) font, the alignment (w:jc). */
export interface TextLook {
  size?: number;
  bold?: boolean;
  font?: string;
  align?: string;
}

interface RawStyle {
  basedOn?: string;
  name?: string;
  own: TextLook;
}

const attr = (xml: string, tag: string, name: string) => new RegExp(`<${tag}\\b[^>]*\\b${name}="([^"]*)"`).exec(xml)?.[1];

/** `w:b`, `<w:b w:val="0"/>`: a toggle that is on unless its value says off. */
function toggle(xml: string, tag: string): boolean | undefined {
  const m = new RegExp(`<${tag}(?:\\s[^>]*)?/?>`).exec(xml);
  if (!m) return undefined;
  const value = /w:val="([^"]*)"/.exec(m[0])?.[1];
  return value === undefined || !/^(?:0|false|off)$/i.test(value);
}

/**
 * The look written in one property block (a style's rPr + pPr, or the
 * docDefaults). The Chinese font is w:eastAsia: w:ascii is the Latin one,
 * which a government template sets to Times New Roman beside 黑体.
 */
export function lookIn(xml: string): TextLook {
  const sz = attr(xml, 'w:sz', 'w:val');
  const font = attr(xml, 'w:rFonts', 'w:eastAsia') ?? attr(xml, 'w:rFonts', 'w:ascii') ?? attr(xml, 'w:rFonts', 'w:hAnsi');
  const look: TextLook = { bold: toggle(xml, 'w:b'), font, align: attr(xml, 'w:jc', 'w:val') };
  // w:sz is in half-points.
  if (sz && /^\d+$/.test(sz)) look.size = Number(sz) / 2;
  return look;
}

const merge = (under: TextLook, over: TextLook): TextLook => ({
  size: over.size ?? under.size,
  bold: over.bold ?? under.bold,
  font: over.font ?? under.font,
  align: over.align ?? under.align,
});

export class StyleSheet {
  private readonly resolved = new Map<string, TextLook>();

  constructor(
    private readonly styles: Map<string, RawStyle>,
    private readonly defaults: TextLook,
    private readonly defaultParagraph: string | undefined,
  ) {}

  /** A paragraph style's look, with what it is based on and the document's defaults; no style id → the default paragraph style. */
  paragraph(styleId: string | null | undefined): TextLook {
    return merge(this.defaults, this.chain(styleId ?? this.defaultParagraph, new Set()));
  }

  /** A character style's look (w:rStyle): only what it and its bases set, so the paragraph's look shows through the rest. */
  character(styleId: string | null | undefined): TextLook {
    return this.chain(styleId ?? undefined, new Set());
  }

  /** The name a style shows in Word (`heading 1`, `Title`, `caption` …), lower case. */
  name(styleId: string | null | undefined): string {
    return (styleId && this.styles.get(styleId)?.name?.toLowerCase()) || '';
  }

  /** What a style and the styles it is based on set, nearest first. */
  private chain(styleId: string | undefined, seen: Set<string>): TextLook {
    const style = styleId ? this.styles.get(styleId) : undefined;
    // A loop of basedOn (seen in hand-edited files) ends where it closes.
    if (!styleId || !style || seen.has(styleId)) return {};
    const known = this.resolved.get(styleId);
    if (known) return known;
    seen.add(styleId);
    const look = merge(this.chain(style.basedOn, seen), style.own);
    this.resolved.set(styleId, look);
    return look;
  }
}

/** word/styles.xml (or nothing, for files without one) → the style sheet. */
export function readStyles(xml: string | undefined): StyleSheet {
  const styles = new Map<string, RawStyle>();
  let defaultParagraph: string | undefined;
  for (const m of (xml ?? '').matchAll(/<w:style\b([^>]*)>([\s\S]*?)<\/w:style>/g)) {
    const [, attrs, inner] = m;
    const id = /w:styleId="([^"]*)"/.exec(attrs)?.[1];
    const type = /w:type="([^"]*)"/.exec(attrs)?.[1] ?? 'paragraph';
    if (!id) continue;
    styles.set(id, { basedOn: attr(inner, 'w:basedOn', 'w:val'), name: attr(inner, 'w:name', 'w:val'), own: lookIn(inner) });
    if (type === 'paragraph' && /w:default="(?:1|true|on)"/.test(attrs)) defaultParagraph = id;
  }
  const docDefaults = /<w:docDefaults>([\s\S]*?)<\/w:docDefaults>/.exec(xml ?? '')?.[1] ?? '';
  return new StyleSheet(styles, lookIn(docDefaults), defaultParagraph);
}
