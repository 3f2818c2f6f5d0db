/**
 * `yuebao check --press`: the preflight of the print shop's PDFs, without
 * touching the output folder. An issue whose press PDF in `out` is up to date
 * (the last build's fingerprint matches the content as it is now) is
 * preflighted from there; otherwise the press PDFs are made afresh in a
 * temporary folder — a build with --press, nothing kept — and preflighted
 * there. Findings are added to the check's files (a photo's Markdown file,
 * or `out/press/<issue>.pdf`), so they print with everything else.
 */
import { access, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import type { VFile } from 'vfile';
import { DEFAULT_TEMPLATES } from '../package-root.ts';
import { loadArchive } from '../model/load-archive.ts';
import { issueFingerprint, printRecipe, readManifest } from '../output/fingerprint.ts';
import { PRINT_IMAGE_MAX_WIDTH } from '../config/page-measures.ts';
import { FileRegistry } from '../core/problems.ts';
import { geometryOf, preflight } from './make-press.ts';
import { report } from './press-stage.ts';

export interface PressCheck {
  /** True when the press PDFs were made for the check (none up to date in `out`). */
  temporary: boolean;
  /** The checked files and any new ones (the press PDFs) with the findings added. */
  files: VFile[];
}

/**
 * A build with --press into a folder of its own. Given by the caller (the CLI passes
 * build()): press/ stands below the build in the layers and must not import it.
 */
export type PressBuild = (options: { path: string; out: string; pdf: true; web: false; press: true }) => Promise<{ files: VFile[] }>;

export async function checkPress(path: string, out: string, checked: VFile[], buildPress: PressBuild): Promise<PressCheck> {
  const files = new FileRegistry();
  for (const file of checked) files.add(file);
  const archive = await loadArchive(path);
  if (archive.files.hasErrors || archive.issues.length === 0) return { temporary: false, files: files.files };

  const current = await Promise.all(
    archive.issues.map(async (issue) => {
      const manifest = await readManifest(out, issue.folder);
      const fresh = manifest?.fingerprint === issueFingerprint(issue, DEFAULT_TEMPLATES, printRecipe(PRINT_IMAGE_MAX_WIDTH));
      const pdf = join(out, 'press', `${issue.folder}.pdf`);
      return fresh && manifest!.outputs.includes(`press/${issue.folder}.pdf`) && (await exists(pdf)) ? { issue, pdf } : undefined;
    }),
  );
  if (current.every(Boolean)) {
    const work = await mkdtemp(join(tmpdir(), 'yuebao-preflight-'));
    try {
      for (const { issue, pdf } of current.map((c) => c!)) {
        const readerPdf = await readFile(join(out, 'pdf', `${issue.folder}.pdf`)).then((b) => new Uint8Array(b), () => undefined);
        const findings = await preflight({ pdf: new Uint8Array(await readFile(pdf)), path: pdf, displayPath: pdf, geometry: geometryOf(issue), issue, readerPdf, work });
        report(files, findings);
      }
    } finally {
      await rm(work, { recursive: true, force: true });
    }
    return { temporary: false, files: files.files };
  }

  // Made afresh, out of sight: the build's preflight findings are taken over, named as if in `out`.
  const temp = await mkdtemp(join(tmpdir(), 'yuebao-check-press-'));
  try {
    const built = await buildPress({ path, out: join(temp, 'dist'), pdf: true, web: false, press: true });
    for (const file of built.files) {
      for (const message of file.messages) {
        if (!message.ruleId?.startsWith('press-')) continue;
        const inTemp = relative(join(temp, 'dist'), file.path);
        const target = inTemp.startsWith('..') ? file.path : join(out, inTemp);
        const copy = files.forPath(target).message(message.reason, { place: message.place, ruleId: message.ruleId, source: 'yuebao' });
        copy.fatal = message.fatal;
      }
    }
  } finally {
    await rm(temp, { recursive: true, force: true });
  }
  return { temporary: true, files: files.files };
}

async function exists(path: string): Promise<boolean> {
  return access(path).then(
    () => true,
    () => false,
  );
}
