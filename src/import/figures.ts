/**
 * Pictures in the article body: each gets its caption and credit (from its
 * alt text, or from the line under it), and a caption with a credit that has
 * no picture at all (text copied from a page or an e-paper keeps the words,
 * not the photo) becomes a figure waiting for its file. placeImages gives
 * such a placeholder its path in images/ and says which photo to put there.
 */
import type { Image, Paragraph, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { captionCredit, markedCaption } from './line-rules.ts';

export const isImageParagraph = (n: RootContent | undefined): n is Paragraph & { children: [Image] } =>
  n?.type === 'paragraph' && n.children.length === 1 && n.children[0].type === 'image';

/** Alt text (or a title) that says nothing: a file name, 图片, image. */
const emptyAlt = (alt: string) => !alt.trim() || /^(?:图片|图|image|img|photo|pic)\d*$|\.(?:jpe?g|png|gif|webp|bmp)$/i.test(alt.trim());

/** A figure without its picture: the caption and credit are there, the file is for the editor to add. */
export function isPlaceholder(image: Image): boolean {
  return (image.data as { placeholder?: boolean } | undefined)?.placeholder === true;
}

/**
 * Caption and credit for `image`, from its alt text or the paragraph under it:
 * true when that paragraph was used (the caller skips it).
 */
export function caption(image: Image, next: RootContent | undefined): boolean {
  // title="2.jpg": the CMS's file name, not a photo credit.
  if (image.title && emptyAlt(image.title)) image.title = null;
  if (image.alt && !image.title) {
    const own = captionCredit(image.alt);
    if (own) [image.alt, image.title] = [own.caption, own.credit];
  }
  if (emptyAlt(image.alt ?? '')) image.alt = '';
  const text = next?.type === 'paragraph' && !isImageParagraph(next) ? toString(next).trim() : '';
  if (!text) return false;
  const under = captionCredit(text);
  if (under && !image.title) {
    [image.alt, image.title] = [under.caption || image.alt || '', under.credit];
    return true;
  }
  // ▲航站楼外景, 资料图: marked as the caption, no credit needed; or the caption line under a credit-only picture.
  const marked = markedCaption(text) ?? (image.title && !image.alt && [...text].length <= 40 && !/[。！？；]$/.test(text) ? text : undefined);
  if (marked === undefined || image.alt) return false;
  image.alt = marked;
  return true;
}

/** `图为…启动仪式。（刘通摄）` on its own, no picture near: a figure placeholder with that caption and credit. */
export function placeholderFigure(text: string, from: RootContent): Paragraph | undefined {
  const found = [...text].length <= 120 ? captionCredit(text) : undefined;
  if (!found) return undefined;
  const image: Image = { type: 'image', url: '', alt: found.caption, title: found.credit, data: { placeholder: true } as never, position: from.position };
  return { type: 'paragraph', children: [image], position: from.position };
}
