/**
 * The pictures of a Word file, as mammoth hands them over (convertImage).
 * Each ends up as a data: URL that the shared image step (images.ts) saves as
 * `<out>/images/<article>-<n>.<ext>` — named after the article, numbered in
 * reading order — so Word pictures and web pictures end up alike. On the way
 * through the HTML and the shared steps a picture is only a short token: a
 * page of phone photos would otherwise be tens of megabytes of base64 parsed
 * twice. Photos are JPEG or PNG; a TIFF or other picture sharp can read
 * becomes a PNG; a Word drawing or a pasted chart (EMF, WMF) cannot be
 * printed, and the editor is told which one it was and how to save it.
 */
import mammoth from 'mammoth';
import type { Root as MdastRoot } from 'mdast';
import { join } from 'node:path';
import sharp from 'sharp';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { reportWarning } from '../../core/problems.ts';
import { t } from '../../i18n/index.ts';

/** What the image step stores as it is. */
const PRINTABLE = /^image\/(?:png|jpe?g|gif|webp)$/i;
/**
 * Alt text that says nothing a caption should: Office's own ("……描述已自动生成"),
 * and the file name WPS keeps (testimg, IMG_20240301_101010, 微信图片_2024…, 图片 1).
 */
const NO_ALT = /(?:描述已自动生成|已自动生成说明|automatically generated)$|^[\x21-\x7e]*$|^(?:微信图片|QQ图片|图片|截图|屏幕截图|未命名)[\s_\d()（）-]*$/i;
const TOKEN = 'word-picture:';

interface MammothImage {
  contentType: string;
  altText?: string;
  readAsBuffer(): Promise<Buffer>;
}

export class WordPictures {
  private readonly pictures = new Map<string, { type: string; bytes: Buffer }>();

  constructor(
    private readonly out: string,
    /** The Word file's vfile, where a picture that cannot be printed is a warning. */
    private readonly vfile: VFile,
  ) {}

  /** mammoth's image converter; pictures that cannot be printed are reported (and left out). */
  readonly converter = mammoth.images.imgElement(async (element) => {
    const image = element as unknown as MammothImage;
    const n = this.pictures.size + 1;
    const alt = NO_ALT.test(image.altText ?? '') ? '' : (image.altText ?? '');
    const bytes = await image.readAsBuffer();
    let picture = PRINTABLE.test(image.contentType) ? { type: image.contentType, bytes } : undefined;
    try {
      picture ??= { type: 'image/png', bytes: await sharp(bytes).png().toBuffer() };
    } catch {
      const format = (image.contentType.split('/')[1] ?? '').replace(/^x-/, '').toUpperCase() || '?';
      const message = t().import.wordPicture({ n, format, drawing: /^(?:EMF|WMF)$/.test(format), caption: alt, dir: join(this.out, 'images') });
      // At the file's start: a Word file has no lines to point at (read-word-file.ts).
      reportWarning(this.vfile, message, { line: 1, column: 1 }, 'import-image-format');
      // Counted all the same, so that the editor's "picture 3" is the third in the file.
      this.pictures.set(`${TOKEN}${n}`, { type: '', bytes: Buffer.alloc(0) });
      // An image without a source is dropped by the body's preparation (hast-prepare.ts).
      return { src: '' };
    }
    this.pictures.set(`${TOKEN}${n}`, picture);
    return { src: `${TOKEN}${n}`, alt };
  });

  /** The pictures back into the shaped Markdown tree, as data: URLs for the image step. */
  restore(tree: MdastRoot): void {
    visit(tree, 'image', (image) => {
      const picture = this.pictures.get(image.url);
      if (picture) image.url = `data:${picture.type};base64,${picture.bytes.toString('base64')}`;
    });
  }
}
