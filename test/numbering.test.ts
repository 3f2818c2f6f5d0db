import { describe, expect, it } from 'vitest';
import { VFile } from 'vfile';
import { deriveNumbers, type NumberingInput } from '../src/content/numbering.ts';

const issue = (name: string, fields: Partial<NumberingInput> & { date: string; year: number }): NumberingInput => ({
  file: new VFile({ path: `/c/${name}/issue.md` }),
  locate: () => ({ line: 1, column: 1 }),
  ...fields,
});

describe('deriveNumbers', () => {
  it('counts on from the previous issue by date, restarting the number in a new year', () => {
    const issues = [
      issue('c', { year: 2025, date: '2025-01-08' }),
      issue('a', { year: 2024, number: 11, total: 142, date: '2024-11-07' }),
      issue('b', { year: 2024, date: '2024-12-06' }),
    ];
    expect(deriveNumbers(issues)).toEqual([
      { number: 1, total: 144 },
      { number: 11, total: 142 },
      { number: 12, total: 143 },
    ]);
    expect(issues.flatMap((i) => i.file.messages)).toEqual([]);
  });

  it('reports a duplicate total on both files, naming the other', () => {
    const issues = [issue('a', { year: 2024, number: 3, total: 134, date: '2024-03-07' }), issue('b', { year: 2024, number: 4, total: 134, date: '2024-04-07' })];
    deriveNumbers(issues);
    const [a, b] = issues.map((i) => i.file.messages.map((m) => m.reason));
    expect(a.join()).toMatch(/总第134期与 b\/issue\.md 相同/);
    expect(b.join()).toMatch(/总第134期与 a\/issue\.md 相同/);
    expect(issues.every((i) => i.file.messages.every((m) => m.fatal && m.ruleId === 'numbering-duplicate'))).toBe(true);
  });

  it('reports a duplicate year and number, even when derived', () => {
    const issues = [issue('a', { year: 2024, number: 4, total: 135, date: '2024-04-07' }), issue('b', { year: 2024, number: 3, total: 134, date: '2024-03-07' }), issue('c', { year: 2024, total: 136, date: '2024-05-07' })];
    deriveNumbers(issues);
    expect(issues[2].file.messages.map((m) => m.reason).join()).toBe('');
    const d = [issue('x', { year: 2024, number: 5, total: 1, date: '2024-01-01' }), issue('y', { year: 2024, number: 5, total: 2, date: '2024-02-01' })];
    deriveNumbers(d);
    expect(d[1].file.messages[0].reason).toMatch(/〔2024〕第5期与 x\/issue\.md 相同/);
  });

  it('assumes total = number for the first issue, with a warning', () => {
    const issues = [issue('a', { year: 2024, date: '2024-01-07' })];
    expect(deriveNumbers(issues)).toEqual([{ number: 1, total: 1 }]);
    expect(issues[0].file.messages[0].fatal).toBe(false);
  });
});
