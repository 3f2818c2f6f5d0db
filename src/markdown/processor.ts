/**
 * The unified processors, built once and frozen: Markdown (CommonMark + GFM)
 * → mdast → hast → HTML, with our plugins. Raw HTML in Markdown is dropped
 * (remark-rehype's default), which keeps both editions safe.
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import { VFile } from 'vfile';
import remarkTrailingSource from './remark-trailing-source.ts';
import rehypeFigures from './rehype-figures.ts';
import rehypeBriefs, { type BriefInfo } from './rehype-briefs.ts';
import rehypeSubheadings from './rehype-subheadings.ts';
import type { FigureInfo, MarkdownContext } from './context.ts';

const articleProcessor = unified()
  .use(remarkParse)
  .use(remarkGfm)
  .use(remarkTrailingSource)
  .use(remarkRehype)
  .use(rehypeSubheadings)
  .use(rehypeFigures)
  .use(rehypeStringify)
  .freeze();

const briefsProcessor = unified()
  .use(remarkParse)
  .use(remarkGfm)
  .use(remarkRehype)
  .use(rehypeFigures)
  .use(rehypeBriefs)
  .use(rehypeStringify)
  .freeze();

export interface RenderedMarkdown {
  html: string;
  figures: FigureInfo[];
  trailingSource?: string[];
  briefs: BriefInfo[];
}

/**
 * Renders Markdown `body` of `file`. Problems are recorded on `file` (the
 * file's own VFile, so they carry its path); the returned HTML is usable even
 * when there were problems.
 */
export function renderMarkdown(file: VFile, body: string, context: MarkdownContext, kind: 'article' | 'briefs' = 'article'): RenderedMarkdown {
  const work = new VFile({ path: file.path, value: body, data: { context } });
  const processor = kind === 'briefs' ? briefsProcessor : articleProcessor;
  const html = String(processor.processSync(work));
  file.messages.push(...work.messages);
  return {
    html,
    figures: work.data.figures ?? [],
    trailingSource: work.data.trailingSource,
    briefs: work.data.briefs ?? [],
  };
}
