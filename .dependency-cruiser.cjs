/**
 * The import graph's rules (issue #14), checked by test/import-graph.test.ts and by
 * `npx depcruise src --config .dependency-cruiser.cjs --output-type err`:
 * no circles, and no arrow running back up the layers below — a stage imports only
 * from the layers under it. Each src folder's README.md says where it stands.
 *
 *   0  i18n, errors.ts, package-root.ts      words and faults every layer may name
 *      core                                   problems and their formatting, paths
 *   1  content                                reading and checking what editors wrote
 *   2  config                                 publication.yml
 *   3  markdown                               Markdown → HTML (remark/rehype)
 *   4  model                                  an issue as data
 *   5  output                                 files, caches, the staging folder
 *   6  render                                 print HTML from templates
 *   7  print, import, check, new, press       the stages
 *   8  web                                    the web edition (reuses print's browser)
 *   9  build.ts, build/                       the build, as a script, and its steps
 *  10  dev                                    the preview server
 *  11  studio                                 the editors' web app (grows out of dev)
 *  12  cli                                    the command line
 */
const LAYERS = [
  ['i18n', 'errors\\.ts', 'package-root\\.ts', 'core'],
  ['content'],
  ['config'],
  ['markdown'],
  ['model'],
  ['output'],
  ['render'],
  ['print', 'import', 'check', 'new', 'press'],
  ['web'],
  ['build\\.ts', 'build'],
  ['dev'],
  ['studio'],
  ['cli'],
];
const path = (names) => `^src/(${names.join('|')})(/|$)`;
const upward = LAYERS.slice(0, -1).map((names, rank) => ({
  name: `no-upward-from-${names[0].replace(/\\\\/g, '')}`,
  comment: `${names.join(', ')} may import only from the layers below it`,
  severity: 'error',
  from: { path: path(names) },
  to: { path: path(LAYERS.slice(rank + 1).flat()) },
}));

module.exports = {
  forbidden: [
    { name: 'no-circular', comment: 'no module may import itself through others', severity: 'error', from: {}, to: { circular: true } },
    ...upward,
  ],
  options: {
    // TypeScript 7 has no compiler API for dependency-cruiser to parse with: swc does it.
    parser: 'swc',
    tsPreCompilationDeps: true,
    doNotFollow: { path: 'node_modules' },
  },
};
