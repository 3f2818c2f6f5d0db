/**
 * Splits a Markdown file into its YAML front matter (between `---` lines at the
 * very top) and its body, keeping line numbers: the body is returned with the
 * front matter lines blanked, so Markdown positions are file positions.
 */
import type { VFile } from 'vfile';
import { reportError } from '../core/problems.ts';
import { t } from '../i18n/index.ts';
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
  const end = closingLine(lines);
  if (end < 0) {
    reportError(
      file,
      t().content.frontMatterUnclosed,
      { line: 1, column: 1 },
      'front-matter-unclosed',
    );
    return { yaml: parseYamlSource(file, '{}'), body: '', present: true };
  }
  const yamlText = lines.slice(1, end).join('\n');
  const yaml = parseYamlSource(file, yamlText.trim() ? yamlText : '{}', 1);
  return { yaml, body: blankThrough(lines, end), present: true };
}

/** The index of the line that closes a front matter opened on line 1, or -1. */
function closingLine(lines: string[]): number {
  return lines.findIndex((line, i) => i > 0 && /^(---|\.\.\.)\s*$/.test(line));
}

function blankThrough(lines: string[], end: number): string {
  return [...lines.slice(0, end + 1).map(() => ''), ...lines.slice(end + 1)].join('\n');
}

/**
 * The text with its front matter blanked, checking nothing: for passes over
 * prose that run after loading (yuebao check). Every character of the front
 * matter but its line breaks becomes a space, so lines, columns and offsets
 * in the Markdown are those of the file, and a fix can be made by offset.
 */
export function blankFrontMatter(text: string): string {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  if (lines[0]?.trim() !== '---') return text;
  const end = closingLine(lines);
  if (end < 0) return text;
  const breaks = [...text.matchAll(/\r?\n/g)];
  const cut = breaks[end] ? breaks[end].index + breaks[end][0].length : text.length;
  return text.slice(0, cut).replace(/[^\r\n]/g, ' ') + text.slice(cut);
}
