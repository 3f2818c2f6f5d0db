/**
 * Built once for the whole suite (issue #14): the sample content's PDFs, as
 * `yuebao build content --no-web` makes them. The PDF tests and the
 * typesetting measures read this one build instead of each building the
 * sample again. Tests get its folder and the CLI's output with
 * `inject('sampleBuild')`.
 */
import type { TestProject } from 'vitest/node';
import { rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { SAMPLE, runCli, tempDir } from './helpers.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    sampleBuild: { out: string; stdout: string; stderr: string };
  }
}

export default function setup(project: TestProject): () => void {
  const out = join(tempDir('sample-build'), 'dist');
  const run = runCli(['build', SAMPLE, '--out', out, '--no-web', '--force']);
  if (run.status !== 0) throw new Error(`the sample did not build:\n${run.stderr}`);
  project.provide('sampleBuild', { out, stdout: run.stdout, stderr: run.stderr });
  return () => rmSync(dirname(out), { recursive: true, force: true });
}
