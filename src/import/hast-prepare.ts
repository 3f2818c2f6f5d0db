/**
 * The body's HTML made ready for conversion to Markdown: what the converter
 * cannot know from tags alone is settled here. Bold set in CSS is bold; a
 * link into the site is just its text; a table used for layout is its cells;
 * an image's caption (in <figcaption>, or the centred line under it) becomes
 * the image's alt text, where the caption rules find it again.
 */
import type { Element, ElementContent, Root } from 'hast';
import { visit } from 'unist-util-visit';
import { BLOCK, cleanTreeSpaces, textOf } from './hast-text.ts';
import { captionCredit, headingShaped, isJunkLine } from './line-rules.ts';

const isElement = (n: ElementContent | undefined, tag?: string): n is Element => n?.type === 'element' && (!tag || n.tagName === tag);
const blank = (n: ElementContent) => n.type === 'comment' || (n.type === 'text' && !n.value.trim());

/** Lazy-loading pages keep the real picture in data-src / data-original. */
function imageSource(img: Element): string {
  const p = img.properties;
  return String(p.dataSrc ?? p.dataOriginal ?? p.dataLazySrc ?? p.dataUrl ?? p.src ?? '').trim();
}

/** Only images (and blanks, and wrappers of images) inside: a picture paragraph. */
function imagesIn(node: ElementContent): Element[] | undefined {
  if (node.type !== 'element') return blank(node) ? [] : undefined;
  if (node.tagName === 'img') return [node];
  const found: Element[] = [];
  for (const child of node.children) {
    const inner = imagesIn(child);
    if (!inner) return undefined;
    found.push(...inner);
  }
  return found;
}

/** Only bold text inside (a centred bold line under a picture is a subheading, not its caption). */
function boldOnly(el: Element): boolean {
  const parts = el.children.filter((c) => !blank(c));
  return parts.length > 0 && parts.every((c) => isElement(c) && (['strong', 'b'].includes(c.tagName) || /font-weight\s*:\s*(?:bold|[6-9]00)/i.test(String(c.properties.style ?? '')) || boldOnly(c)));
}

/** Text or a picture in it: empty <p>s between a picture and its caption do not count. */
function meaningful(n: ElementContent): boolean {
  return !blank(n) && (textOf(n).trim() !== '' || !!imagesIn(n)?.length || (isElement(n) && n.children.some(meaningful)));
}

function centred(el: Element): boolean {
  return /text-align\s*:\s*center/i.test(String(el.properties.style ?? '')) || String(el.properties.align ?? '').toLowerCase() === 'center' || el.tagName === 'center';
}

/** A table is data when it is a grid of short cells; anything else was layout (or too complex for GFM). */
function isDataTable(table: Element): boolean {
  const rows: Element[] = [];
  visit(table, 'element', (el) => (el.tagName === 'tr' ? void rows.push(el) : undefined));
  if (rows.length < 2) return false;
  let nested = false;
  visit(table, 'element', (el) => {
    if (el !== table && el.tagName === 'table') nested = true;
  });
  if (nested) return false;
  const cells = rows.map((r) => r.children.filter((c): c is Element => isElement(c) && (c.tagName === 'td' || c.tagName === 'th')));
  return cells.every((row) => row.length >= 2) && cells.every((row) => row.every((c) => [...textOf(c).trim()].length <= 60 && !imagesIn(c)?.length));
}

/** `<p><img …>运营商展示的5G芯片</p>`: a short line in the picture's own paragraph, right after it, is its caption. */
function captionBeside(el: Element): void {
  const parts = el.children.filter(meaningful);
  const [picture, line] = parts;
  const images = parts.length === 2 && picture ? imagesIn(picture) : undefined;
  const text = line && !imagesIn(line) ? textOf(line).trim() : '';
  if (!images?.length || !text || [...text].length > 60 || /[。！？；]$/.test(text) || isJunkLine(text)) return;
  // What the reader saw under the picture wins over its alt (often the article's title, or a file name).
  images[images.length - 1].properties.alt = text;
  el.children = el.children.filter((c) => c !== line);
}

