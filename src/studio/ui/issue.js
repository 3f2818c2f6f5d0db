// An issue: its sections and articles in the left column (reorder by dragging or with the buttons,
// move to another section, rename and add sections, import by dropping files), and in the main
// panel its fields, cover, 卷首语 and 简讯, or the preview, the check, the build.
import { CLIENT, T, api, autosave, conflictBar, field, fmt, h, $, nextSeq, q, rawUrl, say, selectLine, status, toast } from './core.js';
import { articleHash, go, issueHash, onLeave, onSaveNow, renderTop, state } from './app.js';
import { renderBuild, renderCheck, renderPreview } from './panels.js';

const ACCEPT = '.docx,.html,.htm,.txt,.md,.jpg,.jpeg,.png,.heic,.heif,.webp';

export async function loadIssue(folder) {
  state.issue = await api('GET', `/api/issue?${q({ folder })}`);
  return state.issue;
}

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

/** A change to issue.md; the new state of the issue is shown. */
export async function changeIssue(change) {
  const issue = state.issue;
  try {
    status(T.saving, 'busy');
    state.issue = await api('POST', `/api/issue/change?${q({ folder: issue.folder })}`, { change, base: issue.hash, client: CLIENT });
    status(T.saved, 'ok');
    renderSide();
    renderTop();
    return true;
  } catch (error) {
    status('', '');
    toast(say(error), 'error', 10000);
    if (error.status === 409) {
      await loadIssue(issue.folder);
      renderSide();
    }
    return false;
  }
}

// ——— the left column ———

export function renderSide(currentFile) {
  const issue = state.issue;
  const side = $('#side');
  const articleSections = issue.sections.map((s, i) => [s, i]).filter(([s]) => s.articles);
  const chosen = Math.min(Number(side.dataset.importSection ?? articleSections[0]?.[1] ?? 0), issue.sections.length - 1);
  const select = h('select', { id: 'import-section', onchange: (e) => (side.dataset.importSection = e.target.value) }, articleSections.map(([s, i]) => h('option', { value: i, selected: i === chosen }, s.title)));
  const input = h('input', { type: 'file', multiple: true, accept: ACCEPT, class: 'visually-hidden', id: 'import-files', 'data-testid': 'import-files', onchange: (e) => importFiles([...e.target.files], Number(select.value), e.target) });
  const log = h('ul', { class: 'import-log', id: 'import-log', 'aria-live': 'polite' });
  const box = h(
    'div',
    { class: 'import-box', ondragover: (e) => acceptFiles(e, box), ondragleave: () => box.classList.remove('over'), ondrop: (e) => dropFiles(e, box, Number(select.value)) },
    h('div', { class: 'field inline' }, h('label', { for: 'import-section' }, T.importInto), select),
    h('label', { class: 'btn primary file-btn', for: 'import-files' }, T.chooseFiles, input),
    h('p', { class: 'hint' }, T.dropHint),
    log,
  );
  const list = h('div', { class: 'toc', 'data-testid': 'article-list' }, issue.sections.map((s, i) => sectionBlock(s, i, currentFile)));
  const add = h(
    'form',
    { class: 'add-section', onsubmit: (e) => (e.preventDefault(), addSection(e.target)) },
    h('label', { for: 'new-section', class: 'visually-hidden' }, T.newSectionName),
    h('input', { id: 'new-section', name: 'title', placeholder: T.newSectionName, required: true }),
    h('button', { type: 'submit', class: 'btn' }, T.addSection),
  );
  const keepScroll = side.scrollTop;
  side.replaceChildren(h('h2', { class: 'side-title' }, h('a', { href: issueHash(issue.folder) }, issue.issueLine || issue.folder)), box, list, add);
  side.scrollTop = keepScroll;
  for (const [file, problems] of pendingLog) log.append(logLine(file, problems));
}

