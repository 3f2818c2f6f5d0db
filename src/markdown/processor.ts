/**
 * The unified processors, built once and frozen: Markdown (CommonMark + GFM)
 * → mdast → hast → HTML, with our plugins. Raw HTML that editors paste into
 * Markdown is parsed (rehype-raw) and then sanitized (rehype-sanitize, GitHub's
 * safe list): harmless markup such as <sup> or <br> survives, scripts, styles
 * and event handlers do not — in print and on the web alike.
 *
 * Articles are rendered twice, once per edition: in print a subheading is a
 * run-in <p class="subhead"> (not a PDF bookmark); on the web it is a real
 * <h2>/<h3> under the article's <h1>.
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkRehype from 'remark-rehype';
import rehypeRaw from 'rehype-raw';
import rehypeSanitize, { defaultSchema } from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import { VFile } from 'vfile';
import { t } from '../i18n/index.ts';
import remarkTrailingSource from './remark-trailing-source.ts';
import rehypeFigures from './rehype-figures.ts';
import rehypeBriefs, { type BriefInfo } from './rehype-briefs.ts';
import rehypeSubheadings from './rehype-subheadings.ts';
import rehypeFootnotes from './rehype-footnotes.ts';
import rehypeWebHeadings from './rehype-web-headings.ts';
import type { FigureInfo, MarkdownContext } from './context.ts';

const parse = () => unified().use(remarkParse).use(remarkGfm);
// Footnote ids unprefixed here: the sanitizer prefixes them (user-content-), rehype-footnotes the links.
const toSafeHast = {
  allowDangerousHtml: true,
  clobberPrefix: '',
  footnoteBackLabel: (index: number) => t().content.footnoteBack({ n: index + 1 }),
} as const;

// GitHub's safe list, but a pasted <style> goes with its text (by default only <script>'s text goes, and CSS showed as a paragraph).
const safe = { ...defaultSchema, strip: [...(defaultSchema.strip ?? []), 'style'] };

const processors = {
  print: parse().use(remarkTrailingSource).use(remarkRehype, toSafeHast).use(rehypeRaw).use(rehypeSanitize, safe).use(rehypeFootnotes, { backLinks: false }).use(rehypeSubheadings).use(rehypeFigures).use(rehypeStringify).freeze(),
  web: parse().use(remarkTrailingSource).use(remarkRehype, toSafeHast).use(rehypeRaw).use(rehypeSanitize, safe).use(rehypeFootnotes, { backLinks: true }).use(rehypeWebHeadings).use(rehypeFigures).use(rehypeStringify).freeze(),
  briefs: parse().use(remarkRehype, toSafeHast).use(rehypeRaw).use(rehypeSanitize, safe).use(rehypeFigures).use(rehypeBriefs).use(rehypeStringify).freeze(),
};

export type MarkdownKind = keyof typeof processors;

export interface RenderedMarkdown {
  html: string;
  figures: FigureInfo[];
  trailingSource?: string[];
  briefs: BriefInfo[];
}

/**
 * Renders Markdown `body` of `file`. Problems are recorded on `file` (the
 * file's own VFile, so they carry its path) unless `quiet` (a second rendering
 * of the same text would report them twice); the HTML is usable even when
 * there were problems.
 */
export function renderMarkdown(file: VFile, body: string, context: MarkdownContext, kind: MarkdownKind = 'print', quiet = false): RenderedMarkdown {
  const work = new VFile({ path: file.path, value: body, data: { context } });
  const seen = context.imageUses?.length ?? 0;
  const html = String(processors[kind].processSync(work));
  if (!quiet) file.messages.push(...work.messages);
  // The images it named are the file's (not this scratch copy's), and named once however often it is rendered.
  const named = context.imageUses?.splice(seen) ?? [];
  if (!quiet) context.imageUses?.push(...named.map((use) => ({ ...use, file })));
  return {
    html,
    figures: work.data.figures ?? [],
    trailingSource: work.data.trailingSource,
    briefs: work.data.briefs ?? [],
  };
}
