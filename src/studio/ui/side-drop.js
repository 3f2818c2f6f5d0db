// The side column's drag and drop and its import: article rows moved within and between sections,
// files from the desktop (Word, web pages, text, photos) turned into articles of a section.
// May import: core.js, store.js, issue-store.js (the side column is re-drawn through the bus).
import { T, api, fmt, h, $, q, say, status } from './core.js';
import { emit, state } from './store.js';
import { changeIssue } from './issue-store.js';

// ——— drag and drop: articles within and between sections, files from the desktop ———

let dropAt;

export function clearMarks() {
  for (const el of document.querySelectorAll('.drop-before, .drop-after, .drop-into, .over')) el.classList.remove('drop-before', 'drop-after', 'drop-into', 'over');
}

export function dragOver(event, block, section, length) {
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

export async function drop(event, section) {
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

export function acceptFiles(event, box) {
  if (![...event.dataTransfer.types].includes('Files')) return;
  event.preventDefault();
  event.dataTransfer.dropEffect = 'copy';
  box.classList.add('over');
}

export function dropFiles(event, box, section) {
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

/** The side column drawn afresh: the files that failed are listed again in its import log. */
export function showPendingLog(log) {
  for (const [file, problems] of pendingLog) log.append(logLine(file, problems));
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
      emit('render-side');
    } catch (error) {
      const problems = error.data?.problems?.length ? error.data.problems : [{ message: say(error) }];
      pendingLog.push([file.name, problems]);
      $('#import-log')?.append(logLine(file.name, problems));
    }
  }
  if (input) input.value = '';
  status(made ? fmt(T.imported, { count: made }) : T.importNone, made ? 'ok' : 'error');
  emit('render-top');
}