function sectionBlock(section, index, currentFile) {
  const issue = state.issue;
  const head = h(
    'div',
    { class: 'sec-head' },
    h('h3', { id: `sec-${index}` }, section.title),
    h('button', { type: 'button', class: 'icon', title: T.renameSection, 'aria-label': fmt(T.renameSectionNamed, { title: section.title }), onclick: () => renameSection(index, head) }, '✎'),
    h('button', { type: 'button', class: 'icon', 'aria-label': fmt(T.sectionUp, { title: section.title }), title: T.moveUp, disabled: index === 0, onclick: () => changeIssue({ op: 'move-section', section: index, to: index - 1 }) }, '↑'),
    h('button', { type: 'button', class: 'icon', 'aria-label': fmt(T.sectionDown, { title: section.title }), title: T.moveDown, disabled: index === issue.sections.length - 1, onclick: () => changeIssue({ op: 'move-section', section: index, to: index + 1 }) }, '↓'),
    section.articles && !section.articles.length ? h('button', { type: 'button', class: 'icon', 'aria-label': fmt(T.removeSectionNamed, { title: section.title }), title: T.removeSection, onclick: () => changeIssue({ op: 'remove-section', section: index }) }, '✕') : null,
  );
  const block = h('section', { class: 'sec', 'aria-labelledby': `sec-${index}`, dataset: { section: index } }, head);
  if (section.articles) {
    const rows = h('ol', { class: 'rows' }, section.articles.map((a, i) => row(a, index, i, currentFile)));
    if (!section.articles.length) rows.append(h('li', { class: 'empty' }, T.emptySection));
    block.append(rows);
    block.addEventListener('dragover', (e) => dragOver(e, block, index, section.articles.length));
    block.addEventListener('dragleave', (e) => {
      if (!block.contains(e.relatedTarget)) clearMarks();
    });
    block.addEventListener('drop', (e) => drop(e, index));
  }
  if (section.briefs) block.append(h('p', { class: 'briefs-row' }, h('a', { href: `${issueHash(issue.folder)}`, onclick: () => setTimeout(() => $('#briefs-text')?.focus(), 300) }, fmt(T.briefsIn, { file: section.briefs.ref }))));
  return block;
}

function row(article, s, i, currentFile) {
  const issue = state.issue;
  const list = issue.sections[s].articles;
  const targets = issue.sections.map((sec, k) => [sec, k]).filter(([sec, k]) => sec.articles && k !== s);
  const warnings = article.file ? state.warnings.get(article.file) : undefined;
  const li = h(
    'li',
    { class: `row${article.file && article.file === currentFile ? ' current' : ''}${article.missing ? ' missing' : ''}`, 'data-testid': 'article-row', draggable: 'true', dataset: { ref: article.ref, section: s, index: i } },
    h('span', { class: 'grip', 'aria-hidden': 'true', title: T.dragHint }, '⠿'),
    h(
      'div',
      { class: 'row-main' },
      article.file && !article.missing ? h('a', { class: 'row-title', href: articleHash(issue.folder, article.file), title: article.title }, article.title) : h('span', { class: 'row-title', title: article.ref }, article.title),
      h('span', { class: 'tags' }, article.layout === 'photos' ? h('span', { class: 'tag' }, T.tagPhotos) : null, article.example ? h('span', { class: 'tag warn' }, T.tagExample) : null, article.missing ? h('span', { class: 'tag bad' }, T.tagMissing) : null, null),
    ),
    h(
      'span',
      { class: 'row-actions' },
      h('button', { type: 'button', class: 'icon', title: T.moveUp, 'aria-label': fmt(T.moveUpNamed, { title: article.title }), disabled: i === 0, onclick: () => changeIssue({ op: 'move-article', ref: article.ref, section: s, index: i - 1 }) }, '↑'),
      h('button', { type: 'button', class: 'icon', title: T.moveDown, 'aria-label': fmt(T.moveDownNamed, { title: article.title }), disabled: i === list.length - 1, onclick: () => changeIssue({ op: 'move-article', ref: article.ref, section: s, index: i + 1 }) }, '↓'),
      targets.length
        ? h(
            'select',
            { class: 'move-to', title: T.moveTo, 'aria-label': fmt(T.moveToNamed, { title: article.title }), onchange: (e) => e.target.value !== '' && changeIssue({ op: 'move-article', ref: article.ref, section: Number(e.target.value), index: 1e6 }) },
            h('option', { value: '' }, '⇄'),
            targets.map(([sec, k]) => h('option', { value: k }, fmt(T.moveToOption, { title: sec.title }))),
          )
        : null,
      h('button', { type: 'button', class: 'icon danger', title: T.removeArticle, 'aria-label': fmt(T.removeArticleNamed, { title: article.title }), onclick: () => removeArticle(article) }, '✕'),
    ),
  );
  if (warnings?.length) {
    li.append(h('details', { class: 'row-warnings', open: true }, h('summary', {}, fmt(T.importWarned, { count: warnings.length })), h('ul', {}, warnings.map((w) => h('li', { class: w.severity }, w.message)))));
  }
  li.addEventListener('dragstart', (e) => {
    e.dataTransfer.setData('application/x-yuebao-article', article.ref);
    e.dataTransfer.effectAllowed = 'move';
    li.classList.add('dragging');
  });
  li.addEventListener('dragend', () => {
    li.classList.remove('dragging');
    clearMarks();
  });
  return li;
}

// ——— drag and drop: articles within and between sections, files from the desktop ———

let dropAt;

function clearMarks() {
  for (const el of document.querySelectorAll('.drop-before, .drop-after, .drop-into, .over')) el.classList.remove('drop-before', 'drop-after', 'drop-into', 'over');
}

