/**
 * What the home page, the archive, the search index and the 公众号 export
 * know of an issue: made by issue-site.ts, read by the others. A module of
 * its own so that they need not import issue-site.ts (wechat.ts is one of
 * the modules it uses).
 */
import type { ShareImage } from './share.ts';

export interface IssueSummary {
  folder: string;
  /** The volume year of 〔2024〕: the home page and the search index group issues by it. */
  year: number;
  issueLine: string;
  periodLabel: string;
  date: string;
  dateText: string;
  href: string;
  pagesHref?: string;
  /** Paths relative to web/. */
  cover?: { src: string; srcset?: string; width: number; height: number };
  /** The issue's share card picture (the printed cover, else the cover photo), relative to web/. */
  shareImage?: ShareImage;
  /** The cover headlines (featured articles, else the first articles). */
  headlines: Array<{ title: string; href: string }>;
  articles: Array<{ title: string; href: string; date: string; summary: string; section: string }>;
}
