/**
 * The proof-reader's findings in the form `yuebao check` lists and fixes them:
 * in a Markdown text, from the remark-lint rules on its mdast
 * (src/check/remark-proofread.ts); in a title of the front matter, from the
 * same rules on the plain value (src/check/title-rules.ts). Each finding has
 * a place and, when the fix is safe, the edits that make it, in offsets of
 * the text it was found in; fixText makes them.
 */
import { PROSE_RULES, type Edit } from './prose-rules.ts';
import { applyEdits, placeOf, proofread } from './remark-proofread.ts';

export type { Edit };
export { placeOf };

export interface TextFinding {
  line: number;
  column: number;
  message: string;
  ruleId: string;
  /** The text the finding is about (0-based, in the linted text): what a fix shows as before → after. */
  span: { start: number; end: number };
  /** A safe fix: small edits that never overlap another rule's (each rule edits its own characters). */
  fix?: Edit[];
}

/** A fix made: where the replaced text starts, and the text before and after. */
export interface FixMade {
  finding: TextFinding;
  line: number;
  column: number;
  before: string;
  after: string;
}

/** Lints a Markdown text (front matter blanked with its length kept): places and offsets are the text's. */
export function lintMarkdown(markdown: string): TextFinding[] {
  return proofread(markdown).map((m) => {
    const start = m.place && 'start' in m.place ? m.place.start.offset! : 0;
    return {
      line: m.line ?? 1,
      column: m.column ?? 1,
      message: m.reason,
      ruleId: m.ruleId ?? '',
      span: m.fix?.span ?? { start, end: start + 1 },
      fix: m.fix?.edits,
    };
  });
}

/** Lints plain text that is no Markdown (a title's value): every character is prose. */
export function lintProse(text: string): TextFinding[] {
  const findings = PROSE_RULES.flatMap(([ruleId, rule]) =>
    rule(text).map((hit) => ({ ...placeOf(text, hit.index), message: hit.message, ruleId, span: hit.span, fix: hit.fix })),
  );
  return findings.sort((a, b) => a.line - b.line || a.column - b.column);
}


const overlap = (a: Edit, b: Edit) => a.index < b.index + b.length && b.index < a.index + a.length;

/**
 * Makes the safe fixes of `findings` (all found in `text`) in one pass. A finding
 * whose edits would overlap one already taken is left out (and stays a
 * warning). Each fix made shows its span before and after every edit in it,
 * so `"开门红,"` → `“开门红，”` even though the comma is another rule's fix.
 */
export function fixText(text: string, findings: TextFinding[]): { text: string; edits: Edit[]; made: FixMade[] } {
  const edits: Edit[] = [];
  const taken: TextFinding[] = [];
  for (const finding of findings) {
    if (!finding.fix || finding.fix.some((e) => edits.some((o) => overlap(e, o)))) continue;
    edits.push(...finding.fix);
    taken.push(finding);
  }
  edits.sort((a, b) => a.index - b.index);
  const made = taken.map((finding) => ({
    finding,
    ...placeOf(text, finding.span.start),
    before: text.slice(finding.span.start, finding.span.end),
    after: applyEdits(text, finding.span, edits),
  }));
  return { text: applyEdits(text, { start: 0, end: text.length }, edits), edits, made };
}
