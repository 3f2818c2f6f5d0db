/**
 * publication.yml: the masthead, what stays the same from issue to issue.
 * Schema, defaults and loading; see docs/content-format.md.
 */
import { z } from 'zod';
import { VFile } from 'vfile';
import { reportError, type FileRegistry } from '../core/problems.ts';
import { parseYamlSource } from '../content/yaml-source.ts';
import { validate } from '../content/validate.ts';
import { readContentText } from '../content/read-content.ts';
import { t } from '../i18n/index.ts';
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { MM, parseLength } from './page-measures.ts';
import { readProfile } from './icc-profile.ts';

export const DEFAULT_ISSUE_LINE = '〔{year}〕第{number}期（总第{total}期）';

const text = z.string().trim().min(1);
const textOrNumber = z.union([text, z.number()]).transform(String);

/**
 * `press:` (extension, issue #12): the print shop's PDF (`yuebao build --press`).
 * bleed: beyond the trim on every side, 0–10 mm (default 3mm); marks: crop and
 * registration marks; profile: a CMYK ICC profile from the print shop (default:
 * templates/press/coated-fogra39-300.icc). The bleed comes out in points.
 */
const pressSchema = z
  .object({
    bleed: z
      .preprocess((v) => (v === undefined || v === null ? 3 * MM : (parseLength(v) ?? v)), z.number({ error: () => t().press.bleedFormat }).refine((pt) => pt <= 10 * MM + 1e-9, { error: () => t().press.bleedTooBig }))
      .default(3 * MM),
    marks: z.preprocess((v) => (typeof v === 'string' ? ['true', 'yes', '是', 'on'].includes(v.trim().toLowerCase()) : (v ?? undefined)), z.boolean().default(true)),
    profile: text.optional(),
  })
  .default({ bleed: 3 * MM, marks: true });

export const publicationSchema = z.object({
  title: text,
  subtitle: text.optional(),
  sponsor: text.optional(),
  editor: text.optional(),
  address: text.optional(),
  phone: textOrNumber.optional(),
  email: text.optional(),
  license: text.optional(),
  'issue-line': text.default(DEFAULT_ISSUE_LINE),
  page: z.enum(['A4']).default('A4'),
  url: z.url().optional(),
  language: text.default('zh-CN'),
  press: pressSchema,
});

export type PublicationData = z.infer<typeof publicationSchema>;

export interface Publication {
  title: string;
  subtitle?: string;
  sponsor?: string;
  editor?: string;
  address?: string;
  phone?: string;
  email?: string;
  license?: string;
  issueLineTemplate: string;
  page: 'A4';
  url?: string;
  language: string;
  /** The print shop's PDF: bleed in points, marks, and the CMYK profile's absolute path (undefined: the one yuebao ships). */
  press: { bleed: number; marks: boolean; profile?: string };
}

const HELP = {
  title: '广清对口帮扶协作月报',
  sponsor: '广州对口帮扶协作清远指挥部',
  editor: '广清指挥部办公室',
  phone: '"0763-0000000"',
  'issue-line': '"〔{year}〕第{number}期（总第{total}期）"',
  page: 'A4',
  url: 'https://example.gov.cn/yuebao/',
  bleed: '3mm',
  marks: 'true',
  profile: 'press/印刷厂.icc',
};

export async function loadPublication(path: string, files: FileRegistry): Promise<Publication | undefined> {
  const file = files.add(new VFile({ path }));
  const source = await readContentText({ file, path, namedIn: file, advice: t().content.adviseFile, missing: t().content.publicationMissing });
  if (source === undefined) return undefined;
  const yaml = parseYamlSource(file, source);
  const data = validate(file, yaml, publicationSchema, HELP, t().content.whatPublication);
  if (!data) return undefined;
  for (const key of ['{year}', '{number}', '{total}']) {
    if (!data['issue-line'].includes(key)) {
      reportError(file, t().content.issueLineKey({ key, example: DEFAULT_ISSUE_LINE }), yaml.locate(['issue-line']), 'issue-line');
    }
  }
  const profile = data.press.profile ? resolve(dirname(path), data.press.profile) : undefined;
  if (profile && !existsSync(profile)) reportError(file, t().press.profileMissing({ profile: data.press.profile! }), yaml.locate(['press', 'profile']), 'press-profile');
  else if (profile && !readProfile(profile).cmyk) reportError(file, t().press.profileNotCmyk({ profile: data.press.profile! }), yaml.locate(['press', 'profile']), 'press-profile');
  return {
    title: data.title,
    subtitle: data.subtitle,
    sponsor: data.sponsor,
    editor: data.editor,
    address: data.address,
    phone: data.phone,
    email: data.email,
    license: data.license,
    issueLineTemplate: data['issue-line'],
    page: data.page,
    url: data.url,
    language: data.language,
    press: { bleed: data.press.bleed, marks: data.press.marks, profile },
  };
}
