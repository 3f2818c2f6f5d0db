/**
 * The `yuebao` command line: argv → commands. The only place that prints to
 * the terminal or sets the exit code; everything below returns data. Every
 * word comes from the message catalogue (src/i18n/): Chinese unless
 * `--lang en` or YUEBAO_LANG=en.
 *
 * Exit codes: 0 done (warnings may be printed), 1 content errors (listed,
 * nothing written), 2 the command could not run (a fault: no browser, disk
 * full, Ctrl+C, or a bug, which says so).
 */
import { Command } from 'commander';
import { relative, resolve } from 'node:path';
import { describeFault } from '../errors.ts';
import { langFrom, setLang, t } from '../i18n/index.ts';
import { formatProblems, summary } from '../core/format-problems.ts';
import { progressReporter } from './progress.ts';
import type { Fitting } from '../print/layout.ts';

// The language is known before the help texts are made.
const langArg = process.argv.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
const lang = langArg < 0 ? undefined : langFrom(process.argv[langArg].split('=')[1] ?? process.argv[langArg + 1]);
if (lang) setLang(lang);
const m = t().cli;

/** Commander's headings and placeholders ("Usage:", "[options]") in the catalogue's language. */
const words = (text: string) => text.replace(/\[options\]/g, m.placeholders.options).replace(/\[command\]/g, m.placeholders.command);
const helpStyle = {
  styleTitle: (title: string) => m.titles[title] ?? title,
  styleUsage: words,
  styleSubcommandTerm: words,
};

const program = new Command('yuebao')
  .description(m.program)
  .option('--verbose', m.optVerbose)
  .option('--lang <lang>', m.optLang)
  .helpOption('-h, --help', m.helpOption)
  .helpCommand('help [command]', m.helpCommand)
  .showHelpAfterError(m.afterError)
  .configureHelp(helpStyle)
  .configureOutput({ outputError: (text, write) => write(translateCommanderError(text)) });

/** Commander's own words ("error: unknown option …") in the catalogue's language. */
function translateCommanderError(text: string): string {
  for (const [pattern, say] of m.commanderErrors) {
    const found = pattern.exec(text);
    if (found) return `${m.prefix}${say(found)}\n`;
  }
  return text;
}

/** Every sub-command gets the same translated help option and `default:` wording. */
function command(name: string, description: string): Command {
  const cmd = program.command(name).description(description).helpOption('-h, --help', m.helpOption);
  cmd.configureHelp({
    ...helpStyle,
    optionDescription: (option) => withDefault(option.description, option.defaultValue),
    argumentDescription: (argument) => withDefault(argument.description, argument.defaultValue),
  });
  return cmd;
}

function withDefault(description: string, value: unknown): string {
  return value === undefined || typeof value === 'boolean' ? description : `${description}${m.defaultIs({ value: String(value) })}`;
}

function printProblems(files: Parameters<typeof formatProblems>[0]) {
  const { lines, count } = formatProblems(files, { verbose: program.opts().verbose });
  for (const line of lines) console.error(line);
  return count;
}

