/**
 * A long archive for the web benchmark (bench/web-archive.ts) and its test:
 * one issue folder copied `count` times, one a month going back from its
 * date, each with its own year, 第N期, 总第N期, period and date, so the
 * archive spans count / 12 years. The copies are the same realistic text and
 * photos under other folder names.
 */
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';

/** Writes `target`/publication.yml and `count` issue folders (YYYY-MM), newest first; returns their names. */
export function makeArchive(contentRoot: string, issueFolder: string, target: string, count: number): string[] {
  mkdirSync(target, { recursive: true });
  cpSync(join(contentRoot, 'publication.yml'), join(target, 'publication.yml'));
  const text = readFileSync(join(contentRoot, issueFolder, 'issue.md'), 'utf8');
  const [, front, body] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text)!;
  const meta = parse(front);
  const [year, month] = String(meta.date).split('-').map(Number);
  const folders: string[] = [];
  for (let i = 0; i < count; i++) {
    const at = new Date(Date.UTC(year, month - 1 - i, 7));
    const period = new Date(Date.UTC(year, month - 2 - i, 1));
    const ym = (d: Date) => `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}`;
    const folder = ym(at);
    cpSync(join(contentRoot, issueFolder), join(target, folder), { recursive: true });
    const issue = { ...meta, year: at.getUTCFullYear(), number: at.getUTCMonth() + 1, total: 1000 - i, period: ym(period), date: `${folder}-07` };
    writeFileSync(join(target, folder, 'issue.md'), `---\n${stringify(issue)}---\n${body}`);
    folders.push(folder);
  }
  return folders;
}
