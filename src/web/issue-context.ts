/**
 * What every page of one issue's web edition is made with: the issue, its
 * routes and images, where each article was printed, the share image to fall
 * back on, and `page()`, which renders a template into the issue's files.
 * Made once per issue by src/web/issue-site.ts and handed to the modules that
 * make its pages (article-pages.ts, the issue page, the page view).
 */
import type { Article, Issue } from '../model/types.ts';
import type { OutputFile } from '../output/files.ts';
import type { TemplateSet } from '../render/handlebars.ts';
import type { WebImages } from './images.ts';
import { baseOf, issueRoutes, link, type IssueRoutes } from './routes.ts';
import { absoluteUrl, shareMeta, type ShareImage, type ShareInput, type ShareMeta } from './share.ts';

export interface IssueContext {
  issue: Issue;
  routes: IssueRoutes;
  images: WebImages;
  files: OutputFile[];
  /** Renders template `name` as the page at `path` (relative to web/). */
  page(path: string, name: string, data: object): void;
  pageTitle(title: string): string;
  share(path: string, input: Omit<ShareInput, 'publication' | 'path'>): ShareMeta;
  canonical(path: string): string | undefined;
  /** The PDF page (1 = the cover) where an anchor was printed, when there is a page view. */
  pageOf(anchor: string): number | undefined;
  /** The link from page `from` into the page view at page `n`. */
  pagesLink(from: string, n: number): string;
  /** An article's share image: its first photo, else `fallbackImage`. */
  articleImage(article: Article): ShareImage | undefined;
  /** The printed cover (or, without a page view, the cover photo). */
  fallbackImage?: ShareImage;
}

export interface IssueContextInput {
  issue: Issue;
  templates: TemplateSet;
  images: WebImages;
  /** What the layout shows of the publication on every page. */
  site: object;
  /** Anchor → PDF page, when the issue has a page view. */
  pdfPages?: Record<string, number>;
  fallbackImage?: ShareImage;
}

export function issueContext({ issue, templates, images, site, pdfPages, fallbackImage }: IssueContextInput): IssueContext {
  const routes = issueRoutes(issue);
  const files: OutputFile[] = [];
  const publication = issue.publication;
  const imageOf = (url: string, alt: string): ShareImage | undefined => {
    const image = images.byUrl.get(url);
    return image && { path: `${issue.folder}/${decodeURI(image.src)}`, width: image.width, height: image.height, alt };
  };
  const fallback = fallbackImage ?? (issue.cover ? imageOf(issue.cover.url, issue.cover.caption ?? issue.issueLine) : undefined);
  return {
    issue,
    routes,
    images,
    files,
    page: (path, name, data) => files.push({ path, contents: templates.render(name, { site, base: baseOf(path), ...data }) }),
    pageTitle: (title) => `${title} - ${publication.title} ${issue.issueLine}`,
    share: (path, input) => shareMeta({ ...input, publication, path }, baseOf(path)),
    canonical: (path) => (publication.url ? absoluteUrl(publication.url, path) : undefined),
    pageOf: (anchor) => pdfPages?.[anchor],
    pagesLink: (from, n) => `${link(from, routes.pages)}#page=${n}`,
    articleImage: (article) => {
      const figure = article.figures[0];
      return (figure && imageOf(figure.url, figure.caption ?? article.title)) ?? fallback;
    },
    fallbackImage: fallback,
  };
}
