// An issue's page: its tabs, and in the main panel its fields, cover, 卷首语 and 简讯 (本期信息),
// or the preview, the check, the build (panels.js). Its side column is side.js.
// May import: core.js, store.js, issue-store.js, side-drop.js, side.js, panels.js.
import { CLIENT, T, api, autosave, conflictBar, field, fmt, h, $, nextSeq, q, rawUrl, say, selectLine, status, toast } from './core.js';
import { emit, issueHash, onLeave, onSaveNow, state } from './store.js';
import { changeIssue, loadIssue } from './issue-store.js';
import { acceptFiles } from './side-drop.js';
import { renderSide } from './side.js';
import { renderBuild, renderCheck, renderPreview } from './panels.js';

export async function renderIssue(route) {
  await loadIssue(route.folder);
  renderSide();
  const tabs = [
    ['info', T.tabInfo],
    ['preview', T.tabPreview],
    ['check', T.tabCheck],
    ['build', T.tabBuild],
  ];
  const tab = tabs.some(([id]) => id === route.tab) ? route.tab : 'info';
  const panel = h('div', { class: 'tab-panel', role: 'tabpanel', id: 'tab-panel', 'aria-labelledby': `tab-${tab}` });
  $('#main').replaceChildren(
    h('div', { class: 'issue-head' }, h('h1', { class: 'page-title' }, state.issue.issueLine || state.issue.folder, state.issue.periodLabel ? h('small', {}, ` 【${state.issue.periodLabel}】`) : null), h('span', { class: 'muted' }, state.issue.folder)),
    h('div', { class: 'tabs', role: 'tablist', 'aria-label': T.issueTabs }, tabs.map(([id, label]) => h('a', { role: 'tab', id: `tab-${id}`, href: issueHash(state.issue.folder, id), 'aria-selected': String(id === tab), class: id === tab ? 'tab on' : 'tab' }, label))),
    panel,
  );
  if (state.issue.yamlErrors.length) panel.append(h('div', { class: 'conflict', role: 'alert' }, h('p', {}, fmt(T.issueYamlBroken, { problem: state.issue.yamlErrors[0] }))));
  if (tab === 'info') renderInfo(panel, route);
  else if (tab === 'preview') renderPreview(panel, state.issue.folder);
  else if (tab === 'check') renderCheck(panel, state.issue.folder);
  else renderBuild(panel, state.issue.folder);
}

/** issue.md or the 简讯 changed on disk. */
export async function reloadIssue(change) {
  const issue = state.issue;
  if (!issue) return;
  const mine = change.file.endsWith('/issue.md') ? issue.hash : issue.briefs?.hash;
  if (change.hash === mine) return;
  if (infoSavers.some((s) => s.pending)) {
    toast(fmt(T.changedElsewhere, { file: change.file }), 'warn', 10000);
    return;
  }
  await loadIssue(issue.folder);
  renderSide();
  if (state.route.view === 'issue' && state.route.tab === 'info') renderInfo($('#tab-panel'), state.route, true);
  if (change.elsewhere) toast(fmt(T.reloadedFromDisk, { file: change.file }), 'warn');
}

// ——— the 本期信息 tab: fields, cover, 卷首语, 简讯 ———

let infoSavers = [];

