/**
 * Incremental builds, planned: which issues are taken over from the last
 * build (their fingerprint and outputs unchanged, src/output/fingerprint.ts)
 * and which are made again; and, at the end, the manifests that let the next
 * build decide the same. The build reads the plan; this module alone knows
 * what an issue's outputs are called.
 */
import type { Issue } from '../model/types.ts';
import { issueFingerprint, manifestPath, type Manifest } from './fingerprint.ts';
import type { OutputSink } from './sink.ts';

export interface BuildPlan {
  /** Issues to make in this build. */
  toMake: Issue[];
  /** Issues whose print HTML and PDF were taken over. */
  unchanged: string[];
  /** Output entries already in the sink (the taken-over ones). */
  written: string[];
  fingerprints: Map<string, string>;
  /** The last build's manifest per issue (none with `force`). */
  manifests: Map<string, Manifest | undefined>;
}

export interface PlanOptions {
  issues: Issue[];
  sink: OutputSink;
  templatesDir: string;
  /** The options that change the print outputs, part of the fingerprint (photos' resolution). */
  recipe: string;
  pdf: boolean;
  force?: boolean;
}

/** The outputs of an issue's print stage. */
export const printOutputs = (folder: string, pdf: boolean) => [`print/${folder}`, ...(pdf ? [`pdf/${folder}.pdf`] : [])];

export async function planIssues(options: PlanOptions): Promise<BuildPlan> {
  const { issues, sink } = options;
  const fingerprints = new Map(issues.map((issue) => [issue.folder, issueFingerprint(issue, options.templatesDir, options.recipe)]));
  const manifests = new Map(await Promise.all(issues.map(async (issue) => [issue.folder, options.force ? undefined : await lastManifest(sink, issue.folder)] as const)));
  const plan: BuildPlan = { toMake: [], unchanged: [], written: [], fingerprints, manifests };
  for (const issue of issues) {
    const outputs = printOutputs(issue.folder, options.pdf);
    const manifest = manifests.get(issue.folder);
    const same = manifest?.fingerprint === fingerprints.get(issue.folder) && outputs.every((o) => manifest!.outputs.includes(o));
    if (same && (await Promise.all(outputs.map((o) => sink.reuse(o)))).every(Boolean)) {
      plan.unchanged.push(issue.folder);
      plan.written.push(...outputs);
    } else {
      plan.toMake.push(issue);
    }
  }
  return plan;
}

/** An unchanged issue keeps its web pages (and 公众号 export) only if the last build made them too. */
export function webToMake(plan: BuildPlan, issues: Issue[]): Issue[] {
  const stale = plan.unchanged.filter((folder) => {
    const outputs = plan.manifests.get(folder)?.outputs ?? [];
    return !outputs.includes(`web/${folder}`) || !outputs.includes(`wechat/${folder}`);
  });
  return [...plan.toMake, ...issues.filter((issue) => stale.includes(issue.folder))];
}

/** What each issue's outputs were made from, for the next build; returns the manifest entries written. */
export async function writeManifests(plan: BuildPlan, issues: Issue[], sink: OutputSink, written: string[], web: boolean): Promise<string[]> {
  const entries: string[] = [];
  for (const { folder } of issues) {
    const ownOutput = (w: string) => w === `print/${folder}` || w === `pdf/${folder}.pdf` || w.startsWith(`press/${folder}.`) || w.startsWith(`press/${folder}-booklet.`);
    const outputs = written.filter(ownOutput);
    if (web) outputs.push(`web/${folder}`, `wechat/${folder}`);
    const manifest: Manifest = { fingerprint: plan.fingerprints.get(folder)!, outputs };
    await sink.write('', [{ path: manifestPath(folder), contents: JSON.stringify(manifest, null, 2) }]);
    entries.push(manifestPath(folder));
  }
  return entries;
}

async function lastManifest(sink: OutputSink, folder: string): Promise<Manifest | undefined> {
  const text = await sink.lastText(manifestPath(folder));
  try {
    return text ? (JSON.parse(text) as Manifest) : undefined;
  } catch {
    return undefined;
  }
}
