/**
 * The whole pipeline, in memory (issue #14): a build into a MemorySink
 * writes no file, yet stages the print HTML, plans the next build from its
 * manifests, and refuses what needs a disk.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { build } from '../src/build.ts';
import { MemorySink } from '../src/output/sink.ts';
import { browserLaunches } from '../src/print/browser.ts';
import { SAMPLE, tempDir } from './helpers.ts';


it('builds the sample into memory, takes unchanged issues over from there, and touches no disk', async () => {
  const sink = new MemorySink();
  const out = join(tempDir('memory'), 'dist');
  const launches = browserLaunches();
  const first = await build({ path: SAMPLE, out, sink, pdf: false, web: false });
  expect(first.ok).toBe(true);
  expect(existsSync(out)).toBe(false);
  expect(sink.text('print/2024-03/index.html')).toContain('立春过后，北江两岸的风一天比一天柔和');
  expect(sink.committed.has('print/2024-03/measures.css')).toBe(true);
  expect(JSON.parse(sink.text('.yuebao/2024-03.json')!).outputs).toEqual(['print/2024-03']);

  const again = await build({ path: SAMPLE, out, sink, pdf: false, web: false });
  expect(again.unchanged).toEqual(['2024-03', '2024-04']);
  expect(sink.text('print/2024-04/index.html')).toContain('<html');
  expect(existsSync(out)).toBe(false);
  // A build without PDF and web edition needs no browser: one launched here would be a bug.
  expect(browserLaunches()).toBe(launches);
});

it('says that printing needs a folder on disk', async () => {
  await expect(build({ path: join(SAMPLE, '2024-04'), out: 'unused', sink: new MemorySink(), pdf: false, web: true, force: true })).rejects.toThrow(/磁盘|disk/);
});
