/**
 * What the Markdown plugins need to know about the file they work on, passed
 * in `file.data` so the processor can be built once and frozen.
 */
import type { VFile } from 'vfile';
import type { Place } from '../core/problems.ts';
import type { NamedImage } from '../content/image-problems.ts';

export interface AssetSink {
  /** Registers a local file used by the page; returns the URL to use in HTML. */
  add(path: string): string;
}

export interface MarkdownContext {
  /** The content root: no path may leave it. */
  root: string;
  assets: AssetSink;
  /** Every image the Markdown names, with where: they are inspected once loading is done (src/content/image-problems.ts). */
  imageUses?: NamedImage[];
}

export interface FigureInfo {
  path: string;
  url: string;
  caption?: string;
  credit?: string;
  /** Where the image is named in its Markdown file (the mdast image's start), for problems about it. */
  place: Place;
}

declare module 'vfile' {
  interface DataMap {
    context: MarkdownContext;
    /** Set by remark-trailing-source: the source taken from a last `（…）` paragraph. */
    trailingSource: string[];
    /** Set by rehype-figures: every image of the file, in order. */
    figures: FigureInfo[];
  }
}

export function contextOf(file: VFile): MarkdownContext {
  const context = file.data.context;
  if (!context) throw new Error(`markdown context missing for ${file.path}`);
  return context;
}
