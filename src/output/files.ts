/**
 * What a render stage produces: files as data (eleventy's idea), so tests can
 * run the whole pipeline without a disk, and one writer (src/output/stage.ts)
 * puts them on disk.
 */
import type { FontSubsetRequest } from './font-subset.ts';

export type OutputFile =
  /** A file with these contents. */
  | { path: string; contents: string | Uint8Array }
  /** A copy of an existing file (hard-linked where possible: fonts are many and large). */
  | { path: string; copyOf: string }
  /** An image prepared for its printed size: at most `maxWidth` px wide (≈300 dpi). */
  | { path: string; imageFrom: string; maxWidth: number }
  /** A face cut to the characters a page prints (src/output/font-subset.ts). */
  | { path: string; fontSubset: FontSubsetRequest };