export function prepareBody(tree: Root): void {
  visit(tree, 'element', (el, index, parent) => {
    if (!parent || index === undefined) return;
    const p = el.properties;
    if (/font-weight\s*:\s*(?:bold|[6-9]00)/i.test(String(p.style ?? ''))) {
      if (el.tagName === 'span' || el.tagName === 'font') el.tagName = 'strong';
      else if ((el.tagName === 'p' || el.tagName === 'div') && !el.children.some((c) => isElement(c) && BLOCK.has(c.tagName))) el.children = [{ type: 'element', tagName: 'strong', properties: {}, children: el.children }];
    }
    if (el.tagName === 'img') {
      const src = imageSource(el);
      // A divider or an icon (width="114" height="12"): a 公众号's decoration, not a picture of the article.
      const tiny = [p.width, p.height].some((v) => v !== undefined && Number(v) > 0 && Number(v) <= 30);
      // In its place a break, so that the lines on either side stay apart as they were.
      if (tiny) {
        parent.children.splice(index, 1, { type: 'element', tagName: 'br', properties: {}, children: [] });
        return index + 1;
      }
      if (!src) {
        parent.children.splice(index, 1);
        return index;
      }
      p.src = src;
    }
    // <b><img></b> (cmse.gov.cn sets its pictures in bold): a picture is no text, so no bold. Marked,
    // for the centred bold line under it is then its caption, set in the page's bold like the picture.
    if ((el.tagName === 'b' || el.tagName === 'strong') && imagesIn(el)?.length) {
      for (const img of imagesIn(el)!) img.properties.dataBoldPicture = true;
      parent.children.splice(index, 1, ...el.children);
      return index;
    }
    if (el.tagName === 'a') {
      const href = String(p.href ?? '');
      const hasImage = imagesIn(el) !== undefined || el.children.some((c) => isElement(c, 'img'));
      // Into the site (relative, #, javascript:) or around a picture: keep the text only.
      if (hasImage || !/^(?:https?:)?\/\//i.test(href) || !textOf(el).trim()) {
        parent.children.splice(index, 1, ...el.children);
        return index;
      }
    }
    if (el.tagName === 'table' && !isDataTable(el)) {
      const cells: Element[] = [];
      visit(el, 'element', (c) => (c.tagName === 'td' || c.tagName === 'th' || c.tagName === 'caption' ? (cells.push({ ...c, tagName: 'div' }), 'skip') : undefined));
      parent.children.splice(index, 1, ...cells);
      return index;
    }
    if (el.tagName === 'figure') {
      const caption = el.children.find((c): c is Element => isElement(c, 'figcaption'));
      const images = imagesIn({ ...el, children: el.children.filter((c) => c !== caption) });
      if (caption && images?.length) {
        images[images.length - 1].properties.alt = textOf(caption).trim();
        parent.children.splice(index, 1, { type: 'element', tagName: 'p', properties: {}, children: images });
        return index;
      }
    }
    if (['p', 'div', 'section'].includes(el.tagName)) captionBeside(el);
    if (['p', 'div', 'section'].includes(el.tagName) && centred(el) && !imagesIn(el)) {
      const text = textOf(el).trim();
      const siblings = parent.children as ElementContent[];
      const before = siblings.slice(0, index).reverse().find(meaningful);
      const after = siblings.slice(index + 1).find(meaningful);
      const images = before && imagesIn(before);
      const bold = boldOnly(el);
      // A centred bold line under a picture is a subheading, not its caption — unless the page set the picture in bold too.
      if (bold && !images?.some((img) => img.properties.dataBoldPicture)) return undefined;
      // The centred line under a picture is its caption, credit or not; under a QR code
      // (长按识别二维码关注我们) it is furniture, and the picture goes with it.
      if (text && [...text].length <= 80 && images?.length && !/[。！？]$/.test(text)) {
        if (isJunkLine(text)) {
          visit(before as Element, 'element', (node, at, holder) => {
            if (node.tagName !== 'img' || !holder || at === undefined) return undefined;
            holder.children.splice(at, 1);
            return at;
          });
          parent.children.splice(index, 1);
          return index;
        }
        // A second centred line (摄影：… over 产品经理的生日餐): caption and credit, whichever came first.
        const line = text.replace(/^[▲△▼▽↑↓■□●◆◇★☆]\s*/, '');
        const alt = String(images[images.length - 1].properties.alt ?? '').trim();
        images[images.length - 1].properties.alt = alt && captionCredit(alt)?.caption === '' ? `${line} ${alt}` : line;
        parent.children.splice(index, 1);
        return index;
      }
      // A short centred line over body text is a subheading set by alignment alone: bold, for the subheading rule.
      if (!bold && !images?.length && headingShaped(text) && after && !imagesIn(after) && textOf(after).trim().length >= 20) {
        el.children = [{ type: 'element', tagName: 'strong', properties: {}, children: el.children }];
      }
    }
    return undefined;
  });
  cleanTreeSpaces(tree);
}
