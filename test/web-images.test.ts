import { describe, expect, it } from 'vitest';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { VFile } from 'vfile';
import { renderMarkdown } from '../src/markdown/processor.ts';
import { IssueAssets } from '../src/model/assets.ts';
import type { WebImage } from '../src/web/images.ts';
import { responsiveHtml } from '../src/web/responsive-images.ts';
import { tempDir } from './helpers.ts';

const photo: WebImage = { src: 'img/images/a-960.jpg', srcset: 'img/images/a-480.webp 480w, img/images/a-960.webp 960w', width: 960, height: 640 };
const images = new Map([['assets/images/a.jpg', photo]]);
const SIZES = 'sizes="(min-width: 760px) 40rem, 100vw"';
const RESPONSIVE = `src="../../img/images/a-960.jpg" srcset="../../img/images/a-480.webp 480w, ../../img/images/a-960.webp 960w" ${SIZES} width="960" height="640"`;

describe('responsive images on the web pages', () => {
  it('rewrites the model’s own figure: WebP widths, the JPEG fallback, its size, lazy', () => {
    const root = tempDir('web-images');
    mkdirSync(join(root, 'issue', 'images'), { recursive: true });
    writeFileSync(join(root, 'issue', 'images', 'a.jpg'), 'not really a jpeg');
    const context = { root, assets: new IssueAssets(root, join(root, 'issue')) };
    const { html } = renderMarkdown(new VFile({ path: join(root, 'issue', 'article.md') }), '正文。\n\n![园区全景](images/a.jpg "朱梓恒 摄")\n', context, 'web', true);
    expect(html).toContain('<img src="assets/images/a.jpg" alt="园区全景" loading="eager">');

    const page = responsiveHtml(html, { images, prefix: '../../' });
    expect(page).toContain(`<figure class="figure"><img ${RESPONSIVE} alt="园区全景" loading="lazy" decoding="async"><figcaption>`);
    // Everything but the picture is as the model wrote it.
    expect(page.replace(/<img[^>]*>/, '')).toBe(html.replace(/<img[^>]*>/, ''));
  });

  it('finds the picture whatever the order of its attributes, keeps the others, and drops its own loading', () => {
    const html = '<p><img alt="园区 &#x26; 厂房" class="wide" loading="eager" src="assets/images/a.jpg" title="朱梓恒 摄"></p>';
    expect(responsiveHtml(html, { images, prefix: '../../' })).toBe(`<p><img ${RESPONSIVE} alt="园区 &#x26; 厂房" class="wide" title="朱梓恒 摄" loading="lazy" decoding="async"></p>`);
  });

  it('writes its own size and srcset over any the picture had', () => {
    const html = '<img width="10" src="assets/images/a.jpg" srcset="x.jpg 1w" decoding="sync" alt="">';
    expect(responsiveHtml(html, { images, prefix: '../../' })).toBe(`<img ${RESPONSIVE} alt="" loading="lazy" decoding="async">`);
  });

  it('sees the images from the page’s depth: every srcset entry gets the prefix', () => {
    const page = responsiveHtml('<img src="assets/images/a.jpg" alt="">', { images, prefix: '' });
    expect(page).toBe(`<img src="img/images/a-960.jpg" srcset="img/images/a-480.webp 480w, img/images/a-960.webp 960w" ${SIZES} width="960" height="640" alt="" loading="lazy" decoding="async">`);
  });

  it('gives the 公众号 export one plain JPEG, not lazy, at the published address', () => {
    const html = '<figure class="figure"><img alt="园区全景" src="assets/images/a.jpg" loading="eager"></figure>';
    expect(responsiveHtml(html, { images, prefix: 'https://example.org/2024-03/', plain: true })).toBe(
      '<figure class="figure"><img src="https://example.org/2024-03/img/images/a-960.jpg" width="960" height="640" alt="园区全景"></figure>',
    );
  });

  it('leaves pictures it has no web image for, and text without pictures, as they are', () => {
    const other = '<p>正文<sup>1</sup> &#x3C;x></p><img src="assets/images/b.jpg" alt="b" loading="eager">';
    expect(responsiveHtml(other, { images, prefix: '../../' })).toBe(other);
    const text = '<p>只有文字。</p>\n<section data-footnotes class="footnotes"></section>';
    expect(responsiveHtml(text, { images, prefix: '../../' })).toBe(text);
  });
});
