/**
 * The article's body, block by block: metadata lines go to the front matter
 * (info line, date, byline, source), furniture goes, a caption under a
 * picture joins the picture (one with a credit and no picture becomes a
 * figure waiting for its file), and subheadings (subheadings.ts) become `## …`. The head of the
 * article (before its first real paragraph) may hold more kinds of metadata
 * than the rest, where only lines that cannot be anything else are taken.
 */
import type { Heading, Paragraph, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { wholeParenthetical } from '../markdown/parenthetical.ts';
import { takeClosingByline, takeLeadByline } from './body-bylines.ts';
import { bylineLine } from './bylines.ts';
import { caption, isImageParagraph, placeholderFigure } from './figures.ts';
import { DATA_SOURCE, isJunkLine, JUNK_LINK, PAGER, PAGER_IMAGE, RELATED } from './line-rules.ts';
import { dateOnly, findDate, infoLine, sourceLine, trailingSourceLine, wechatOrigin } from './metadata.ts';
import { splitBlocks } from './split-blocks.ts';
import { subheadingAt } from './subheadings.ts';
import { cjkCount } from './hast-text.ts';
import { mergeMeta, type ArticleMeta, type ShapeContext } from './types.ts';


const squash = (s: string) => s.normalize('NFKC').replace(/[^\p{L}\p{N}]/gu, '');

function heading(text: string, from: RootContent): Heading {
  return { type: 'heading', depth: 2, children: [{ type: 'text', value: text }], position: from.position };
}

/** `本文原标题：《…》` over a 公众号 repost: the full title, where the page's heading was cut short (…, ...). */
function originalTitle(text: string, ctx: ShapeContext): boolean {
  const full = /^本文原标题\s*[：:]\s*《(.+)》$/.exec(text)?.[1];
  if (!full) return false;
  const shown = (ctx.meta.title ?? '').replace(/(?:\.{2,}|…+)$/, '');
  if (!ctx.meta.title || full.startsWith(shown)) ctx.meta.title = full;
  return true;
}

/** `清远日报 2024-02-18 10:30` above the first paragraph: a short line with a date and no sentence in it. */
function datedLine(text: string): Partial<ArticleMeta> | undefined {
  // Besides the date and time, a source's name at most: （2007年6月29日…会议通过） is a line of the document.
  const rest = text.replace(/\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?|\d{1,2}:\d{2}(?::\d{2})?/g, '');
  const date = [...text].length <= 40 && !/[，。！？；,]/.test(text) && cjkCount(rest) <= 12 ? findDate(text) : undefined;
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
  const anywhere = head || tail ? (infoLine(text, true) ?? wechatOrigin(text)) : undefined;
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
      if (head && originalTitle(text, ctx)) { drop(); continue; }
      // The headline broken over several lines at the top of the body (a gazette's 决议 title): all of it is the title.
      const lines = head ? headlineLines(blocks, i, titleKey) : 0;
      if (lines > 1) {
        for (const b of blocks.slice(i, i + lines)) ctx.removed.push(toString(b));
        i += lines - 1;
        continue;
      }
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
        if (caption(node.children[0], blocks[i + 1])) ctx.removed.push(toString(blocks[++i]));
        out.push(node);
        continue;
      }
      if (head) takeLeadByline(node, ctx);
      // A caption and its credit with no picture near: the photo is missing, its figure is not.
      const figure = isImageParagraph(out[out.length - 1]) ? undefined : placeholderFigure(text, node);
      // Its words were reshaped (本报记者 刘可 摄 → 刘可 摄): the line as it was is accounted for.
      if (figure) ctx.removed.push(text);
      const sub = figure ? undefined : subheadingAt(blocks, i, out[out.length - 1]);
      out.push(figure ?? (sub ? heading(sub.text, node) : node));
      i += (sub?.blocks ?? 1) - 1;
    } else if (node.type === 'heading') {
      // A CMS that wraps a whole paragraph (or a caption) in <h3>: it stays a paragraph.
      const figure = text ? placeholderFigure(text, node) : undefined;
      if (text) out.push(figure ?? ([...text].length <= 50 ? heading(text, node) : { type: 'paragraph', children: node.children, position: node.position }));
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

/** How many blocks from `i` on spell out the title between them (0 if they do not). */
function headlineLines(blocks: RootContent[], i: number, titleKey: string): number {
  let joined = '';
  for (let n = 1; n <= 4 && i + n <= blocks.length; n++) {
    joined += squash(toString(blocks[i + n - 1]));
    if (joined === titleKey) return n;
    if (!titleKey.startsWith(joined)) return 0;
  }
  return 0;
}

/** `（清远日报）` closing the article, as the loader would read it: moved to `source`. */
function takeTrailingParenthetical(out: RootContent[], ctx: ShapeContext): void {
  const last = out[out.length - 1];
  if (last?.type !== 'paragraph') return;
  const names = wholeParenthetical(toString(last));
  // Names, not a remark: （应受访者要求，文中张严为化名。） is a sentence in brackets.
  if (!names?.length || !names.every((n) => /^[^\d：:。！？，]{2,20}$/.test(n) && !/完/.test(n)) || /[，。]/.test(toString(last))) return;
  ctx.removed.push(toString(last));
  out.pop();
  mergeMeta(ctx.meta, { sources: names });
}
