// The panels of an issue besides its fields: the live preview (also beside an article), the check
// with 「一键修正」, and the build with its progress and what it made (the build itself is started
// by app.js, asked through the bus).
// May import: core.js, store.js, issue-store.js, side.js.
import { T, TOKEN, api, fmt, h, $, q, say, status } from './core.js';
import { articleHash, emit, issueHash, state } from './store.js';
import { loadIssue } from './issue-store.js';
import { renderSide } from './side.js';

// ——— preview ———

/** The preview on screen: { folder, file, frame, overlay, note }. */
let pane;
let waitTimer;

export function previewPane(folder, file) {
  const frame = h('iframe', { title: T.previewFrame, class: 'pdf', hidden: true });
  const note = h('p', { class: 'preview-note', role: 'status' }, T.previewBuilding);
  const overlay = h('div', { class: 'overlay', role: 'alert', hidden: true });
  const link = h('a', { class: 'btn small ghost', target: '_blank', rel: 'noopener', href: pdfUrl(folder) }, T.openPdf);
  const el = h('section', { class: 'preview-pane', 'aria-label': T.preview }, h('div', { class: 'panel-head' }, h('h2', {}, T.preview), link), h('div', { class: 'frame-box' }, note, frame, overlay));
  pane = { folder, file, frame, overlay, note, el, page: undefined };
  api('POST', `/api/preview?${q({ folder })}`).then(showState, (error) => (note.textContent = say(error)));
  return el;
}

const pdfUrl = (folder, page) => `/preview/pdf/${encodeURIComponent(folder)}.pdf?${q({ token: TOKEN, v: Date.now() })}${page ? `#page=${page}` : ''}`;

function showState(preview) {
  if (!pane || !pane.el.isConnected) return;
  if (preview.errors) onPreviewErrors(preview.errors);
  const built = preview.folder === pane.folder && (preview.issues || []).some((i) => i.folder === pane.folder);
  if (built && !preview.building) load(preview.pages);
  else {
    // Not built yet (or building): asked again shortly; the `preview` event usually comes first.
    clearTimeout(waitTimer);
    waitTimer = setTimeout(() => api('GET', '/api/state').then((s) => showState(s.preview), () => {}), 1500);
  }
}

function load(pages = {}) {
  if (!pane) return;
  const page = (pane.file && pages[pane.file]) || undefined;
  pane.frame.hidden = false;
  pane.note.hidden = true;
  pane.frame.src = pdfUrl(pane.folder, page);
}

export function onPreviewEvent(data) {
  if (!pane || !pane.el.isConnected || data.edited) return;
  if (data.folder !== pane.folder) return;
  clearTimeout(waitTimer);
  pane.overlay.hidden = true;
  load(data.pages);
}

export function onPreviewReload() {}

export function onPreviewErrors(lines) {
  if (!pane || !pane.el.isConnected) return;
  pane.note.hidden = true;
  pane.overlay.hidden = false;
  pane.overlay.replaceChildren(h('h3', {}, T.overlayTitle), h('pre', {}, lines.join('\n')), h('p', { class: 'small' }, T.overlayNote));
}

export function renderPreview(panel, folder) {
  panel.replaceChildren(h('div', { class: 'preview-full' }, previewPane(folder)));
}

// ——— check ———

export function renderCheck(panel, folder) {
  const list = h('div', { class: 'check-list', 'aria-live': 'polite' }, h('p', { class: 'muted' }, T.checking));
  const run = async (fix) => {
    list.replaceChildren(h('p', { class: 'muted' }, fix ? T.fixing : T.checking));
    try {
      const result = await api('POST', `/api/check?${q({ folder, fix: fix ? '1' : undefined })}`);
      showProblems(list, folder, result.problems, fix ? fmt(T.fixedCount, { count: result.fixed.length }) : '');
      if (fix && result.fixed.length) {
        await loadIssue(folder);
        renderSide();
        emit('render-top');
      }
    } catch (error) {
      list.replaceChildren(h('p', { class: 'bad' }, say(error)));
    }
  };
  panel.replaceChildren(
    h('section', { class: 'panel' }, h('div', { class: 'panel-head' }, h('h2', {}, T.tabCheck), h('div', { class: 'actions' }, h('button', { type: 'button', class: 'btn', onclick: () => run(false) }, T.checkAgain), h('button', { type: 'button', class: 'btn primary', onclick: () => run(true) }, T.fixAll))), h('p', { class: 'hint' }, T.checkHint), list),
  );
  run(false);
}

