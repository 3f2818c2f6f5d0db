/**
 * A big issue for the benchmark: the sample issue's sections repeated `times`
 * times, about 200 pages at × 5. Each repetition is a copy of the sample
 * issue's folder (r1/, r2/ …: the same realistic text and photos under other
 * names), since an article listed twice prints only once.
 */
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';

export function makeLargeIssue(sampleDir: string, targetDir: string, times: number): void {
  const text = readFileSync(join(sampleDir, 'issue.md'), 'utf8');
  const [, front, body] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text)!;
  const meta = parse(front);
  mkdirSync(targetDir, { recursive: true });
  const sections = [];
  for (let i = 1; i <= times; i++) {
    const copy = `r${i}`;
    cpSync(sampleDir, join(targetDir, copy), { recursive: true });
    rmSync(join(targetDir, copy, 'issue.md'));
    for (const section of meta.sections) {
      sections.push({
        title: `${section.title}${i > 1 ? `（${i}）` : ''}`,
        ...(section.articles ? { articles: section.articles.map((p: string) => `${copy}/${p}`) } : {}),
        ...(section.briefs ? { briefs: `${copy}/${section.briefs}` } : {}),
      });
    }
  }
  const large = { ...meta, number: 99, total: 999, date: '2030-01-01', cover: meta.cover ? { ...meta.cover, image: `r1/${meta.cover.image}` } : undefined, sections };
  writeFileSync(join(targetDir, 'issue.md'), `---\n${stringify(large)}---\n${body}`);
}
