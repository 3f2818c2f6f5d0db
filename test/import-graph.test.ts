/**
 * The import graph (issue #14): no circles, no arrow running back up the
 * layers. The rules and the layers are in .dependency-cruiser.cjs.
 */
import { createRequire } from 'node:module';
import { expect, it } from 'vitest';
import { cruise } from 'dependency-cruiser';
import { ROOT } from './helpers.ts';

it('has no import circles and no arrows running back up the layers', async () => {
  const rules = createRequire(import.meta.url)(`${ROOT}/.dependency-cruiser.cjs`);
  const result = await cruise(['src'], { ...rules.options, ruleSet: { forbidden: rules.forbidden }, validate: true, baseDir: ROOT });
  const output = typeof result.output === 'string' ? undefined : result.output;
  const violations = (output?.summary.violations ?? []).map((v) => `${v.rule.name}: ${v.from} → ${v.to}${v.cycle ? ` (${v.cycle.map((c) => (typeof c === 'string' ? c : c.name)).join(' → ')})` : ''}`);
  expect(output?.summary.totalCruised, 'the cruise parsed the sources').toBeGreaterThan(150);
  expect(violations).toEqual([]);
}, 60_000);