/** Problems as rows; a click opens the file at the line. */
export function showProblems(list, folder, problems, note = '') {
  const errors = problems.filter((p) => p.severity === 'error').length;
  const summary = problems.length ? fmt(T.problemSummary, { errors, warnings: problems.length - errors }) : T.noProblems;
  list.replaceChildren(
    h('p', { class: problems.length ? (errors ? 'bad' : 'warn') : 'ok' }, [note, summary].filter(Boolean).join(' ')),
    h('ol', { class: 'problems-list' }, problems.map((p) => h('li', { class: p.severity }, h('span', { class: `tag ${p.severity === 'error' ? 'bad' : 'warn'}` }, p.severity === 'error' ? T.error : T.warning), ' ', target(folder, p), h('span', { class: 'msg' }, p.message), h('span', { class: 'rule' }, p.rule)))),
  );
}

function target(folder, p) {
  const where = `${p.name}:${p.line}`;
  const issue = state.issue;
  if (!p.file) return h('span', { class: 'where' }, where);
  let href;
  if (p.file === `${folder}/issue.md`) href = issueHash(folder);
  else if (issue?.briefs && p.file === issue.briefs.file) href = `${issueHash(folder)}?line=${p.line}`;
  else if (/\.md$/i.test(p.file)) href = articleHash(folder, p.file, p.line);
  return href ? h('a', { class: 'where', href }, where) : h('span', { class: 'where' }, where);
}

// ——— build ———

export function renderBuild(panel, folder) {
  const build = state.build;
  panel.replaceChildren(
    h(
      'section',
      { class: 'panel' },
      h('div', { class: 'panel-head' }, h('h2', {}, T.tabBuild), h('button', { type: 'button', class: 'btn primary', id: 'build-here', disabled: !!build?.running, onclick: () => emit('start-build', folder) }, build?.running ? T.building : T.build)),
      h('p', { class: 'hint' }, fmt(T.buildHint, { out: state.out || 'dist' })),
      h('div', { class: 'field check' }, h('label', {}, h('input', { type: 'checkbox', id: 'build-all' }), ' ', T.buildAll)),
      h('div', { id: 'build-progress', 'aria-live': 'polite' }),
      h('div', { id: 'build-result' }),
    ),
  );
  onBuildEvent(build);
}

export function onBuildEvent(build) {
  if (!build) return;
  const wasRunning = state.build?.running;
  state.build = build;
  emit('render-top');
  const here = $('#build-here');
  if (here) {
    here.disabled = build.running;
    here.textContent = build.running ? T.building : T.build;
  }
  const progress = $('#build-progress');
  if (progress) progress.replaceChildren(h('ol', { class: 'steps' }, (build.steps || []).map((s) => h('li', {}, s))));
  const box = $('#build-result');
  if (box) box.replaceChildren(...(build.result && !build.running ? result(build) : []));
  if (wasRunning && !build.running && build.result) status(build.result.ok ? T.buildOk : T.buildNotOk, build.result.ok ? 'ok' : 'error');
}

function result(build) {
  const r = build.result;
  const out = (path) => `/out/${path}?${q({ token: TOKEN })}`;
  if (!r.ok) {
    const list = h('div', {});
    if (r.problems.length) showProblems(list, build.folder, r.problems);
    return [h('p', { class: 'bad' }, r.fault || T.buildNotOk), list];
  }
  const warnings = r.problems.length ? h('details', {}, h('summary', {}, fmt(T.buildWarnings, { count: r.problems.length })), (() => {
    const list = h('div', {});
    showProblems(list, build.folder, r.problems);
    return list;
  })()) : null;
  return [
    h('p', { class: 'ok' }, fmt(T.buildDoneIn, { seconds: r.seconds, folder: build.folder })),
    h(
      'div',
      { class: 'outputs' },
      r.pdf ? h('a', { class: 'output', 'data-testid': 'pdf-link', href: out(r.pdf), target: '_blank', rel: 'noopener' }, h('strong', {}, T.pdfLink), h('span', {}, T.pdfLinkHint)) : null,
      ...r.otherPdfs.map((p) => h('a', { class: 'output', href: out(p), target: '_blank', rel: 'noopener' }, h('strong', {}, /^press\/|press|印刷/i.test(p) && !/booklet/i.test(p) ? T.pressPdf : decodeURIComponent(p.split('/').pop())), h('span', {}, T.pressPdfHint))),
      r.web ? h('a', { class: 'output', href: out(r.web), target: '_blank', rel: 'noopener' }, h('strong', {}, T.webLink), h('span', {}, fmt(T.webFolder, { dir: r.webDir }))) : null,
      r.web ? h('a', { class: 'output', href: out('web.zip'), download: '' }, h('strong', {}, T.zipWeb), h('span', {}, T.zipWebHint)) : null,
    ),
    warnings,
  ];
}
