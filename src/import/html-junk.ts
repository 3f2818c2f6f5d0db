/**
 * Page furniture at the element level: what never is article text (scripts,
 * navigation, footers, comments, search and login forms) and what sites mark
 * as furniture by class or id (breadcrumb, share bar, related links,
 * copyright …). An element that holds the title, or most of the page's text,
 * is never removed by its class alone: class names are a hint, and losing the
 * article is the worst outcome of all. Whatever text of some length goes is
 * handed back, for the safety check.
 */
import type { Element, Root, RootContent } from 'hast';
import { cjkCount, textOf } from './hast-text.ts';

/** Never article text. <header>, <footer> and <nav> inside an <article> are still furniture, except a header with the title. */
const ALWAYS = new Set([
  'script', 'style', 'noscript', 'template', 'iframe', 'frame', 'frameset', 'object', 'embed', 'canvas', 'svg',
  'button', 'input', 'select', 'textarea', 'nav', 'footer', 'aside', 'link', 'meta', 'head', 'dialog', 'map',
  'video', 'audio',
]);

const JUNK_NAME =
  /^(?:.*[-_])?(?:nav|navbar|navigation|menu|breadcrumbs?|crumbs?|position|location|weizhi|dqwz|footer|foot|bottom|share|sharing|bdshare|social|related|relate|recommend|tuijian|xgxw|xgwz|xglj|copyright|banquan|comments?|sidebar|side|toolbar|tools|print|pager|pagination|prev|next|prevnext|header|head|top-?bar|logo|search|login|ads?|advert|banner|qrcode|ewm|erweima)(?:[-_].*|\d+)?$/i;
const JUNK_ROLE = new Set(['navigation', 'banner', 'contentinfo', 'search', 'complementary']);
/**
 * A <form> is a search box or a login only when it holds little text: VSB (博达)
 * and ASP.NET CMSs wrap the whole article, or the whole page, in one.
 */
const FORM_TEXT = 50;
/** Removed, but never seen by the reader as text: not handed to the safety check. */
const UNSEEN = new Set(['script', 'style', 'noscript', 'template', 'head', 'svg', 'canvas', 'object', 'embed', 'iframe', 'frame', 'frameset', 'map']);
/** Removed text this long (Chinese characters, outside links) may have been a paragraph of the article. */
const PARAGRAPH = 40;

function names(el: Element): string[] {
  const cls = el.properties.className as unknown;
  const list = Array.isArray(cls) ? cls.map(String) : typeof cls === 'string' ? cls.split(/\s+/) : [];
  const id = el.properties.id;
  return typeof id === 'string' ? [...list, id] : list;
}

/** Hidden in the page (display:none, hidden): not something the reader saw. */
export function hidden(el: Element): boolean {
  const style = String(el.properties.style ?? '');
  return el.properties.hidden === true || /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style);
}

function contains(el: Element, target: Element | undefined): boolean {
  if (!target) return false;
  if (el === target) return true;
  return el.children.some((c) => c.type === 'element' && contains(c, target));
}

/** Text outside links: links are what furniture is made of. */
function ownText(node: RootContent): number {
  if (node.type === 'text') return cjkCount(node.value);
  if (node.type !== 'element' || node.tagName === 'a') return 0;
  return node.children.reduce((n, c) => n + ownText(c), 0);
}

/** Whether `node` is furniture by its tag, its role or its names; `total` is the page's text. */
function isJunk(node: Element, total: number, holdsTitle: boolean, insideArticle: boolean): boolean {
  const tag = node.tagName;
  if (ALWAYS.has(tag)) return true;
  // WeChat pages keep the article itself hidden until a script shows it: only small hidden parts go.
  if (hidden(node) && ownText(node) < total * 0.5) return true;
  if (tag === 'header' && !holdsTitle && !insideArticle) return true;
  if (tag === 'form' && !holdsTitle && ownText(node) < Math.min(FORM_TEXT, total * 0.5)) return true;
  const role = String(node.properties.role ?? '');
  const byName = JUNK_ROLE.has(role) || names(node).some((n) => JUNK_NAME.test(n));
  return byName && !holdsTitle && ownText(node) < total * 0.5;
}

/**
 * Removes furniture from `tree` in place. `title` is the element holding the
 * article's title (kept, with everything around it that is not furniture by tag).
 * Returns the removed elements that a reader saw and that held paragraph-sized
 * text: if the article was among them, the safety check must say so.
 */
export function removeJunkElements(tree: Root, title?: Element): Element[] {
  const total = tree.children.reduce((n, c) => n + ownText(c), 0);
  const gone: Element[] = [];
  const walk = (parent: Root | Element, insideArticle: boolean) => {
    parent.children = parent.children.filter((node) => {
      if (node.type === 'comment' || node.type === 'doctype') return false;
      if (node.type !== 'element') return true;
      if (isJunk(node, total, contains(node, title), insideArticle)) {
        if (!UNSEEN.has(node.tagName) && !hidden(node) && ownText(node) >= PARAGRAPH) gone.push(node);
        return false;
      }
      walk(node, insideArticle || node.tagName === 'article' || node.tagName === 'main');
      return true;
    });
  };
  walk(tree, false);
  return gone;
}

/** <head>'s <title> and <meta> values (name, property or itemprop → content), read before the head goes. */
export function headInfo(tree: Root): { title?: string; meta: Map<string, string>; times: string[] } {
  const meta = new Map<string, string>();
  const times: string[] = [];
  let title: string | undefined;
  const walk = (node: Root | RootContent) => {
    if (node.type !== 'element' && node.type !== 'root') return;
    if (node.type === 'element') {
      const p = node.properties;
      if (node.tagName === 'title' && title === undefined) title = textOf(node).trim();
      if (node.tagName === 'meta') {
        const key = String(p.name ?? p.property ?? p.itemProp ?? '').toLowerCase();
        if (key && p.content != null && !meta.has(key)) meta.set(key, String(p.content).trim());
      }
      if (node.tagName === 'time' && typeof p.dateTime === 'string') times.push(p.dateTime);
      if (node.tagName === 'svg') return;
    }
    node.children.forEach(walk);
  };
  walk(tree);
  return { title, meta, times };
}
