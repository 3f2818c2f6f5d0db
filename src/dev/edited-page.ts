/**
 * Where the print preview should open after a save: the PDF page on which
 * the saved article begins. A 48-page PDF that reloads at its cover after
 * every save would send the editor paging back to the article each time.
 * Issue files, briefs and images have no page of their own: the preview
 * then reloads where the viewer starts.
 */
import type { BuildResult } from '../build.ts';

export interface EditedPage {
  folder: string;
  /** 1 = the cover: a viewer's #page= counts every page of the PDF. */
  page: number;
}

/** The PDF page where the most recently saved article of `saved` (absolute paths) begins, if it was printed. */
export function editedPage(result: Pick<BuildResult, 'issues' | 'pdfPages'>, saved: string[]): EditedPage | undefined {
  for (const path of [...saved].reverse()) {
    const normal = path.split('\\').join('/');
    for (const issue of result.issues) {
      const article = issue.sections.flatMap((s) => s.articles).find((a) => normal.endsWith(`/${a.file}`));
      const page = article && result.pdfPages[issue.folder]?.[article.anchor];
      if (page) return { folder: issue.folder, page };
    }
  }
  return undefined;
}