function renderInfo(panel, route, keepFocus = false) {
  const issue = state.issue;
  const f = issue.fields;
  const focused = keepFocus ? document.activeElement?.id : undefined;
  const input = (name, value, attrs = {}) => h('input', { name, value: value ?? '', ...attrs, onchange: (e) => saveField(name, e.target.value) });
  const coverFields = (key, label) => field(label, h('input', { value: f.cover[key] ?? '', id: `cover-${key}`, onchange: (e) => saveCover(key, e.target.value) }));

  const coverFile = h('input', { type: 'file', accept: 'image/*,.heic,.heif', class: 'visually-hidden', id: 'cover-file', onchange: (e) => e.target.files[0] && uploadCover(e.target.files[0]) });
  const cover = h(
    'div',
    { class: 'cover-box', ondragover: (e) => acceptFiles(e, cover), ondragleave: () => cover.classList.remove('over'), ondrop: (e) => (e.preventDefault(), cover.classList.remove('over'), e.dataTransfer.files[0] && uploadCover(e.dataTransfer.files[0])) },
    issue.coverFile ? h('img', { src: `${rawUrl(issue.coverFile)}&v=${issue.hash}`, alt: f.cover.caption || T.coverPhoto }) : h('div', { class: 'no-cover' }, T.noCover),
    h('div', { class: 'cover-fields' }, h('label', { class: 'btn file-btn', for: 'cover-file' }, issue.coverFile ? T.replaceCover : T.addCover, coverFile), h('p', { class: 'hint' }, T.coverHint), coverFields('caption', T.caption), coverFields('credit', T.credit)),
  );

  const foreword = h('textarea', { id: 'foreword-text', rows: 9, class: 'prose' });
  foreword.value = issue.foreword;
  const forewordSaver = autosave({
    send: async () => {
      state.issue = await api('POST', `/api/issue/change?${q({ folder: issue.folder })}`, { change: { op: 'foreword', text: foreword.value }, base: state.issue.hash, client: CLIENT, seq: nextSeq() });
    },
    onConflict: (error) => foreword.before(conflictBar(say(error), { reload: () => reloadInfo(), overwrite: async () => ((state.issue.hash = error.data.hash), forewordSaver.touch()) })),
  });
  foreword.addEventListener('input', () => forewordSaver.touch());

  const briefs = issue.briefs ? h('textarea', { id: 'briefs-text', rows: 9, class: 'prose' }) : null;
  let briefsSaver;
  if (briefs) {
    briefs.value = issue.briefs.text;
    briefsSaver = autosave({
      send: async () => {
        const done = await api('PUT', `/api/text?${q({ file: state.issue.briefs.file })}`, { text: briefs.value, base: state.issue.briefs.hash, client: CLIENT, seq: nextSeq() });
        state.issue.briefs.hash = done.hash;
      },
      onConflict: (error) => briefs.before(conflictBar(say(error), { reload: () => reloadInfo(), overwrite: async () => ((state.issue.briefs.hash = error.data.hash), briefsSaver.touch()) })),
    });
    briefs.addEventListener('input', () => briefsSaver.touch());
  }
  infoSavers = [forewordSaver, briefsSaver].filter(Boolean);
  onLeave(() => Promise.all(infoSavers.map((s) => s.now())));
  onSaveNow(() => infoSavers.forEach((s) => s.now()));

  const form = h(
    'div',
    { class: 'info' },
    h(
      'section',
      { class: 'panel' },
      h('h2', {}, T.numbersAndDates),
      h(
        'div',
        { class: 'grid' },
        field(T.year, input('year', f.year, { type: 'number', min: 1900, max: 2999 })),
        field(T.number, input('number', f.number, { type: 'number', min: 1, placeholder: T.auto }), T.numberHint),
        field(T.total, input('total', f.total, { type: 'number', min: 1, placeholder: T.auto })),
        field(T.period, input('period', f.period, { type: 'month' }), T.periodHint),
        field(T.date, input('date', f.date, { type: 'date' })),
        field(T.specialTitle, input('title', f.title, {}), T.specialTitleHint),
      ),
    ),
    h('section', { class: 'panel' }, h('h2', {}, T.cover), cover),
    h('section', { class: 'panel' }, h('h2', {}, h('label', { for: 'foreword-text' }, T.foreword)), h('p', { class: 'hint' }, T.forewordHint), foreword),
    briefs ? h('section', { class: 'panel' }, h('h2', {}, h('label', { for: 'briefs-text' }, T.briefs)), h('p', { class: 'hint' }, T.briefsHint), briefs) : null,
  );
  panel.replaceChildren(...[...panel.querySelectorAll('.conflict')], form);
  if (focused) document.getElementById(focused)?.focus();
  if (route.line && briefs) selectLine(briefs, route.line);
}

async function reloadInfo() {
  infoSavers.forEach((s) => s.forget());
  await loadIssue(state.issue.folder);
  renderSide();
  renderInfo($('#tab-panel'), state.route);
}

async function saveField(name, value) {
  await changeIssue({ op: 'fields', fields: { [name]: value } });
  emit('render-top');
  const head = $('.issue-head .page-title');
  if (head) head.firstChild.textContent = state.issue.issueLine || state.issue.folder;
}

async function saveCover(key, value) {
  if (!state.issue.fields.cover.image && key !== 'image') return toast(T.coverFirst, 'warn');
  await changeIssue({ op: 'fields', fields: { cover: { [key]: value } } });
}

async function uploadCover(file) {
  try {
    status(T.saving, 'busy');
    state.issue = await api('POST', `/api/cover?${q({ folder: state.issue.folder, name: file.name })}`, file);
    status(T.saved, 'ok');
    renderInfo($('#tab-panel'), state.route);
  } catch (error) {
    status('');
    toast(say(error), 'error');
  }
}
