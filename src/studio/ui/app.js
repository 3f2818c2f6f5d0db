// 月报工作室, the entry (loaded by index.html): the router, the studio's events, the top bar, the
// build, and the handlers of the bus through which the views ask for these.
// May import: every module of the studio; none imports it.
import { T, TOKEN, api, fmt, h, $, loadMessages, q, say, status, toast } from './core.js';
import { go, issueHash, leavePage, on, parseRoute, saveNow, state } from './store.js';
import { renderSide } from './side.js';
import { renderArchive } from './archive.js';
import { renderIssue, reloadIssue } from './issue.js';
import { renderArticle, articleChangedOnDisk } from './article.js';
import { onBuildEvent, onPreviewEvent, onPreviewErrors, onPreviewReload } from './panels.js';

// The bus: what the views ask for, done here or by the view that knows how.
on('route', () => route());
on('render-top', () => renderTop());
on('render-side', (currentFile) => renderSide(currentFile));
on('start-build', (folder) => startBuild(folder));

async function route() {
  await leavePage();
  const next = parseRoute(location.hash);
  state.route = next;
  renderTop();
  try {
    if (next.view === 'archive') await renderArchive();
    else if (next.view === 'issue') await renderIssue(next);
    else await renderArticle(next);
  } catch (error) {
    $('#main').replaceChildren(h('div', { class: 'panel error-panel', role: 'alert' }, h('h1', {}, T.loadFailed), h('p', {}, say(error)), h('p', {}, h('a', { href: '#/' }, T.backToArchive))));
  }
  renderTop();
}

/** The breadcrumbs and the buttons of the top bar, for the page shown. */
function renderTop() {
  const r = state.route;
  const crumbs = [h('a', { href: '#/' }, T.archive)];
  if (r.folder) {
    crumbs.push(h('span', { 'aria-hidden': 'true' }, '›'), h('a', { href: issueHash(r.folder) }, state.issue?.folder === r.folder ? state.issue.issueLine || r.folder : r.folder));
  }
  if (r.view === 'article') crumbs.push(h('span', { 'aria-hidden': 'true' }, '›'), h('span', { class: 'here' }, r.file.split('/').pop()));
  $('#crumbs').replaceChildren(...crumbs);

  const undo = h('button', { type: 'button', class: 'btn ghost', id: 'undo', disabled: !state.lastChange, title: state.lastChange ? fmt(T.undoWhat, { label: state.lastChange.label }) : T.nothingToUndo, onclick: undoLast }, '↶ ', T.undo);
  const actions = [undo];
  if (r.folder) {
    actions.push(
      h('button', { type: 'button', class: 'btn ghost', onclick: () => go(issueHash(r.folder, 'check')) }, T.check),
      h('button', { type: 'button', class: 'btn ghost', onclick: () => go(issueHash(r.folder, 'preview')) }, T.preview),
      h('button', { type: 'button', class: 'btn primary', 'data-testid': 'build', disabled: !!state.build?.running, onclick: () => startBuild(r.folder) }, state.build?.running ? T.building : T.build),
    );
  }
  $('#top-actions').replaceChildren(...actions);
}

async function startBuild(folder) {
  if (state.route.view !== 'issue' || state.route.tab !== 'build') {
    await new Promise((resolve) => {
      window.addEventListener('hashchange', () => setTimeout(resolve, 0), { once: true });
      go(issueHash(folder, 'build'));
    });
    await waitRendered();
  }
  const all = $('#build-all')?.checked ? '1' : undefined;
  try {
    state.build = await api('POST', `/api/build?${q({ folder, all })}`);
    onBuildEvent(state.build);
    pollBuild();
  } catch (error) {
    toast(say(error), 'error');
  }
}

/** Build progress also by asking, in case the event stream is cut (a proxy, a sleeping laptop). */
function pollBuild() {
  const timer = setInterval(async () => {
    try {
      const build = await api('GET', '/api/build');
      onBuildEvent(build);
      if (!build.running) clearInterval(timer);
    } catch {
      clearInterval(timer);
    }
  }, 1000);
}

let rendering = Promise.resolve();
const waitRendered = () => rendering;

async function undoLast() {
  try {
    const done = await api('POST', '/api/undo');
    state.lastChange = done.lastChange;
    toast(fmt(T.undone, { label: done.label }), 'ok');
    route();
  } catch (error) {
    toast(say(error), 'error', 10000);
  }
}

function listen() {
  const events = new EventSource(`/api/events?${q({ token: TOKEN })}`);
  events.addEventListener('files', (e) => {
    const data = JSON.parse(e.data);
    state.lastChange = data.lastChange;
    renderTop();
  });
  events.addEventListener('changed', (e) => {
    const data = JSON.parse(e.data);
    if (state.issue && (data.file === `${state.issue.folder}/issue.md` || data.file === state.issue.briefs?.file)) reloadIssue(data);
    articleChangedOnDisk(data);
  });
  events.addEventListener('build', (e) => onBuildEvent(JSON.parse(e.data)));
  events.addEventListener('preview', (e) => onPreviewEvent(JSON.parse(e.data)));
  events.addEventListener('edited', (e) => onPreviewEvent({ edited: JSON.parse(e.data) }));
  events.addEventListener('reload', () => onPreviewReload());
  events.addEventListener('errors', (e) => onPreviewErrors(JSON.parse(e.data)));
  events.onerror = () => status(T.reconnecting, 'warn');
  events.onopen = () => status('');
}

async function start() {
  try {
    await loadMessages();
  } catch (error) {
    $('#main').replaceChildren(h('p', { class: 'error-panel' }, say(error)));
    return;
  }
  document.title = T.appTitle;
  $('#brand').textContent = T.appTitle;
  $('#side').setAttribute('aria-label', T.contents);
  const st = await api('GET', '/api/state').catch(() => ({}));
  state.lastChange = st.lastChange;
  state.build = st.build;
  state.out = st.out;
  listen();
  window.addEventListener('hashchange', () => (rendering = route()));
  // Ctrl+S: save now (the editors save by themselves after a pause anyway).
  window.addEventListener('keydown', (e) => {
    if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 's') {
      e.preventDefault();
      saveNow();
    }
  });
  rendering = route();
}

start();
