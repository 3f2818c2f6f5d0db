/**
 * Checks parsed YAML against a zod schema and turns every schema issue into a
 * located problem that says what to write instead. Unknown keys are warnings
 * with a "did you mean" hint, since a misspelt optional key is otherwise lost.
 */
import { z } from 'zod';
import type { VFile } from 'vfile';
import { reportError, reportWarning } from '../core/problems.ts';
import type { YamlSource } from './yaml-source.ts';
import { t } from '../i18n/index.ts';
import { nearest } from './did-you-mean.ts';

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
    reportError(file, t().content.notAMapping({ what, example: help.title ?? '…' }), source.locate([]), 'schema');
    return undefined;
  }
  warnUnknownKeys(file, source, schema);
  const result = schema.safeParse(source.data);
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    const path = issue.path as PropertyKey[];
    reportError(file, explain(issue, path, valueAt(source.data, path), help, what), source.locate(path), `schema-${issue.code}`);
  }
  return undefined;
}

function explain(issue: z.core.$ZodIssue, path: PropertyKey[], value: unknown, help: KeyHelp, what: string): string {
  const c = t().content;
  const key = path.map(String).join('.');
  const top = String(path[path.length - 1] ?? '');
  const example = help[key] ?? help[top];
  if (value === undefined && issue.code === 'invalid_type') return c.missingKey({ key, top, example: example ?? '…', what });
  const shown = JSON.stringify(value) ?? String(value);
  const hint = example ? ` ${c.forExample({ top, example })}` : '';
  if (issue.code === 'invalid_type') return `${c.wrongType({ key, expected: c.typeNames[issue.expected] ?? issue.expected, shown })}${hint}`;
  return `${c.badValue({ key, problem: problemOf(issue), shown })}${hint}`;
}

/** zod's own words are English: each kind of issue in the catalogue's words instead. */
function problemOf(issue: z.core.$ZodIssue): string {
  const c = t().content;
  switch (issue.code) {
    case 'too_small':
      return issue.origin === 'string' ? c.tooSmallText : issue.origin === 'array' ? c.tooFewItems({ min: String(issue.minimum) }) : c.tooSmallNumber({ min: String(issue.minimum) });
    case 'too_big':
      return c.tooBigNumber({ max: String(issue.maximum) });
    case 'invalid_value':
      return c.oneOf({ values: issue.values.map((v) => `\`${String(v)}\``).join('、') });
    case 'invalid_format':
      return issue.format === 'url' ? c.notUrl : issue.message;
    case 'not_multiple_of':
      return c.notWhole;
    default:
      return issue.message;
  }
}

function valueAt(data: unknown, path: PropertyKey[]): unknown {
  let value: unknown = data;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

function warnUnknownKeys(file: VFile, source: YamlSource, schema: z.ZodType): void {
  const shape = (schema as unknown as { shape?: Record<string, unknown> }).shape;
  if (!shape) return;
  const known = Object.keys(shape);
  for (const key of Object.keys(source.data as object)) {
    if (known.includes(key)) continue;
    const near = nearest(key, known);
    const reason = near ? t().content.unknownKeyNear({ key, near }) : t().content.unknownKeyList({ key, known: known.map((k) => `\`${k}\``).join('、') });
    reportWarning(file, reason, source.locateKey([key]), 'unknown-key');
  }
}