function dragOver(event, block, section, length) {
  const types = [...event.dataTransfer.types];
  const isArticle = types.includes('application/x-yuebao-article');
  if (!isArticle && !types.includes('Files')) return;
  event.preventDefault();
  event.dataTransfer.dropEffect = isArticle ? 'move' : 'copy';
  clearMarks();
  const target = event.target.closest('li.row');
  if (isArticle && target && block.contains(target)) {
    const box = target.getBoundingClientRect();
    const after = event.clientY > box.top + box.height / 2;
    target.classList.add(after ? 'drop-after' : 'drop-before');
    dropAt = { section, index: Number(target.dataset.index) + (after ? 1 : 0) };
  } else {
    block.classList.add('drop-into');
    dropAt = { section, index: length };
  }
}

async function drop(event, section) {
  event.preventDefault();
  clearMarks();
  const ref = event.dataTransfer.getData('application/x-yuebao-article');
  if (ref) {
    const from = locate(ref);
    let index = dropAt?.section === section ? dropAt.index : 1e6;
    if (from && from.section === section && from.index < index) index -= 1; // the list is one shorter once it is taken out
    if (from && from.section === section && from.index === index) return;
    await changeIssue({ op: 'move-article', ref, section, index });
  } else if (event.dataTransfer.files.length) {
    await importFiles([...event.dataTransfer.files], section);
  }
}

function locate(ref) {
  for (const [s, sec] of state.issue.sections.entries()) {
    const i = (sec.articles || []).findIndex((a) => a.ref === ref);
    if (i >= 0) return { section: s, index: i };
  }
  return undefined;
}

function acceptFiles(event, box) {
  if (![...event.dataTransfer.types].includes('Files')) return;
  event.preventDefault();
  event.dataTransfer.dropEffect = 'copy';
  box.classList.add('over');
}

function dropFiles(event, box, section) {
  if (!event.dataTransfer.files.length) return;
  event.preventDefault();
  event.stopPropagation();
  box.classList.remove('over');
  importFiles([...event.dataTransfer.files], section);
}

// ——— import ———

/** Problems of files that could not be imported, kept on screen until the next import. */
let pendingLog = [];

function logLine(name, problems) {
  return h('li', { class: 'bad' }, h('strong', {}, name), ' ', problems.map((p) => p.message).join('；'));
}

/** Each file, one after the other, into `section` of the issue on screen. */
export async function importFiles(files, section, input) {
  const issue = state.issue;
  if (!files.length || !issue) return;
  pendingLog = [];
  const log = $('#import-log');
  log?.replaceChildren();
  let made = 0;
  for (const [n, file] of files.entries()) {
    status(fmt(T.importing, { n: n + 1, count: files.length, name: file.name }), 'busy');
    try {
      const done = await api('POST', `/api/import?${q({ folder: issue.folder, section, name: file.name })}`, file);
      for (const article of done.articles) state.warnings.set(article, done.problems);
      state.issue = done.issue;
      made += done.articles.length;
      renderSide();
    } catch (error) {
      const problems = error.data?.problems?.length ? error.data.problems : [{ message: say(error) }];
      pendingLog.push([file.name, problems]);
      $('#import-log')?.append(logLine(file.name, problems));
    }
  }
  if (input) input.value = '';
  status(made ? fmt(T.imported, { count: made }) : T.importNone, made ? 'ok' : 'error');
  renderTop();
}

// ——— sections and articles ———

function renameSection(index, head) {
  const section = state.issue.sections[index];
  const input = h('input', { value: section.title, 'aria-label': T.sectionName, class: 'rename' });
  const form = h('form', { class: 'rename-form', onsubmit: (e) => (e.preventDefault(), done(true)) }, input, h('button', { type: 'submit', class: 'btn small' }, T.ok), h('button', { type: 'button', class: 'btn small ghost', onclick: () => done(false) }, T.cancel));
  const done = async (save) => {
    if (save && input.value.trim() && input.value.trim() !== section.title) await changeIssue({ op: 'rename-section', section: index, title: input.value.trim() });
    else renderSide();
  };
  input.addEventListener('keydown', (e) => e.key === 'Escape' && done(false));
  head.replaceChildren(form);
  input.focus();
  input.select();
}

async function addSection(form) {
  const title = form.title.value.trim();
  if (title && (await changeIssue({ op: 'add-section', title }))) $('#new-section')?.focus();
}

async function removeArticle(article) {
  if (!confirm(fmt(T.confirmRemove, { title: article.title }))) return;
  if (await changeIssue({ op: 'remove-article', ref: article.ref, deleteFile: true })) {
    toast(fmt(T.removed, { title: article.title }), 'ok');
    if (state.route.view === 'article' && state.route.file === article.file) go(issueHash(state.issue.folder));
  }
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
  renderTop();
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
