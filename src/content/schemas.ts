/**
 * The front matter of issue.md and of article files (CONTENT-FORMAT.md, v1).
 * Extensions beyond v1 are marked; nothing of v1 may be renamed or dropped.
 */
import { z } from 'zod';

const text = z.string().trim().min(1);
/** YAML reads 2024-03-07 as text; we check its shape and keep it as text. */
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'write the date as YYYY-MM-DD, e.g. 2024-03-07');
const isoMonth = z
  .union([z.string(), z.number()])
  .transform(String)
  .pipe(z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'write the month as YYYY-MM, e.g. 2024-02'));
/** One name, or several as a YAML list. */
const oneOrMany = z.union([text, z.array(text)]).transform((v) => (Array.isArray(v) ? v : [v]));

export const issueSchema = z.object({
  year: z.number().int().min(1900).max(2999),
  number: z.number().int().positive().optional(),
  total: z.number().int().positive().optional(),
  period: isoMonth,
  date: isoDate,
  /** Extension: a title for a special issue, shown under the masthead. */
  title: text.optional(),
  cover: z
    .object({
      image: text,
      caption: text.optional(),
      credit: text.optional(),
    })
    .optional(),
  sections: z
    .array(
      z
        .object({
          title: text,
          articles: z.array(text).optional(),
          briefs: text.optional(),
        })
        .refine((s) => s.articles || s.briefs, 'a section needs `articles:` (a list of files) or `briefs:` (one file)'),
    )
    .min(1),
});

export type IssueFrontMatter = z.infer<typeof issueSchema>;

export const ISSUE_HELP = {
  year: '2024',
  number: '3',
  total: '134',
  period: '2024-02',
  date: '2024-03-07',
  sections: '(a list, see docs/content-format.md)',
  title: '重点关注',
  image: 'images/cover.jpg',
  articles: '[focus/article.md]',
  briefs: 'briefs.md',
};

export const articleSchema = z.object({
  title: text,
  subtitle: text.optional(),
  toc: text.optional(),
  source: oneOrMany.optional(),
  author: oneOrMany.optional(),
  date: isoDate.optional(),
  layout: z.enum(['article', 'photos']).default('article'),
  featured: z.boolean().default(false),
});

export type ArticleFrontMatter = z.infer<typeof articleSchema>;

export const ARTICLE_HELP = {
  title: '广清经济特别合作区召开年度工作会议',
  subtitle: '副标题',
  toc: '目录中较短的标题',
  source: '清远日报',
  author: '黄津 黄迪',
  date: '2024-02-18',
  layout: 'article',
  featured: 'true',
};
