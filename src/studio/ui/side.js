// The side column of an issue: its sections and articles (reorder with the buttons or by dragging,
// move to another section, rename, add and remove sections, remove articles), and the import box.
// May import: core.js, store.js, issue-store.js, side-drop.js.
import { T, fmt, h, $, toast } from './core.js';
import { articleHash, go, issueHash, state } from './store.js';
import { changeIssue } from './issue-store.js';
import { acceptFiles, clearMarks, dragOver, drop, dropFiles, importFiles, showPendingLog } from './side-drop.js';

const ACCEPT = '.docx,.html,.htm,.txt,.md,.jpg,.jpeg,.png,.heic,.heif,.webp';

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
  showPendingLog(log);
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
