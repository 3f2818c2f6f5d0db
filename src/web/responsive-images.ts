/**
 * The model's photos (`<img src="assets/…">`, as src/markdown wrote them) as
 * the web edition shows them: the WebP widths in `srcset` and the JPEG
 * fallback (images.ts), their size set so nothing jumps, loaded lazily —
 * or, for the 公众号 export, one plain JPEG shown at once. It works on the
 * element (hast), so the order of its attributes does not matter; the others
 * (alt …) are kept, and the photo's own `loading` gives way to ours.
 *
 * It re-parses the model's HTML rather than running in the processor that
 * made it: that processor (src/markdown) runs when the issue is assembled,
 * before the web images exist, and one article's HTML is shown from pages
 * that reach the images differently — its article page (`../../`), the issue
 * page (the 卷首语), the 公众号 export (the published site's address) — so
 * the paths can only be written once the page is known.
 */
import type { Properties, Root } from 'hast';
import rehypeParse from 'rehype-parse';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { imageFrom, type WebImage } from './images.ts';

export interface ResponsiveImages {
  /** Keyed by the asset URL in the model's HTML (WebImages.byUrl). */
  images: Map<string, WebImage>;
  /** From the page to the issue folder: "../../", or the published issue's address. */
  prefix: string;
  /** One JPEG, not lazy: the 公众号 editor takes no srcset, and the page must not look lazy to it. */
  plain?: boolean;
}

/** Phones show a photo the width of the screen; wider screens at most the text column's. */
const SIZES = '(min-width: 760px) 40rem, 100vw';
/** What we set: the photo's own values of these give way. */
const OURS = new Set(['src', 'srcSet', 'sizes', 'width', 'height', 'loading', 'decoding']);

/** rehype plugin: every <img> whose src is one of `images` becomes the responsive image seen from `prefix`. */
export default function rehypeResponsiveImages({ images, prefix, plain = false }: ResponsiveImages) {
  return (tree: Root) => {
    visit(tree, 'element', (node) => {
      if (node.tagName !== 'img') return;
      const image = images.get(String(node.properties.src ?? ''));
      if (!image) return;
      const seen = imageFrom(prefix, image);
      const kept: Properties = {};
      for (const [key, value] of Object.entries(node.properties)) if (!OURS.has(key)) kept[key] = value;
      // Written in this order (src first, the page's hints last), as the pages have always had them.
      node.properties = plain
        ? { src: seen.src, width: seen.width, height: seen.height, ...kept }
        : { src: seen.src, srcSet: seen.srcset, sizes: SIZES, width: seen.width, height: seen.height, ...kept, loading: 'lazy', decoding: 'async' };
    });
  };
}

/** The same, on an HTML fragment (the model's article, 卷首语 or 简讯 HTML). */
export function responsiveHtml(html: string, options: ResponsiveImages): string {
  // No picture, nothing to rewrite: a page of text is not parsed again.
  if (!html.includes('<img')) return html;
  return String(unified().use(rehypeParse, { fragment: true }).use(rehypeResponsiveImages, options).use(rehypeStringify).processSync(html));
}
