/**
 * The front matter of issue.md and of article files (CONTENT-FORMAT.md, v1).
 * Extensions beyond v1 are marked; nothing of v1 may be renamed or dropped.
 */
import { z } from 'zod';
import { t } from '../i18n/index.ts';

/** An empty value (`source:` with nothing after it) counts as left out. */
const blankIsAbsent = (value: unknown) => (value === null || (typeof value === 'string' && !value.trim()) ? undefined : value);
const text = z.preprocess((v) => (typeof v === 'number' ? String(v) : v), z.string().trim().min(1));
const optionalText = z.preprocess(blankIsAbsent, text.optional());

/**
 * Dates as editors write them — 2024-03-07, 2024-3-7, 2024/3/7, 2024.3.7,
 * 2024年3月7日 — become 2024-03-07. YAML reads them as text; we keep text.
 */
const isoDate = z.preprocess((v) => {
  const m = typeof v === 'string' ? /^\s*(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:[ T].*)?$/.exec(v) : null;
  return m ? `${m[1]}-${m[2].padStart(2, '0')}-${m[3].padStart(2, '0')}` : v instanceof Date ? v.toISOString().slice(0, 10) : v;
}, z.string().regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, { error: () => t().content.dateFormat }).refine(isCalendarDay, { error: () => t().content.dateNotReal }));

/** 2024-02-30 has the right shape but is no day: it would print as 2024年2月30日. */
function isCalendarDay(date: string): boolean {
  const [y, m, d] = date.split('-').map(Number);
  return !d || new Date(Date.UTC(y, m - 1, d)).getUTCDate() === d;
}
/** 2024-02, 2024-2, 2024.02, 2024/2, 2024年2月 → 2024-02 */
const isoMonth = z.preprocess((v) => {
  const m = /^\s*(\d{4})\s*[-/.年]\s*(\d{1,2})\s*月?\s*$/.exec(String(v ?? ''));
  return m ? `${m[1]}-${m[2].padStart(2, '0')}` : v;
}, z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, { error: () => t().content.monthFormat }));
/** "2024" written in quotes is still a number. */
const whole = (schema: z.ZodNumber) => z.preprocess((v) => (typeof v === 'string' && /^\s*\d+\s*$/.test(v) ? Number(v) : v), schema);
/** One name, or several as a YAML list (or 、-separated). */
const oneOrMany = z.preprocess(
  blankIsAbsent,
  z
    .union([text, z.array(text)])
    .transform((v) => (Array.isArray(v) ? v : v.split(/[、，,]/).map((s) => s.trim()).filter(Boolean)))
    .optional(),
);
const flag = z.preprocess((v) => (typeof v === 'string' ? ['true', 'yes', 'y', '是', 'on'].includes(v.trim().toLowerCase()) : v ?? undefined), z.boolean().default(false));

export const issueSchema = z.object({
  year: whole(z.number().int().min(1900).max(2999)),
  number: z.preprocess(blankIsAbsent, whole(z.number().int().positive()).optional()),
  total: z.preprocess(blankIsAbsent, whole(z.number().int().positive()).optional()),
  period: isoMonth,
  date: isoDate,
  /** Extension: a title for a special issue, shown under the masthead. */
  title: optionalText,
  cover: z.preprocess(
    blankIsAbsent,
    z
      .object({
        image: text,
        caption: optionalText,
        credit: optionalText,
      })
      .optional(),
  ),
  sections: z
    .array(
      z
        .object({
          title: text,
          articles: z.preprocess(blankIsAbsent, z.array(text).optional()),
          briefs: optionalText,
        })
        .refine((s) => s.articles || s.briefs, { error: () => t().content.sectionNeedsContent }),
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
  sections: '（一个列表，见 docs/content-format.md）',
  title: '重点关注',
  image: 'images/cover.jpg',
  articles: '[focus/article.md]',
  briefs: 'briefs.md',
};

export const articleSchema = z.object({
  title: text,
  subtitle: optionalText,
  toc: optionalText,
  source: oneOrMany,
  author: oneOrMany,
  date: z.preprocess(blankIsAbsent, isoDate.optional()),
  layout: z.preprocess((v) => (typeof v === 'string' ? v.trim().toLowerCase() : (v ?? undefined)), z.enum(['article', 'photos']).default('article')),
  featured: flag,
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
