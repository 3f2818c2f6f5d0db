// The archive: every issue by year, and 「新建一期」 with the numbers it will get, shown before it is made.
// May import: core.js, store.js.
import { T, api, fmt, h, $, rawUrl, say, toast } from './core.js';
import { go, issueHash, state } from './store.js';

export async function renderArchive() {
  state.issue = undefined;
  const archive = await api('GET', '/api/archive');
  state.archive = archive;
  const side = $('#side');
  side.replaceChildren(
    h('h2', { class: 'side-title' }, archive.publication || T.archive),
    h('nav', { class: 'years', 'aria-label': T.years }, archive.years.map((y) => h('a', { href: `#year-${y.year}`, onclick: (e) => jump(e, y.year) }, fmt(T.yearLabel, { year: y.year }), h('span', { class: 'count' }, y.issues.length)))),
  );

  const next = archive.next
    ? h(
        'section',
        { class: 'panel new-issue', 'aria-labelledby': 'new-title' },
        h('div', {}, h('h2', { id: 'new-title' }, T.newIssueTitle), h('p', { class: 'plan' }, h('strong', {}, archive.next.issueLine), ` 【${archive.next.periodLabel}】`), h('p', { class: 'muted' }, fmt(T.newIssuePlan, archive.next))),
        h('button', { type: 'button', class: 'btn primary big', 'data-testid': 'new-issue', onclick: (e) => create(e.currentTarget) }, '+ ', T.newIssue),
      )
    : h('section', { class: 'panel new-issue' }, h('div', {}, h('h2', {}, T.newIssueTitle), h('p', {}, T.newIssueBlocked), h('pre', { class: 'problems' }, (archive.nextProblems || []).join('\n'))), h('button', { type: 'button', class: 'btn primary big', 'data-testid': 'new-issue', onclick: (e) => create(e.currentTarget) }, '+ ', T.newIssue));

  const years = archive.years.map((y) =>
    h('section', { class: 'year', id: `year-${y.year}`, 'aria-label': fmt(T.yearLabel, { year: y.year }) }, h('h2', {}, fmt(T.yearLabel, { year: y.year })), h('ul', { class: 'issue-grid' }, y.issues.map(card))),
  );
  $('#main').replaceChildren(h('h1', { class: 'page-title' }, T.archive), next, ...years);
}

function card(issue) {
  return h(
    'li',
    {},
    h(
      'a',
      { class: 'issue-card', href: issueHash(issue.folder) },
      issue.cover ? h('img', { src: rawUrl(issue.cover), alt: '', loading: 'lazy' }) : h('div', { class: 'no-cover', 'aria-hidden': 'true' }, '月报'),
      h('div', { class: 'card-text' }, h('strong', {}, issue.issueLine || issue.folder), issue.periodLabel ? h('span', {}, `【${issue.periodLabel}】 ${issue.date || ''}`) : null, issue.title ? h('span', {}, issue.title) : null, h('span', { class: 'muted' }, issue.folder), issue.problem ? h('span', { class: 'bad' }, issue.problem) : null),
    ),
  );
}

function jump(event, year) {
  event.preventDefault();
  document.getElementById(`year-${year}`)?.scrollIntoView({ behavior: 'smooth' });
}

async function create(button) {
  button.disabled = true;
  button.textContent = T.creating;
  try {
    const made = await api('POST', '/api/issues');
    toast(fmt(T.created, made), 'ok');
    go(issueHash(made.folder));
  } catch (error) {
    button.disabled = false;
    button.textContent = `+ ${T.newIssue}`;
    const problems = (error.data?.problems || []).map((p) => `${p.name}:${p.line}  ${p.message}`);
    toast([say(error), ...problems].join('\n'), 'error', 15000);
  }
}
