/**
 * A big issue for the benchmark: the sample issue's sections repeated `times`
 * times (same article files, so the text is realistic), about 200 pages at × 5.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse, stringify } from 'yaml';

export function makeLargeIssue(sampleDir: string, targetDir: string, times: number): void {
  const text = readFileSync(join(sampleDir, 'issue.md'), 'utf8');
  const [, front, body] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text)!;
  const meta = parse(front);
  const rel = (p: string) => relative(targetDir, join(sampleDir, p)).split('\\').join('/');
  const sections = [];
  for (let i = 1; i <= times; i++) {
    for (const section of meta.sections) {
      sections.push({
        title: `${section.title}${i > 1 ? `（${i}）` : ''}`,
        ...(section.articles ? { articles: section.articles.map(rel) } : {}),
        ...(section.briefs ? { briefs: rel(section.briefs) } : {}),
      });
    }
  }
  mkdirSync(targetDir, { recursive: true });
  const large = { ...meta, number: 99, total: 999, date: '2030-01-01', cover: meta.cover ? { ...meta.cover, image: rel(meta.cover.image) } : undefined, sections };
  writeFileSync(join(targetDir, 'issue.md'), `---\n${stringify(large)}---\n${body}`);
}
