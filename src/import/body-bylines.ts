/**
 * Bylines inside the body's paragraphs (the rules are bylines.ts's): the
 * （记者唐霁） of a lead comes out of the first paragraph and its dateline
 * stays; a credit closing a paragraph of the tail (`（文/图 刘玺东）`) or a
 * name closing the article (`（张巨峰）`) is cut off. Names are taken only
 * when their text really left the body, so nothing is said twice or lost.
 * Whole-line bylines are taken by shape-body, with the other metadata lines.
 */
import type { Paragraph, PhrasingContent, Text } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { closingName, leadByline, trailingByline } from './bylines.ts';
import { mergeMeta, type ShapeContext } from './types.ts';

function textNodes(nodes: PhrasingContent[]): Text[] {
  return nodes.flatMap((n) => (n.type === 'text' ? [n] : 'children' in n ? textNodes(n.children as PhrasingContent[]) : []));
}

/** `新华社巴黎12月9日电（记者唐霁）法国…` → `新华社巴黎12月9日电 法国…`, author 唐霁. */
export function takeLeadByline(paragraph: Paragraph, ctx: ShapeContext): void {
  const found = leadByline(toString(paragraph));
  const holder = found && textNodes(paragraph.children).find((t) => t.value.includes(found.byline));
  if (!found || !holder) return;
  holder.value = holder.value.replace(found.byline, ' ');
  ctx.removed.push(found.byline);
  mergeMeta(ctx.meta, { authors: found.authors });
}

/**
 * A credit closing `paragraph` (`……活动。(文/图 刘玺东 易赛楠)`); and when it
 * is the article's last, a bare name too (`……举行。（张巨峰）`). True when
 * the whole paragraph was the byline: the caller drops it.
 */
export function takeClosingByline(paragraph: Paragraph, ctx: ShapeContext, last: boolean): boolean {
  const end = paragraph.children[paragraph.children.length - 1];
  if (end?.type !== 'text') return false;
  const found = trailingByline(end.value) ?? (last ? closingName(end.value) : undefined);
  if (!found) return false;
  ctx.removed.push(end.value.slice(found.rest.length));
  end.value = found.rest;
  mergeMeta(ctx.meta, { authors: found.authors });
  return !toString(paragraph).trim();
}
