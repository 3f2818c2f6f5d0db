/**
 * Checks parsed YAML against a zod schema and turns every schema issue into a
 * located problem that says what to write instead. Unknown keys are warnings
 * with a "did you mean" hint, since a misspelt optional key is otherwise lost.
 */
import { z } from 'zod';
import type { VFile } from 'vfile';
import { reportError, reportWarning } from './problems.ts';
import type { YamlSource } from './yaml-source.ts';

export interface KeyHelp {
  /** An example value per key, used in "add `key: example`" hints. */
  [key: string]: string;
}

export function validate<T extends z.ZodType>(
  file: VFile,
  source: YamlSource,
  schema: T,
  help: KeyHelp,
  what: string,
): z.infer<T> | undefined {
  if (source.data === undefined) return undefined; // YAML syntax errors are already reported
  if (source.data === null || typeof source.data !== 'object' || Array.isArray(source.data)) {
    reportError(file, `The ${what} must be a list of \`key: value\` lines (for example \`title: ${help.title ?? '…'}\`).`, source.locate([]), 'schema');
    return undefined;
  }
  warnUnknownKeys(file, source, schema, help);
  const result = schema.safeParse(source.data);
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    const path = issue.path as PropertyKey[];
    reportError(file, explain(issue, path, valueAt(source.data, path), help, what), source.locate(path), `schema-${issue.code}`);
  }
  return undefined;
}

function explain(issue: z.core.$ZodIssue, path: PropertyKey[], value: unknown, help: KeyHelp, what: string): string {
  const key = path.map(String).join('.');
  const top = String(path[path.length - 1] ?? '');
  const example = help[key] ?? help[top];
  if (value === undefined && issue.code === 'invalid_type') {
    return `Missing \`${key}\` in the ${what}: add a line \`${top}: ${example ?? '…'}\`.`;
  }
  const shown = JSON.stringify(value);
  const hint = example ? ` For example: \`${top}: ${example}\`.` : '';
  if (issue.code === 'invalid_type') {
    return `\`${key}\` should be ${describe(issue.expected)}, not ${shown}.${hint}`;
  }
  return `\`${key}\`: ${issue.message} (found ${shown}).${hint}`;
}

function describe(expected: string): string {
  return ({ string: 'text', number: 'a number', boolean: 'true or false', array: 'a list', object: 'a group of `key: value` lines' } as Record<string, string>)[expected] ?? expected;
}

function valueAt(data: unknown, path: PropertyKey[]): unknown {
  let value: unknown = data;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

function warnUnknownKeys(file: VFile, source: YamlSource, schema: z.ZodType, help: KeyHelp): void {
  const shape = (schema as unknown as { shape?: Record<string, unknown> }).shape;
  if (!shape) return;
  const known = Object.keys(shape);
  for (const key of Object.keys(source.data as object)) {
    if (known.includes(key)) continue;
    const near = known.find((k) => editDistance(k, key) <= 2);
    const advice = near ? `did you mean \`${near}\`?` : `known keys are ${known.map((k) => `\`${k}\``).join(', ')}.`;
    reportWarning(file, `Unknown key \`${key}\` is ignored: ${advice}`, source.locateKey([key]), 'unknown-key');
  }
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length];
}
