/**
 * The YAML mistakes editors make, found line by line before the parser has
 * its say. A Chinese input method types `title：` (full-width colon) or a
 * full-width space; Word indents with a Tab; a headline holds `: ` or ` #`.
 * The parser reports such lines as "Implicit keys need to be on a single
 * line" somewhere below them — or, worse, folds `source：…` silently into the
 * value above. A title that starts with a sign (`*重要*`, `@某某`) or a
 * quoted phrase (`"百千万工程"推进会`), or a line indented one step too deep,
 * fares no better: an English message, a crash, or two list items silently
 * merged into one. Here each is named for what it is, at the key's column
 * (a value's mistake at the value's), with the fix.
 */
import { t } from '../i18n/index.ts';

export interface YamlMistake {
  line: number;
  column: number;
  reason: string;
  ruleId: string;
  /** Errors stop the build; a warning is only something the editor should see. */
  fatal: boolean;
  /** The first line the parser's errors about this mistake may stand on (it blames the line above a bad indent). */
  from?: number;
}

/** `  - key` / `key` at a line start: the indentation, an optional list dash, the key. */
const KEY = /^([ \t\u3000]*)(-[ \t]+)?([A-Za-z_][\w-]*)/;
/** `  - item`: a list item that is a value, not a `key: value`. */
const ITEM = /^([ \t]*)(-[ \t]+)(?![A-Za-z_][\w-]*[ \t\u3000]*[:：])(.*)$/;
/** Keys whose values are prose: a ` #` in them is far likelier a headline's # than a comment. */
const TEXT_KEYS = new Set(['title', 'subtitle', 'toc', 'caption', 'credit', 'source', 'author', 'sponsor', 'editor', 'address', 'license']);