/** Ctrl+C during a build: stop printing, leave the output folder as it was, say so. */
function abortOnInterrupt(): AbortController {
  const controller = new AbortController();
  const stop = () => {
    if (controller.signal.aborted) process.exit(2); // a second Ctrl+C: at once
    controller.abort();
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  return controller;
}

command('build', m.buildDesc)
  .argument('[path]', m.buildPath, 'content')
  .option('-o, --out <dir>', m.optOut, 'dist')
  .option('--no-pdf', m.optNoPdf)
  .option('--no-web', m.optNoWeb)
  .option('--force', m.optForce)
  .option('--strict', m.optStrict)
  .option('--timings', m.optTimings)
  .option('--press', t().press.optPress)
  .option('--impose', t().press.optImpose)
  .action(async (path: string, opts: { out: string; pdf: boolean; web: boolean; force?: boolean; strict?: boolean; timings?: boolean; press?: boolean; impose?: boolean }) => {
    if ((opts.press || opts.impose) && !opts.pdf) {
      console.error(`${m.prefix}${t().press.pressNeedsPdf}`);
      process.exitCode = 2;
      return;
    }
    const interrupt = abortOnInterrupt();
    // Chromium starts first, and the pipeline's modules load while it does:
    // on two cores that hides most of the launch (bench/RESULTS.md).
    const browser = opts.pdf ? import('../print/browser.ts').then((b) => b.launchBrowser({ ownSignals: true })) : undefined;
    browser?.catch(() => {}); // reported by build(), which awaits it
    const { build } = await import('../build.ts');
    let result;
    try {
      result = await build({ path, out: opts.out, pdf: opts.pdf, web: opts.web, force: opts.force, strict: opts.strict, press: opts.press, impose: opts.impose, browser, signal: interrupt.signal, onProgress: progressReporter() });
    } catch (error) {
      if (!interrupt.signal.aborted) throw error;
      console.error(`${m.prefix}${m.interrupted({ out: opts.out })}`);
      // Everything is cleaned up (staging discarded, Chromium closed), but a Puppeteer call that was
      // under way keeps a 30 s timer: without exit, Node would wait for it before the prompt came back.
      process.exit(2);
    }
    const count = printProblems(result.files);
    if (!result.ok) {
      console.error(m.buildStopped({ summary: summary(count) || m.noIssueBuilt, out: opts.out }));
      process.exitCode = 1;
      return;
    }
    if (count.warnings) console.error(`\n${summary(count)}。`);
    if (opts.timings) console.error(`timings ${JSON.stringify(result.timings)}`);
    const kept = result.unchanged.length ? m.keptUnchanged({ issues: result.unchanged.join('、') }) : '';
    console.log(`${m.built({ count: result.issues.length })}${kept}\n${result.written.map((w) => `  ${shortPath(w)}`).join('\n')}`);
    const fitting = fittingLines(result.fitting);
    if (fitting.length) console.log(`\n${fitting.join('\n')}`);
    if (opts.impose) console.log(`\n${t().press.builtBooklet}`);
  });

/** What the copyfit pass did, article by article (src/print/copyfit.ts): what an editor may want to look at, or cut. */
function fittingLines(fitting: Record<string, Fitting>): string[] {
  const b = t().build;
  const lines = Object.entries(fitting).flatMap(([issue, fit]) => [
    ...fit.fitted.map((a) => b.fitted({ issue, title: a.title, level: a.level })),
    ...fit.unfitted.map((a) => b.notFitted({ issue, title: a.title, lines: a.lines, cut: a.cut })),
  ]);
  return lines.length ? [b.fittingHeading, ...lines] : [];
}

/** A path relative to the working folder, unless that climbs out of it. */
function shortPath(path: string): string {
  const rel = relative(process.cwd(), resolve(path));
  return !rel || rel.startsWith('..') ? resolve(path) : rel;
}

command('check', m.checkDesc)
  .argument('[path]', m.checkPath, 'content')
  .option('--fix', m.optFix)
  .option('--strict', m.optStrict)
  .option('--press', t().press.optCheckPress)
  .option('-o, --out <dir>', t().press.optCheckOut, 'dist')
  .action(async (path: string, opts: { fix?: boolean; strict?: boolean; press?: boolean; out: string }) => {
    const { check } = await import('../check/check.ts');
    const result = await check(path, { fix: opts.fix, strict: opts.strict });
    if (opts.press) {
      const { checkPress } = await import('../press/check-press.ts');
      const { build } = await import('../build.ts');
      const press = await checkPress(path, opts.out, result.files, build);
      result.files = press.files;
      if (press.temporary) console.error(t().press.checkedTemporary({ out: shortPath(opts.out) }));
    }
    for (const f of result.fixed) console.log(m.fixedLine({ where: `${shortPath(f.file)}:${f.line}:${f.column}`, before: f.before, after: f.after, rule: f.ruleId }));
    if (result.fixed.length) console.log(m.fixedCount({ count: result.fixed.length }));
    const count = printProblems(result.files);
    console.error(count.errors || count.warnings ? `\n${summary(count)}。` : m.noProblems);
    if (count.errors) process.exitCode = 1;
  });

command('new', m.newDesc)
  .argument('[root]', m.newRoot, 'content')
  .action(async (root: string) => {
    const { newIssue } = await import('../new/new-issue.ts');
    const made = await newIssue(root);
    if ('problems' in made) {
      const count = printProblems(made.problems);
      console.error(m.newProblems({ summary: summary(count) }));
      process.exitCode = 1;
      return;
    }
    console.log(m.newStarted({ issueLine: made.issueLine, period: made.periodLabel, dir: shortPath(made.dir) }));
    for (const file of made.files) console.log(`  ${shortPath(file)}`);
    console.log(m.newNext({ dir: shortPath(made.dir), root: shortPath(root) }));
  });

command('import', m.importDesc)
  .argument('<files...>', m.importFiles)
  .requiredOption('-o, --out <dir>', m.optImportOut)
  .action(async (files: string[], opts: { out: string }) => {
    const { importClippings } = await import('../import/import-clippings.ts');
    const result = await importClippings(files, { out: opts.out });
    const count = printProblems(result.files);
    for (const written of result.written) console.log(`  ${shortPath(written)}`);
    if (result.written.length) console.log(m.imported({ count: result.written.length }));
    if (count.errors) process.exitCode = 1;
  });

command('dev', m.devDesc)
  .argument('[path]', m.checkPath, 'content')
  .option('-p, --port <port>', m.optPort, '4173')
  .action(async (path: string, opts: { port: string }) => {
    const { startDevServer } = await import('../dev/dev-server.ts');
    const server = await startDevServer({ path, port: Number(opts.port), log: (line) => console.log(line) });
    console.log(m.devListening({ url: server.url }));
    const stop = async () => {
      await server.close();
      process.exit(0);
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });

command('studio', m.studioDesc)
  .argument('[root]', m.newRoot, 'content')
  .option('-p, --port <port>', m.optPort, '4174')
  .option('-o, --out <dir>', m.optOut, 'dist')
  .option('--no-open', m.optNoOpen)
  .action(async (root: string, opts: { port: string; out: string; open: boolean }) => {
    const { startStudio } = await import('../studio/studio-server.ts');
    const studio = await startStudio({ path: root, port: Number(opts.port), out: opts.out, log: (line) => console.log(line) });
    // The first line is the address alone, with its token: a launcher or a test reads it from there.
    console.log(studio.url);
    const s = t().studio;
    console.log(opts.open ? s.listening({ url: studio.url, out: shortPath(studio.out) }) : s.listeningNoOpen({ url: studio.url, out: shortPath(studio.out) }));
    if (opts.open) {
      const { default: open } = await import('open');
      // No browser to open (a server without a desktop): the address above is enough.
      const opened = await open(studio.url).catch(() => undefined);
      if (opened) opened.on('error', () => console.log(s.openFailed));
      else console.log(s.openFailed);
    }
    const stop = async () => {
      await studio.close();
      process.exit(0);
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });

try {
  await program.parseAsync(process.argv);
} catch (error) {
  const fault = describeFault(error);
  console.error(`${m.prefix}${fault.message}`);
  if (program.opts().verbose) console.error((error as Error)?.cause ?? error);
  else if (fault.bug) console.error(m.internalHint);
  process.exitCode = 2;
}
