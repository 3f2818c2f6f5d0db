/**
 * The article's body, block by block: metadata lines go to the front matter
 * (info line, date, byline, source), furniture goes, a caption under a
 * picture joins the picture, and subheadings become `## …`. The head of the
 * article (before its first real paragraph) may hold more kinds of metadata
 * than the rest, where only lines that cannot be anything else are taken.
 */
import type { Heading, Image, Paragraph, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { wholeParenthetical } from '../markdown/parenthetical.ts';
import { takeClosingByline, takeLeadByline } from './body-bylines.ts';
import { bylineLine } from './bylines.ts';
import { captionCredit, DATA_SOURCE, headingShaped, isJunkLine, JUNK_LINK, numberedHeading, PAGER, PAGER_IMAGE, RELATED } from './line-rules.ts';
import { dateOnly, findDate, infoLine, sourceLine, trailingSourceLine } from './metadata.ts';
import { splitBlocks } from './split-blocks.ts';
import { mergeMeta, type ArticleMeta } from './types.ts';

export interface ShapeContext {
  meta: ArticleMeta;
  /** Text taken out on purpose (for the safety check). */
  removed: string[];
  looseSubheadings: boolean;
  /** The pager of an article split over several pages (【1】【2】…): only this page is imported. */
  pager?: string;
}

const squash = (s: string) => s.normalize('NFKC').replace(/[^\p{L}\p{N}]/gu, '');
const isImageParagraph = (n: RootContent | undefined): n is Paragraph & { children: [Image] } =>
  n?.type === 'paragraph' && n.children.length === 1 && n.children[0].type === 'image';
/** Alt text (or a title) that says nothing: a file name, 图片, image. */
const emptyAlt = (alt: string) => !alt.trim() || /^(?:图片|图|image|img|photo|pic)\d*$|\.(?:jpe?g|png|gif|webp|bmp)$/i.test(alt.trim());

function heading(text: string, from: RootContent): Heading {
  return { type: 'heading', depth: 2, children: [{ type: 'text', value: text }], position: from.position };
}

function boldOnly(p: Paragraph): boolean {
  const parts = p.children.filter((c) => !(c.type === 'text' && !c.value.trim()));
  return parts.length > 0 && parts.every((c) => c.type === 'strong');
}

/** `清远日报 2024-02-18 10:30` above the first paragraph: a short line with a date and no sentence in it. */
function datedLine(text: string): Partial<ArticleMeta> | undefined {
  const date = [...text].length <= 40 && !/[，。！？；,]/.test(text) ? findDate(text) : undefined;
  return date ? { date } : undefined;
}

/**
 * Metadata lines: true when `text` was one (and went into ctx.meta). Source and
 * info lines count only at the head or the tail of the article, where pages put
 * them: in the middle, `来源：…` is more likely a sentence of the body.
 */
function takeMetadata(text: string, head: boolean, tail: boolean, ctx: ShapeContext): boolean {
  const found = (head ? infoLine(text) : undefined) ?? (head && dateOnly(text) ? { date: dateOnly(text) } : undefined) ?? (head ? datedLine(text) : undefined);
  const sources = head || tail ? sourceLine(text) : undefined;
  const authors = bylineLine(text);
  const anywhere = head || tail ? infoLine(text, true) : undefined;
  const meta = found ?? (sources ? { sources } : authors ? { authors } : anywhere);
  if (!meta) return false;
  mergeMeta(ctx.meta, { ...meta, title: undefined, subtitle: undefined });
  return true;
}

export function shapeBody(tree: Root, ctx: ShapeContext): void {
  splitBlocks(tree);
  dropJunkLinks(tree, ctx);
  const blocks = tree.children;
  const out: RootContent[] = [];
  const titleKey = squash(ctx.meta.title ?? '');
  // The tail: the last three blocks that are not furniture (责任编辑, 分享到 … come after the source line).
  const kept = blocks.map((b, i) => (isJunkLine(toString(b)) ? -1 : i)).filter((i) => i >= 0);
  const tailFrom = kept[Math.max(0, kept.length - 3)] ?? 0;
  let head = true;
  for (let i = 0; i < blocks.length; i++) {
    const node = blocks[i];
    const text = node.type === 'paragraph' || node.type === 'heading' ? toString(node).trim() : '';
    if (text && !('children' in node && node.children.some((c: { type: string }) => c.type === 'image'))) {
      const drop = () => void ctx.removed.push(text);
      if (head && titleKey && squash(text) === titleKey) { drop(); continue; }
      if (head && !out.length && !ctx.meta.subtitle && /^(?:——|—|--)\s*\S/.test(text) && [...text].length <= 50) {
        ctx.meta.subtitle = text.replace(/^(?:——|—|--)\s*/, '');
        drop();
        continue;
      }
      if (isJunkLine(text)) {
        drop();
        if (PAGER.test(text)) ctx.pager ??= text;
        // The links listed under 相关阅读 go with it.
        if (RELATED.test(text)) while (blocks[i + 1]?.type === 'list' || linkOnly(blocks[i + 1])) ctx.removed.push(toString(blocks[++i]));
        continue;
      }
      if (!DATA_SOURCE.test(text) && takeMetadata(text, head, i >= tailFrom, ctx)) { drop(); continue; }
    }
    if (node.type === 'paragraph') {
      stripTrailingSource(node, ctx);
      if (isImageParagraph(node)) {
        // The pager's 下一页 button is a picture too.
        if (PAGER_IMAGE.test(node.children[0].url)) continue;
        i += caption(node.children[0], blocks[i + 1]) ? 1 : 0;
        out.push(node);
        continue;
      }
      if (head) takeLeadByline(node, ctx);
      const next = blocks[i + 1];
      const asHeading =
        !DATA_SOURCE.test(text) &&
        !/^[（(].*[）)]$/.test(text) &&
        ((boldOnly(node) && headingShaped(text)) ||
          numberedHeading(text) ||
          (ctx.looseSubheadings && headingShaped(text) && next?.type === 'paragraph' && !isImageParagraph(next) && !/^[^：:]{1,6}[：:]/.test(text) && !captionCredit(text) && !wholeParenthetical(text)));
      out.push(asHeading ? heading(text, node) : node);
    } else if (node.type === 'heading') {
      // A CMS that wraps a whole paragraph in <h3>: it stays a paragraph.
      if (text) out.push([...text].length <= 50 ? heading(text, node) : { type: 'paragraph', children: node.children, position: node.position });
    } else {
      out.push(node);
    }
    if (!isImageParagraph(node)) head = false;
  }
  const last = out[out.length - 1];
  if (last?.type === 'paragraph' && takeClosingByline(last, ctx, true)) out.pop();
  takeTrailingParenthetical(out, ctx);
  tree.children = out;
}

/** `[点击进入专题>>](…)`, `[返回某某，查看更多](…)`: links of the site, not the article's; a paragraph left empty goes. */
function dropJunkLinks(tree: Root, ctx: ShapeContext): void {
  tree.children = tree.children.filter((node) => {
    if (node.type !== 'paragraph') return true;
    const links = node.children.filter((c) => c.type === 'link' && JUNK_LINK.test(toString(c).trim()));
    if (!links.length) return true;
    ctx.removed.push(...links.map((l) => toString(l)));
    node.children = node.children.filter((c) => !links.includes(c));
    return toString(node).trim() !== '' || node.children.some((c) => c.type === 'image');
  });
}

function linkOnly(node: RootContent | undefined): boolean {
  return node?.type === 'paragraph' && node.children.every((c) => c.type === 'link' || (c.type === 'text' && !c.value.trim()));
}

/** `……。（文章来源：南方日报）` at the end of a paragraph: the source goes to the front matter. */
function stripTrailingSource(node: Paragraph, ctx: ShapeContext): void {
  const last = node.children[node.children.length - 1];
  const found = last?.type === 'text' ? trailingSourceLine(last.value) : undefined;
  if (!found || last?.type !== 'text') return;
  ctx.removed.push(last.value.slice(found.rest.length));
  last.value = found.rest;
  mergeMeta(ctx.meta, { sources: found.sources });
}

/** Caption and credit for `image`, from its alt text or the paragraph under it: true when that paragraph was used. */
function caption(image: Image, next: RootContent | undefined): boolean {
  // title="2.jpg": the CMS's file name, not a photo credit.
  if (image.title && emptyAlt(image.title)) image.title = null;
  if (image.alt && !image.title) {
    const own = captionCredit(image.alt);
    if (own) [image.alt, image.title] = [own.caption, own.credit];
  }
  if (emptyAlt(image.alt ?? '')) image.alt = '';
  const under = next?.type === 'paragraph' && !isImageParagraph(next) ? captionCredit(toString(next)) : undefined;
  if (!under || image.title) return false;
  [image.alt, image.title] = [under.caption || image.alt || '', under.credit];
  return true;
}

/** `（清远日报）` closing the article, as the loader would read it: moved to `source`. */
function takeTrailingParenthetical(out: RootContent[], ctx: ShapeContext): void {
  const last = out[out.length - 1];
  if (last?.type !== 'paragraph') return;
  const names = wholeParenthetical(toString(last));
  if (!names?.length || !names.every((n) => /^[^\d：:]{2,20}$/.test(n) && !/完/.test(n))) return;
  ctx.removed.push(toString(last));
  out.pop();
  mergeMeta(ctx.meta, { sources: names });
}
