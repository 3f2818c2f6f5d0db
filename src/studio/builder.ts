/**
 * 「生成」: `yuebao build` of the issue on screen (or of every issue) into the
 * output folder, one build at a time, its progress sent to the pages as
 * `build` events. The result names what the editor takes away: the PDF,
 * any other PDF of the issue (the press PDF, when a build makes one), and
 * the web edition (its folder on disk, and a zip of it for the web
 * administrator: zipWebEdition).
 */
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import JSZip from 'jszip';
import type { Browser } from 'puppeteer';
import { parse } from 'yaml';
import { build, type BuildOptions, type ProgressEvent } from '../build.ts';
import { describeFault } from '../errors.ts';
import { t } from '../i18n/index.ts';
import { problemRows, type ProblemRow } from './api/problems.ts';
import { StudioError } from './studio-error.ts';

export interface BuildState {
  running: boolean;
  folder?: string;
  all?: boolean;
  startedAt?: number;
  /** Progress lines so far, in Chinese. */
  steps: string[];
  result?: {
    ok: boolean;
    seconds: number;
    problems: ProblemRow[];
    /** Why it could not run (no browser, disk full …). */
    fault?: string;
    pdf?: string;
    /** Other PDFs of the issue (the press PDF). */
    otherPdfs: string[];
    web?: string;
    webDir?: string;
    out: string;
  };
}

export class StudioBuilder {
  readonly state: BuildState = { running: false, steps: [] };

  /** `browser`: a Chromium kept running by the studio (the preview's), lent to each build: no launch per build. */
  constructor(private readonly options: { root: string; out: string; browser?: () => Promise<Browser>; onEvent: (state: BuildState) => void }) {}

  start(folder: string, all = false): void {
    if (this.state.running) throw new StudioError(409, t().studio.buildRunning);
    Object.assign(this.state, { running: true, folder, all, startedAt: Date.now(), steps: [], result: undefined });
    this.options.onEvent(this.state);
    void this.run(folder, all);
  }

  private async run(folder: string, all: boolean): Promise<void> {
    const { out, root } = this.options;
    const started = performance.now();
    const m = t().studio;
    const step = (line: string) => {
      this.state.steps.push(line);
      this.options.onEvent(this.state);
    };
    step(m.buildStarted);
    try {
      // The print shop's PDF too when publication.yml asks for it (its `press:` settings, `yuebao build --press`).
      const press = (await pressConfigured(root)) ? ({ press: true } as Record<string, unknown>) : {};
      const result = await build({
        path: all ? root : join(root, folder),
        out,
        pdf: true,
        web: true,
        onProgress: (event: ProgressEvent) => step(describe(event)),
        ...(this.options.browser ? { browser: this.options.browser(), keepBrowser: true } : {}),
        ...press,
      } as BuildOptions);
      const seconds = Math.round((performance.now() - started) / 100) / 10;
      const problems = problemRows(result.files, root);
      const pdfs = result.ok ? await readdir(join(out, 'pdf')).catch(() => [] as string[]) : [];
      const pressPdfs = result.ok ? await readdir(join(out, 'press')).catch(() => [] as string[]) : [];
      this.state.result = {
        ok: result.ok,
        seconds,
        problems,
        out,
        pdf: pdfs.includes(`${folder}.pdf`) ? `pdf/${encodeURIComponent(folder)}.pdf` : undefined,
        otherPdfs: [
          ...pdfs.filter((p) => p !== `${folder}.pdf` && p.startsWith(folder) && p.endsWith('.pdf')).map((p) => `pdf/${encodeURIComponent(p)}`),
          ...pressPdfs.filter((p) => p.startsWith(folder) && p.endsWith('.pdf')).map((p) => `press/${encodeURIComponent(p)}`),
        ],
        web: result.ok ? `web/${encodeURIComponent(folder)}/index.html` : undefined,
        webDir: result.ok ? join(out, 'web') : undefined,
      };
      step(result.ok ? m.buildDone({ seconds }) : m.buildFailed);
    } catch (error) {
      const seconds = Math.round((performance.now() - started) / 100) / 10;
      this.state.result = { ok: false, seconds, problems: [], fault: describeFault(error).message, otherPdfs: [], out };
      step(m.buildFailed);
    } finally {
      this.state.running = false;
      this.options.onEvent(this.state);
    }
  }
}

function describe(event: ProgressEvent): string {
  const m = t().studio;
  if (event.type === 'loaded') return m.buildLoaded({ issues: event.issues.join('、') });
  if (event.type === 'committed') return m.buildCommitted;
  return m.buildStep({ issue: event.issue, step: t().cli.steps[event.step] ?? event.step });
}

/** The web edition as one zip (the folder's contents at its top), for the web administrator. */
export async function zipWebEdition(out: string): Promise<Buffer> {
  const web = join(out, 'web');
  const names = await readdir(web, { recursive: true, withFileTypes: true }).catch(() => {
    throw new StudioError(404, t().studio.noWebEdition);
  });
  const zip = new JSZip();
  for (const entry of names) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    zip.file(path.slice(web.length + 1).split('\\').join('/'), await readFile(path));
  }
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 6 } });
}

/** Whether publication.yml has `press:` settings (a print shop's PDF is wanted). */
async function pressConfigured(root: string): Promise<boolean> {
  const text = await readFile(join(root, 'publication.yml'), 'utf8').catch(() => '');
  try {
    const data = parse(text) as Record<string, unknown> | null;
    return !!data && typeof data === 'object' && data.press !== undefined && data.press !== false;
  } catch {
    return false;
  }
}
