/**
 * The proof-reading rules (src/check/prose-rules.ts) as remark-lint rules:
 * each a unified plugin made with unified-lint-rule, reporting vfile messages
 * (`source` yuebao, `ruleId` the rule) placed from start to end in the file,
 * on the prose of the mdast (src/check/prose-runs.ts). A message with a safe
 * fix carries it as `fix`, in file offsets, and, as remark-lint rules do, the
 * text it is about as `actual` and that text fixed as `expected`.
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import { lintRule } from 'unified-lint-rule';
import type { Root } from 'mdast';
import { VFile } from 'vfile';
import type { VFileMessage } from 'vfile-message';
import { PROSE_RULES, type Edit, type ProseRule } from './prose-rules.ts';
import { placeHit, proseRuns, type PlacedHit, type ProseRun } from './prose-runs.ts';

/** A message of these rules: its fix, when safe, in offsets of the file's text. */
export type ProofreadMessage = VFileMessage & { fix?: NonNullable<PlacedHit['fix']> };

/** The runs of prose of a tree, worked out once for all the rules that read them. */
const runsOf = new WeakMap<Root, ProseRun[]>();

function proseLintRule(ruleId: string, rule: ProseRule) {
  return lintRule<Root>(`yuebao:${ruleId}`, (tree, file) => {
    const source = String(file.value);
    let runs = runsOf.get(tree);
    if (!runs) runsOf.set(tree, (runs = proseRuns(tree, source)));
    const lines = lineStarts(source);
    for (const run of runs) {
      for (const hit of rule(run.text)) {
        const placed = placeHit(run, hit);
        if (!placed) continue;
        const message: ProofreadMessage = file.message(hit.message, { place: { start: point(lines, placed.start), end: point(lines, placed.end) } });
        if (!placed.fix) continue;
        const { span, edits } = placed.fix;
        message.fix = placed.fix;
        message.actual = source.slice(span.start, span.end);
        message.expected = [applyEdits(source, span, edits)];
      }
    }
  });
}

/** One plugin a rule, by rule id: the remark-lint way, each can be turned off or made an error on its own. */
export const proofreadRules = Object.fromEntries(PROSE_RULES.map(([ruleId, rule]) => [ruleId, proseLintRule(ruleId, rule)]));

/** Parses as the build does (CommonMark + GFM), then runs every rule. */
const processor = unified()
  .use(remarkParse)
  .use(remarkGfm)
  .use(PROSE_RULES.map(([ruleId]) => proofreadRules[ruleId]))
  .freeze();

/**
 * The findings of every rule in a Markdown text (front matter blanked, its
 * length kept, so offsets are the file's), sorted by place; rules at the same
 * place in the order of PROSE_RULES.
 */
export function proofread(markdown: string, path?: string): ProofreadMessage[] {
  const file = new VFile({ path, value: markdown });
  processor.runSync(processor.parse(file), file);
  const rank = (m: VFileMessage) => PROSE_RULES.findIndex(([id]) => id === m.ruleId);
  // Array.prototype.sort is stable: one rule's findings at one place stay in the order it found them.
  return [...file.messages].sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0) || rank(a) - rank(b));
}

/** `text` from span.start to span.end with `edits` (all inside it) made. */
export function applyEdits(text: string, span: { start: number; end: number }, edits: Edit[]): string {
  let out = '';
  let at = span.start;
  for (const e of [...edits].sort((a, b) => a.index - b.index)) {
    if (e.index < span.start || e.index + e.length > span.end) continue;
    out += text.slice(at, e.index) + e.replacement;
    at = e.index + e.length;
  }
  return out + text.slice(at, span.end);
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

/** The line and column (1-based) of an offset in `text`. */
export function placeOf(text: string, offset: number): { line: number; column: number } {
  const { line, column } = point(lineStarts(text), offset);
  return { line, column };
}

/** The line and column (1-based) of an offset, as unist counts them. */
function point(starts: number[], offset: number): { line: number; column: number; offset: number } {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, column: offset - starts[lo] + 1, offset };
}
