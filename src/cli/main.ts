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

program
  .command('check')
  .description('check an issue like a build and a proof-reader would, without building')
  .argument('[path]', 'content folder or one issue folder', 'content')
  .option('--fix', 'apply the safe fixes (punctuation, spaces, quotation marks) in place, and list them')
  .action(async (path: string, opts: { fix?: boolean }) => {
    const { check } = await import('../check/check.ts');
    const result = await check(path, { fix: opts.fix });
    for (const f of result.fixed) console.log(`${shortPath(f.file)}:${f.line}:${f.column}  fixed  ${f.ruleId}`);
    const { lines, count } = formatProblems(result.files);
    for (const line of lines) console.error(line);
    console.error(count.errors || count.warnings ? `\n${summary(count)}.` : 'No problems found.');
    if (count.errors) process.exitCode = 1;
  });

program
  .command('new')
  .description('start the next issue: a folder with issue.md (numbers, period, date, sections) and an example article')
  .argument('[root]', 'the content folder', 'content')
  .action(async (root: string) => {
    const { newIssue } = await import('../new/new-issue.ts');
    const made = await newIssue(root);
    if ('problems' in made) {
      const { lines, count } = formatProblems(made.problems);
      for (const line of lines) console.error(line);
      console.error(`\n${summary(count)}: the next issue's numbers are counted from every issue.md, so fix these first (\`yuebao check\` lists everything).`);
      process.exitCode = 1;
      return;
    }
    console.log(`Started ${made.issueLine} (【${made.periodLabel}】) in ${shortPath(made.dir)}:`);
    for (const file of made.files) console.log(`  ${shortPath(file)}`);
    console.log(['', 'Next:', `  1. Check the date and period in ${shortPath(made.dir)}/issue.md, and write the 卷首语 below its front matter.`, '  2. Put each article in a .md file (or `yuebao import` a clipping) and list it under its section.', `  3. Run \`yuebao check ${shortPath(made.dir)}\`, then \`yuebao dev ${shortPath(root)}\` to watch the pages take shape.`].join('\n'));
  });

program
  .command('import')
  .description('turn clippings (HTML pages, Markdown/HTML posts with front matter, plain text) into article Markdown')
  .argument('<files...>', 'clipping files')
  .requiredOption('-o, --out <dir>', 'folder for the article .md files (and their images)')
  .action(async (files: string[], opts: { out: string }) => {
    const { importClippings } = await import('../import/import-clippings.ts');
    const result = await importClippings(files, { out: opts.out });
    for (const line of result.problems) console.error(line);
    for (const written of result.written) console.log(`  ${shortPath(written)}`);
    if (result.written.length) console.log(`Imported ${result.written.length} article${result.written.length > 1 ? 's' : ''}. Add them to a section of issue.md, check the title, date and source, then run \`yuebao check\`.`);
    if (result.problems.some((p) => p.includes('  error  '))) process.exitCode = 1;
  });

program
  .command('dev')
  .description('preview server on 127.0.0.1: rebuilds on every change and reloads the browser')
  .argument('[path]', 'content folder or one issue folder', 'content')
  .option('-p, --port <port>', 'port (0 = any free one)', '4173')
  .action(async (path: string, opts: { port: string }) => {
    const { startDevServer } = await import('../dev/dev-server.ts');
    const server = await startDevServer({ path, port: Number(opts.port), log: (line) => console.log(line) });
    console.log(`yuebao dev: ${server.url}  (Ctrl+C to stop)`);
    const stop = async () => {
      await server.close();
      process.exit(0);
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });

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
