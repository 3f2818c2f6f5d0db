/**
 * mammoth's document model, as its `transformDocument` hook hands it over:
 * a tree of plain objects (document → paragraphs and tables → runs → text,
 * pictures …). mammoth ships no types for it; these name the fields the Word
 * reader reads or sets, and the few walks it needs.
 */

export interface DocElement {
  type: string;
  children?: DocElement[];
  /** text */
  value?: string;
  /** paragraph, run: the style's id and the name Word shows */
  styleId?: string | null;
  styleName?: string | null;
  /** paragraph: w:jc as written (left, center, right, both …) */
  alignment?: string | null;
  /** run: only what the run itself says (styles.ts adds what it inherits) */
  isBold?: boolean;
  font?: string | null;
  fontSize?: number | null;
  /** image */
  altText?: string;
  contentType?: string;
}

export const isParagraph = (el: DocElement | undefined): el is DocElement => el?.type === 'paragraph';

/** Every element under `el`, in reading order. */
export function descendants(el: DocElement): DocElement[] {
  return (el.children ?? []).flatMap((child) => [child, ...descendants(child)]);
}

/** The runs of a paragraph, those inside links too. */
export function runsOf(el: DocElement): DocElement[] {
  return descendants(el).filter((d) => d.type === 'run');
}

export function picturesOf(el: DocElement): DocElement[] {
  return descendants(el).filter((d) => d.type === 'image');
}

/**
 * The words a reader sees: a tab as a space, a line break as a newline.
 * Note references are left out: a title or a caption does not carry them.
 */
export function textOf(el: DocElement): string {
  if (el.type === 'text') return el.value ?? '';
  if (el.type === 'tab') return ' ';
  if (el.type === 'break') return '\n';
  return (el.children ?? []).map(textOf).join('');
}
