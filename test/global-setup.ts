/**
 * A folder for this run of the suite, shared by every test file and removed
 * at the end: the sample content is built into it once, by the first test
 * that asks (test/helpers.ts sampleBuild), and read by the others — the PDF
 * tests, the typesetting measures, the web edition's tests (issue #14).
 * Built lazily, so that running one test file that does not need it costs
 * nothing.
 */
import type { TestProject } from 'vitest/node';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

declare module 'vitest' {
  export interface ProvidedContext {
    runDir: string;
  }
}

export default function setup(project: TestProject): () => void {
  // The CLI runs from a bundle remade when src/ is newer (bin/yuebao.js): made here once, before
  // the test files start, not by every CLI the first tests spawn at the same moment.
  execFileSync(process.execPath, [join(import.meta.dirname, '..', 'bin', 'yuebao.js'), '--help'], { stdio: 'ignore' });
  const runDir = mkdtempSync(join(tmpdir(), 'yuebao-suite-'));
  project.provide('runDir', runDir);
  return () => rmSync(runDir, { recursive: true, force: true });
}
