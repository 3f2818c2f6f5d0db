/**
 * Splits a Markdown file into its YAML front matter (between `---` lines at the
 * very top) and its body, keeping line numbers: the body is returned with the
 * front matter lines blanked, so Markdown positions are file positions.
 */
import type { VFile } from 'vfile';
import { reportError } from './problems.ts';
import { parseYamlSource, type YamlSource } from './yaml-source.ts';

export interface FrontMatter {
  yaml: YamlSource;
  /** The body with the front matter replaced by empty lines. */
  body: string;
  /** Whether the file had a front matter block at all. */
  present: boolean;
}

export function splitFrontMatter(file: VFile, text: string): FrontMatter {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  if (lines[0]?.trim() !== '---') {
    return { yaml: parseYamlSource(file, '{}'), body: text, present: false };
  }
  const end = lines.findIndex((line, i) => i > 0 && /^(---|\.\.\.)\s*$/.test(line));
  if (end < 0) {
    reportError(
      file,
      'The front matter that starts on line 1 with `---` is never closed: add a line with only `---` after the last `key: value` line.',
      { line: 1, column: 1 },
      'front-matter-unclosed',
    );
    return { yaml: parseYamlSource(file, '{}'), body: '', present: true };
  }
  const yamlText = lines.slice(1, end).join('\n');
  const yaml = parseYamlSource(file, yamlText.trim() ? yamlText : '{}', 1);
  const body = [...lines.slice(0, end + 1).map(() => ''), ...lines.slice(end + 1)].join('\n');
  return { yaml, body, present: true };
}
