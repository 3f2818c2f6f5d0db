/**
 * The Issue model: what every edition is rendered from. Built by
 * src/model/assemble.ts; nothing downstream reads content files.
 */
import type { Publication } from '../config/publication.ts';

export type { Publication };

export interface Figure {
  /** Absolute path of the image file in the content folder. */
  path: string;
  /** URL relative to the rendered page (assets/…). */
  url: string;
  caption?: string;
  credit?: string;
  /** Where the image is named: in its article's Markdown, or the cover's `image:` in issue.md (for problems about it). */
  place: { line: number; column: number };
}

export interface Article {
  /** Stable id within the issue: the file path without .md (focus/yin-zhaoju). */
  slug: string;
  /** Anchor id in the print HTML; the 目录 links and PDF destinations use it. */
  anchor: string;
  /** Path relative to the content root, for messages and tests. */
  file: string;
  title: string;
  subtitle?: string;
  /** The title as listed in the 目录 (front matter `toc`, else the title). */
  tocTitle: string;
  /** Where that title's key stands in the front matter (`toc:`, else `title:`), for problems about it. */
  tocPlace: { line: number; column: number };
  sources: string[];
  authors: string[];
  date?: string;
  layout: 'article' | 'photos';
  featured: boolean;
  /** The body as print HTML (figures included, source line not; subheadings run in). */
  html: string;
  /** The body as web HTML (subheadings are <h2>/<h3>). */
  webHtml: string;
  figures: Figure[];
}

export interface Brief {
  date?: string;
  sources: string[];
}

export interface Section {
  title: string;
  anchor: string;
  articles: Article[];
  /** 简讯: the briefs as HTML, one <p class="brief"> each. */
  briefsHtml?: string;
  briefs: Brief[];
}

export interface Issue {
  /** The issue folder's name (2024-03): output goes to print/<folder>/, pdf/<folder>.pdf. */
  folder: string;
  dir: string;
  publication: Publication;
  year: number;
  number: number;
  total: number;
  /** 〔2024〕第3期（总第134期）: publication.yml's issue-line filled in. */
  issueLine: string;
  /** The month reported on, YYYY-MM, and as printed: 2024.02. */
  period: string;
  periodLabel: string;
  date: string;
  title?: string;
  cover?: Figure;
  forewordHtml?: string;
  sections: Section[];
  /** Articles marked `featured`, in issue order: the cover headlines. */
  featured: Article[];
  /** Every local file the issue's pages use: absolute path → URL (assets/…). */
  assets: Map<string, string>;
}
