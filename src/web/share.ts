/**
 * What a link to a page shows when it is shared (WeChat, QQ, Weibo, a
 * messenger's preview): Open Graph tags, with the schema.org names some
 * Chinese apps read instead, and the canonical address. The image is a
 * JPEG (not every crawler reads WebP), the address absolute when
 * publication.yml gives the site's `url` — without it crawlers cannot fetch
 * the image, and the build warns (src/web/url-warning.ts).
 */
import type { Publication } from '../model/types.ts';
import { withSlash } from './routes.ts';

export interface ShareImage {
  /** Relative to web/. */
  path: string;
  width: number;
  height: number;
  alt: string;
}

export interface ShareInput {
  publication: Publication;
  /** The page, relative to web/ (2024-03/focus/memo/index.html). */
  path: string;
  title: string;
  description: string;
  type: 'website' | 'article';
  image?: ShareImage;
  /** YYYY-MM-DD, for an article. */
  published?: string;
  section?: string;
}

/** What templates/web/partials/layout.hbs puts in <head>. */
export interface ShareMeta {
  title: string;
  description: string;
  type: string;
  siteName: string;
  canonical?: string;
  image?: { url: string; width: number; height: number; alt: string };
  published?: string;
  section?: string;
}

export function shareMeta(input: ShareInput, base: string): ShareMeta {
  const { publication, image } = input;
  return {
    title: input.title,
    description: input.description,
    type: input.type,
    siteName: publication.title,
    canonical: publication.url ? absoluteUrl(publication.url, input.path) : undefined,
    image: image ? { url: publication.url ? absoluteUrl(publication.url, image.path) : base + encodeURI(image.path), width: image.width, height: image.height, alt: image.alt } : undefined,
    published: input.published,
    section: input.section,
  };
}

/** The address of `path` (relative to web/) on the published site; a folder's index.html as the folder. */
export function absoluteUrl(siteUrl: string, path: string): string {
  return new URL(encodeURI(path.replace(/(^|\/)index\.html$/, '$1')), withSlash(siteUrl)).href;
}
