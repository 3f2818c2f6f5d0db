/**
 * publication.yml: the masthead, what stays the same from issue to issue.
 * Schema, defaults and loading; see docs/content-format.md.
 */
import { z } from 'zod';
import { VFile } from 'vfile';
import { reportError, type FileRegistry } from '../content/problems.ts';
import { parseYamlSource } from '../content/yaml-source.ts';
import { validate } from '../content/validate.ts';
import { readContentText } from '../content/read-content.ts';
import { t } from '../i18n/index.ts';

export const DEFAULT_ISSUE_LINE = '〔{year}〕第{number}期（总第{total}期）';

const text = z.string().trim().min(1);
const textOrNumber = z.union([text, z.number()]).transform(String);

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
}

const HELP = {
  title: '广清对口帮扶协作月报',
  sponsor: '广州对口帮扶协作清远指挥部',
  editor: '广清指挥部办公室',
  phone: '"0763-0000000"',
  'issue-line': '"〔{year}〕第{number}期（总第{total}期）"',
  page: 'A4',
  url: 'https://example.gov.cn/yuebao/',
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
  };
}
