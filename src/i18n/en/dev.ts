import type { dev as zh } from '../zh/dev.ts';

export const dev: typeof zh = {
  portInvalid: (p) => `port ${p.port}: give a number from 0 to 65535 (0: any free port)`,
  portInUse: (p) => `port ${p.port} is in use (another yuebao dev?): pick another with --port, or --port 0 for any free one`,
  cannotListen: (p) => `cannot listen on 127.0.0.1:${p.port}: ${p.reason}`,
  started: (p) => `print preview: ${p.url}/__preview/   web edition: ${p.url}/   (building…)`,
  cannotWatch: (p) => `watch: cannot watch ${p.dir}: ${p.reason}`,
  browserRestarted: 'Chromium went away: starting it again',

  hostRefused: 'yuebao dev answers only to 127.0.0.1 and localhost',
  getOnly: 'GET only',
  requestFailed: (p) => `yuebao dev: ${p.message}`,

  part: (p) => (p.part === 'print' ? 'print preview' : 'web edition'),
  stageTimes: (p) => p.times.map((s) => `${s.stage} ${s.seconds}`).join(', '),
  rebuilt: (p) => `rebuilt ${p.issues.join(', ')} in ${p.seconds} s (${p.stages})`,
  printUnchanged: (p) => `no change to print (${p.seconds} s)`,
  warningsNote: (p) => `; ${p.summary}: see /__preview/`,
  webUpdated: (p) => `web edition updated in ${p.seconds} s`,
  buildFailed: (p) => `✗ ${p.summary || 'nothing built'} (${p.seconds} s): ${p.first}${p.more ? ` (+${p.more} more: see the page)` : ''}`,
  noIssueBuilt: 'No issue could be built: is there an issue folder (with issue.md) next to publication.yml?',
  internalError: (p) => `internal error while building the ${p.part}: ${p.message}`,

  overlayTitle: 'yuebao dev: the last change could not be built (this page shows the last good build)',
  overlayNote: '(click to hide; it goes away by itself once the content builds again)',

  indexTitle: 'yuebao dev',
  webEdition: 'web edition',
  printPreviewPaged: 'print preview (pages)',
  printHtml: 'print HTML',
  failedHeading: '✗ The last change could not be built',
  failedHelp: 'The pages show the last good build. Fix these and save:',
  warningsHeading: 'Warnings',
  issuesHeading: 'Issues',
  firstBuild: 'The first build is running: this page reloads when it is done.',
  noIssueYet: 'No issue built yet.',
  building: (p) => `building the ${p.part}…`,
  idle: 'idle',
  status: (p) =>
    `Status: ${p.status}. Print preview built: ${p.printAt ?? 'not yet'}; web edition built: ${p.webAt ?? 'not yet'}` +
    `${p.webStale ? ' (older than the print preview: it is remade while one of its pages is open)' : ''}.`,
  autoReload: (p) => `Pages reload by themselves after every rebuild. The web edition here has no page images or PDF download: ${p.command} makes those.`,
  backToIndex: '← yuebao dev',
  issuePreviewTitle: (p) => `${p.folder} print preview`,
  notFoundTitle: 'Not found · yuebao dev',
  notBuiltHeading: 'Not built yet',
  notFoundHeading: 'Not found',
  beingBuilt: (p) => `${p.path} is being built: this page reloads when it is ready.`,
  notInBuild: (p) => `${p.path} is not in the current build.`,
};