export function findYamlMistakes(text: string): YamlMistake[] {
  const found: YamlMistake[] = [];
  let block = -1; // inside a `|` or `>` block scalar: lines indented deeper than this are text
  // The line above, when it was a `key: value` with a plain value, or a plain `- item`: a line indented deeper cannot belong to it.
  let lastValue: { indent: number; line: number } | undefined;
  let lastItem: { indent: number } | undefined;
  // A file saved on Windows ends its lines with CR LF.
  const lines = text.split(/\r?\n/);
  lines.forEach((raw, i) => {
    const line = i + 1;
    const indent = /^[ \t]*/.exec(raw)![0].length;
    if (block >= 0 && (indent > block || !raw.trim())) return;
    block = -1;
    if (/^\s*#/.test(raw) || !raw.trim()) return;
    const [aboveValue, aboveItem] = [lastValue, lastItem];
    lastValue = lastItem = undefined;
    const add = (column: number, reason: string, ruleId: string, fatal = true, from = line) => found.push({ line, column, reason, ruleId, fatal, from });

    const tab = /^[ ]*\t/.exec(raw);
    if (tab) add(tab[0].length, t().content.yamlTab, 'yaml-tab');

    const item = ITEM.exec(raw);
    if (item) {
      // `- a.md` and, below it, `   - b.md` one space deeper: YAML quietly reads one item "a.md - b.md".
      if (aboveItem && item[1].length > aboveItem.indent) return add(item[1].length + 1, t().content.yamlListIndent, 'yaml-list-indent');
      const value = item[3].trim();
      const mistake = valueMistake(value, (v) => `- ${v}`);
      if (mistake) return add(item[1].length + item[2].length + 1, mistake.reason, mistake.ruleId);
      if (isPlain(value)) lastItem = { indent: item[1].length };
      return;
    }

    const m = KEY.exec(raw);
    if (!m) return;
    const key = m[3];
    const keyColumn = m[1].length + (m[2]?.length ?? 0) + 1;
    const after = raw.slice(m[0].length);
    if (/^[ \t\u3000]*：/.test(after)) return add(keyColumn, t().content.yamlFullwidthColon({ key }), 'yaml-fullwidth-colon');
    if (/^\u3000+:|^:\u3000/.test(after)) return add(keyColumn, t().content.yamlFullwidthSpace({ key }), 'yaml-fullwidth-colon');
    if (/^:[^\s:/\\]/.test(after) && !/^:\/\//.test(after)) return add(keyColumn, t().content.yamlNoSpaceAfterColon({ key }), 'yaml-no-space');
    // `year: 2024` and, below it, `  period: …` indented: the parser blames `2024`, in English.
    if (!m[2] && /^[ \t]*:/.test(after) && aboveValue && indent > aboveValue.indent) {
      return add(indent + 1, t().content.yamlBadIndent, 'yaml-indent', true, aboveValue.line);
    }
    const [, space, value] = /^:([ \t]+)(.*)$/.exec(after) ?? [];
    if (value === undefined) return;
    if (/^[|>][-+0-9]*[ \t]*(#.*)?$/.test(value)) {
      block = indent;
      return;
    }
    const open = value[0] === '[' ? ['[', ']'] : value[0] === '{' ? ['{', '}'] : undefined;
    if (open && value.split(open[0]).length > value.split(open[1]).length && !closesBelow(lines, i, open[0], open[1], indent)) {
      return add(keyColumn, t().content.yamlUnclosedBracket({ key, open: open[0], close: open[1] }), 'yaml-unclosed-bracket');
    }
    const mistake = valueMistake(value.trim(), (v) => `${key}: ${v}`);
    if (mistake) return add(m[0].length + 1 + space.length + 1, mistake.reason, mistake.ruleId);
    if (isPlain(value)) lastValue = { indent: keyColumn - 1, line };
    if (/^["'[{&*!]/.test(value)) return; // quoted, flow, anchors and tags: the parser's business
    const colon = value.search(/:[ \t]/);
    const hash = value.search(/[ \t]#/);
    if (colon >= 0 && (hash < 0 || colon < hash)) return add(keyColumn, t().content.yamlUnquotedColon({ key }), 'yaml-unquoted-colon');
    if (hash >= 0 && TEXT_KEYS.has(key)) {
      add(keyColumn, t().content.yamlCommentInValue({ key, lost: value.slice(hash).trim() }), 'yaml-comment-in-value', false);
    }
  });
  return found;
}

/** A plain value (not quoted, bracketed, a block or a sign): a line indented deeper below it can only be a mistake. */
const isPlain = (value: string) => value.trim() !== '' && !/^["'[{|>&*!@%`#]/.test(value);

/**
 * A value YAML reads otherwise than an editor means: one that starts with a
 * sign (`*重要*`, `@某某`, `- `), or `"百千万工程"推进会` and `[视频]……`,
 * where YAML keeps only what the quotes or brackets hold (or stops). `written`
 * shows the value on its line, for the example of the fix.
 */
function valueMistake(value: string, written: (value: string) => string): { reason: string; ruleId: string } | undefined {
  const c = t().content;
  const quoted = written(value.includes('"') ? `'${value.replaceAll("'", "''")}'` : `"${value}"`);
  const sign = /^(?!!!)[@`%*&!]/.test(value) || /^[-?](?:[ \t]|$)/.test(value) || (/^[|>]/.test(value) && !/^[|>][-+0-9]*[ \t]*(#.*)?$/.test(value));
  if (sign) return { reason: c.yamlReservedStart({ char: value[0], example: quoted }), ruleId: 'yaml-reserved-start' };
  const close = closingIndex(value);
  if (close !== undefined) {
    const rest = value.slice(close + 1);
    if (rest.trim() && !/^[ \t]+#/.test(rest) && !/^[ \t]*:/.test(rest)) {
      return { reason: c.yamlTextAfterQuote({ open: value[0], close: value[close], example: quoted }), ruleId: 'yaml-text-after-quote' };
    }
  }
  return undefined;
}

/**
 * Whether the `[` (or `{`) left open on line `at` closes on a later line
 * before the next key at its level: `articles: [a.md,` over two lines is
 * good YAML.
 */
function closesBelow(lines: string[], at: number, open: string, close: string, indent: number): boolean {
  const count = (line: string, char: string) => line.split(char).length - 1;
  let depth = count(lines[at], open) - count(lines[at], close);
  for (const line of lines.slice(at + 1)) {
    if (!line.trim() || /^\s*#/.test(line)) continue;
    if (/^[ \t]*/.exec(line)![0].length <= indent && /^\s*(-[ \t]+)?[A-Za-z_][\w-]*[ \t]*:/.test(line)) return false;
    depth += count(line, open) - count(line, close);
    if (depth <= 0) return true;
  }
  return false;
}

/** Where the quote or bracket that opens `value` closes on its line, or undefined. */
function closingIndex(value: string): number | undefined {
  const open = value[0];
  if (open === '"' || open === "'") {
    for (let i = 1; i < value.length; i++) {
      if (open === '"' && value[i] === '\\') i++;
      else if (value[i] === open && open === "'" && value[i + 1] === "'") i++;
      else if (value[i] === open) return i;
    }
    return undefined;
  }
  const close = open === '[' ? ']' : open === '{' ? '}' : undefined;
  if (!close) return undefined;
  let depth = 0;
  for (let i = 0; i < value.length; i++) {
    if (value[i] === open) depth++;
    else if (value[i] === close && --depth === 0) return i;
  }
  return undefined;
}

/** The parser's own errors, named in an editor's words where we know what they mean. */
export function explainParserError(code: string, message: string, lineText: string): { reason: string; ruleId: string } {
  const c = t().content;
  if (code === 'TAB_AS_INDENT') return { reason: c.yamlTab, ruleId: 'yaml-tab' };
  if (code === 'MISSING_CHAR' && /quote/i.test(message)) {
    const quote = message.includes('"quote') ? '"' : "'";
    return { reason: c.yamlUnclosedQuote({ quote }), ruleId: 'yaml-unclosed-quote' };
  }
  if (code === 'DUPLICATE_KEY') return { reason: c.yamlDuplicateKey({ key: KEY.exec(lineText)?.[3] ?? '' }), ruleId: 'yaml-duplicate-key' };
  const listLine = /^\s*-/.test(lineText);
  if (/sequence item without - indicator/i.test(message) || (listLine && ['BAD_INDENT', 'BLOCK_AS_IMPLICIT_KEY', 'UNEXPECTED_TOKEN'].includes(code))) {
    return { reason: c.yamlListIndent, ruleId: 'yaml-list-indent' };
  }
  if (code === 'BAD_INDENT') return { reason: c.yamlBadIndent, ruleId: 'yaml-indent' };
  return { reason: c.yamlOther({ detail: message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '').replace(/\.$/, '') }), ruleId: 'yaml-syntax' };
}
