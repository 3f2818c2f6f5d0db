/**
 * The `yuebao` command line: argv → commands. The only place that prints to
 * the terminal or sets the exit code; everything below returns data.
 */
import { Command } from 'commander';
import { relative, resolve } from 'node:path';
import { LocationError } from '../content/discover.ts';
import { YuebaoError } from '../errors.ts';
import { formatProblems, summary } from './report.ts';
import { progressReporter } from './progress.ts';

const program = new Command('yuebao')
  .description('月报: builds monthly bulletins written in Markdown into a print PDF and a web edition')
  .option('--verbose', 'show the full error (with stack) when something inside breaks')
  .showHelpAfterError('(run `yuebao --help` for the commands)');

program
  .command('build')
  .description('build every issue of a content folder, or one issue folder')
  .argument('[path]', 'content folder (publication.yml + issue folders) or one issue folder', 'content')
  .option('-o, --out <dir>', 'output folder', 'dist')
  .option('--no-pdf', 'skip the PDF (print HTML only)')
  .option('--no-web', 'skip the web edition')
  .option('--force', 'make every issue again, even those that did not change since the last build')
  .option('--timings', 'print how long each stage took (used by bench/)')
  .action(async (path: string, opts: { out: string; pdf: boolean; web: boolean; force?: boolean; timings?: boolean }) => {
    // Chromium starts first, and the pipeline's modules load while it does:
    // on two cores that hides most of the launch (bench/RESULTS.md).
    const browser = opts.pdf ? import('../print/browser.ts').then((m) => m.launchBrowser()) : undefined;
    browser?.catch(() => {}); // reported by build(), which awaits it
    const { build } = await import('../build.ts');
    const result = await build({ path, out: opts.out, pdf: opts.pdf, web: opts.web, force: opts.force, browser, onProgress: progressReporter() });
    const { lines, count } = formatProblems(result.files);
    for (const line of lines) console.error(line);
    if (!result.ok) {
      console.error(`\n✗ Build stopped: ${summary(count) || 'no issue could be built'}. Fix the lines above and build again; ${opts.out}/ was left as it was.`);
      process.exitCode = 1;
      return;
    }
    if (count.warnings) console.error(`\n${summary(count)}.`);
    if (opts.timings) console.error(`timings ${JSON.stringify(result.timings)}`);
    const shown = result.written.map((w) => `  ${shortPath(w)}`);
    const kept = result.unchanged.length ? ` (${result.unchanged.join(', ')} unchanged since the last build: kept)` : '';
    console.log(`Built ${result.issues.length} issue${result.issues.length > 1 ? 's' : ''}${kept}:\n${shown.join('\n')}`);
  });

/** A path relative to the working folder, unless that climbs out of it. */
function shortPath(path: string): string {
  const rel = relative(process.cwd(), resolve(path));
  return !rel || rel.startsWith('..') ? resolve(path) : rel;
}

try {
  await program.parseAsync(process.argv);
} catch (error) {
  const verbose = program.opts().verbose;
  if (error instanceof LocationError || error instanceof YuebaoError) {
    console.error(`yuebao: ${error.message}`);
    if (verbose && error.cause) console.error(error.cause);
  } else {
    console.error(`yuebao: internal error: ${(error as Error)?.message ?? error}`);
    console.error(verbose ? error : '(run again with --verbose for details, and report it with the content that caused it)');
  }
  process.exitCode = 2;
}
