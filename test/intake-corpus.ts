/**
 * The intake corpus (test/fixtures/intake/): real clippings, each next to the
 * Markdown it should import as (`<name>.expected.md`). Shared by the test,
 * which wants every fixture exact, and bench/intake.ts, which scores each
 * field so that a change shows where it helped and where it hurt.
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { importClippings } from '../src/import/import-clippings.ts';

export const INTAKE = join(import.meta.dirname, 'fixtures', 'intake');

export interface Fixture {
  /** Path from the corpus folder, without extension: `docx/county-brief-word`. */
  name: string;
  input: string;
  expected: string;
}

/** Every `*.expected.md` under the corpus folder (sub-folders too) with the clipping it belongs to. */
export function intakeFixtures(dir = INTAKE): Fixture[] {
  const found: Fixture[] = [];
  const walk = (folder: string) => {
    const entries = readdirSync(folder, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name));
    for (const entry of entries) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      if (!entry.isFile() || !entry.name.endsWith('.expected.md')) continue;
      const stem = entry.name.slice(0, -'.expected.md'.length);
      const input = entries.find((e) => e.isFile() && e.name !== entry.name && e.name.startsWith(`${stem}.`) && !e.name.endsWith('.expected.md'));
      if (input) found.push({ name: relative(dir, join(folder, stem)), input: join(folder, input.name), expected: path });
    }
  };
  walk(dir);
  return found;
}

export interface Article {
  data: Record<string, unknown>;
  body: string;
}

/** Front matter (as YAML means it) and body of an article file. */
export function splitArticle(text: string): Article {
  const m = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
  if (!m) return { data: {}, body: text };
  return { data: (parseYaml(m[1]) ?? {}) as Record<string, unknown>, body: m[2] };
}

export interface Imported {
  /** Undefined when the clipping gave no article (an error). */
  article?: Article;
  text?: string;
  /** Rule ids of the problems reported. */
  rules: string[];
}

/** Imports one fixture into a scratch folder (removed afterwards) and reads what was written. */
export async function importFixture(fixture: Fixture): Promise<Imported> {
  const out = mkdtempSync(join(tmpdir(), 'intake-'));
  try {
    const result = await importClippings([fixture.input], { out });
    const rules = result.files.flatMap((f) => f.messages.map((m) => String(m.ruleId)));
    const text = result.written[0] ? readFileSync(result.written[0], 'utf8') : undefined;
    return { text, article: text === undefined ? undefined : splitArticle(text), rules };
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

export function expectedArticle(fixture: Fixture): Article {
  return splitArticle(readFileSync(fixture.expected, 'utf8'));
}
