// An article: its front matter as a form, its body as Markdown beside a live preview of its pages,
// and its photos with caption and credit fields (a dropped photo replaces one, or is added).
// May import: core.js, store.js, issue-store.js, side.js, panels.js.
import { CLIENT, T, api, autosave, conflictBar, field, fmt, h, $, nextSeq, q, rawUrl, resolveRel, say, selectLine, status, toast } from './core.js';
import { emit, onLeave, onSaveNow, state } from './store.js';
import { loadIssue } from './issue-store.js';
import { renderSide } from './side.js';
import { previewPane } from './panels.js';

/** The article on screen: { file, hash, meta, body, bodyLine }, with its editor's parts. */
let open;

export async function renderArticle(route) {
  if (state.issue?.folder !== route.folder) await loadIssue(route.folder);
  const article = await api('GET', `/api/article?${q({ file: route.file })}`);
  renderSide(route.file);
  const m = article.meta;
  const inputs = {};
  const text = (key, label, attrs = {}, hint) => field(label, (inputs[key] = h('input', { value: m[key] ?? '', name: key, ...attrs, oninput: () => saver.touch() })), hint);

  const body = h('textarea', { id: 'body-text', class: 'prose code', spellcheck: 'false', oninput: () => (saver.touch(), renderPhotos()) });
  body.value = article.body;
  inputs.layout = h('select', { name: 'layout', onchange: () => (saver.touch(), renderPhotos()) }, h('option', { value: 'article', selected: m.layout !== 'photos' }, T.layoutArticle), h('option', { value: 'photos', selected: m.layout === 'photos' }, T.layoutPhotos));
  inputs.featured = h('input', { type: 'checkbox', name: 'featured', checked: m.featured === true, onchange: () => saver.touch() });

  const conflicts = h('div', { class: 'conflicts' });
  const saver = autosave({
    send: async () => {
      const meta = Object.fromEntries(Object.entries(inputs).map(([k, el]) => [k, el.type === 'checkbox' ? el.checked : el.value]));
      const done = await api('PUT', `/api/article?${q({ file: open.file })}`, { meta, body: body.value, base: open.hash, client: CLIENT, seq: nextSeq() });
      if (!done.skipped) open.hash = done.hash;
      open.bodyLine = done.bodyLine;
      if (inputs.title.value !== open.shownTitle) {
        open.shownTitle = inputs.title.value;
        loadIssue(route.folder).then(() => renderSide(open.file));
      }
    },
    onConflict: (error) => showConflict(say(error), error.data.hash),
  });
  const showConflict = (message, hash) =>
    conflicts.replaceChildren(
      conflictBar(message, {
        reload: () => renderArticle(route),
        overwrite: hash === undefined ? undefined : () => ((open.hash = hash), saver.touch()),
      }),
    );

  open = { ...article, saver, route, shownTitle: m.title, showConflict };
  onLeave(() => saver.now());
  onSaveNow(() => saver.now());

  const photos = h('div', { class: 'photos', id: 'photos' });
  const addFile = h('input', { type: 'file', accept: 'image/*,.heic,.heif', multiple: true, class: 'visually-hidden', id: 'add-photo', onchange: (e) => addPhotos([...e.target.files]) });
  const editor = h(
    'div',
    { class: 'editor', 'data-file': route.file, ondragover: (e) => [...e.dataTransfer.types].includes('Files') && (e.preventDefault(), editor.classList.add('over')), ondragleave: (e) => !editor.contains(e.relatedTarget) && editor.classList.remove('over'), ondrop: (e) => dropOnEditor(e) },
    conflicts,
    article.yamlErrors.length ? h('div', { class: 'conflict', role: 'alert' }, h('p', {}, fmt(T.articleYamlBroken, { problem: article.yamlErrors[0] }))) : null,
    h(
      'section',
      { class: 'panel meta' },
      h('div', { class: 'grid wide-first' }, text('title', T.title, { required: true }), text('toc', T.tocTitle, {}, T.tocHint), text('subtitle', T.subtitle), text('author', T.author, { placeholder: T.authorExample }), text('source', T.source, { placeholder: T.sourceExample }), text('date', T.articleDate, { placeholder: '2024-03-07' }), field(T.layout, inputs.layout), h('div', { class: 'field check' }, h('label', {}, inputs.featured, ' ', T.featured))),
    ),
    h('section', { class: 'panel body' }, h('div', { class: 'panel-head' }, h('h2', {}, h('label', { for: 'body-text' }, T.body)), h('span', { class: 'hint' }, T.bodyHint)), body),
    h('section', { class: 'panel' }, h('div', { class: 'panel-head' }, h('h2', {}, T.photos), h('label', { class: 'btn small file-btn', for: 'add-photo' }, T.addPhoto, addFile)), h('p', { class: 'hint' }, T.photosHint), photos),
  );
  $('#main').replaceChildren(h('div', { class: 'article-page' }, editor, previewPane(route.folder, route.file)));
  renderPhotos();
  emit('render-top');
  if (route.line) {
    const line = route.line - article.bodyLine + 1;
    if (line >= 1) selectLine(body, line);
    else inputs.title.focus();
  }

  function renderPhotos() {
    const found = findPhotos(body.value);
    photos.replaceChildren(
      ...(found.length
        ? found.map((photo, i) => photoCard(photo, i))
        : [h('p', { class: 'muted' }, T.noPhotos)]),
    );
  }

  function photoCard(photo, i) {
    const file = resolveRel(open.file, photo.src);
    const replace = h('input', { type: 'file', accept: 'image/*,.heic,.heif', class: 'visually-hidden', id: `replace-${i}`, onchange: (e) => e.target.files[0] && replacePhoto(photo, e.target.files[0]) });
    const caption = h('input', { value: photo.alt, oninput: (e) => editPhoto(photo, { alt: e.target.value }) });
    const credit = h('input', { value: photo.title, placeholder: T.creditExample, oninput: (e) => editPhoto(photo, { title: e.target.value }) });
    const card = h(
      'div',
      { class: 'photo', ondragover: (e) => [...e.dataTransfer.types].includes('Files') && (e.preventDefault(), e.stopPropagation(), card.classList.add('over')), ondragleave: () => card.classList.remove('over'), ondrop: (e) => (e.preventDefault(), e.stopPropagation(), card.classList.remove('over'), e.dataTransfer.files[0] && replacePhoto(photo, e.dataTransfer.files[0])) },
      /^https?:/i.test(photo.src) ? h('div', { class: 'no-cover' }, T.remotePhoto) : h('img', { src: rawUrl(file), alt: photo.alt || T.photo, loading: 'lazy' }),
      h('div', { class: 'photo-fields' }, field(T.caption, caption), field(T.credit, credit), h('label', { class: 'btn small file-btn', for: `replace-${i}` }, T.replacePhoto, replace), h('span', { class: 'muted small' }, photo.src)),
    );
    return card;
  }

  /** Rewrites one image line in the body: ![caption](path "credit"). */
  function editPhoto(photo, change) {
    const next = { ...photo, ...change };
    const text = `![${next.alt.replace(/[[\]]/g, '')}](${next.src}${next.title ? ` "${next.title.replace(/"/g, '”')}"` : ''})`;
    const at = body.value.startsWith(photo.text, photo.index) ? photo.index : body.value.indexOf(photo.text);
    if (at < 0) return renderPhotos();
    body.value = body.value.slice(0, at) + text + body.value.slice(at + photo.text.length);
    Object.assign(photo, next, { text });
    saver.touch();
  }

  async function upload(file) {
    return api('POST', `/api/photo?${q({ article: open.file, name: file.name })}`, file);
  }

  async function replacePhoto(photo, file) {
    try {
      const saved = await upload(file);
      editPhoto(photo, { src: saved.ref });
      renderPhotos();
    } catch (error) {
      toast(say(error), 'error');
    }
  }

  async function addPhotos(files) {
    for (const file of files) {
      try {
        const saved = await upload(file);
        body.value = `${body.value.replace(/\s*$/, '')}\n\n![](${saved.ref})\n`;
        saver.touch();
      } catch (error) {
        toast(say(error), 'error');
      }
    }
    addFile.value = '';
    renderPhotos();
  }

  function dropOnEditor(event) {
    editor.classList.remove('over');
    if (!event.dataTransfer.files.length) return;
    event.preventDefault();
    addPhotos([...event.dataTransfer.files]);
  }
}

/** The body's images, where they stand. */
export function findPhotos(text) {
  const found = [];
  const pattern = /!\[([^\]]*)\]\(\s*<?([^)\s>]+)>?(?:\s+"([^"]*)")?\s*\)/g;
  for (let m; (m = pattern.exec(text)); ) found.push({ text: m[0], index: m.index, alt: m[1], src: m[2], title: m[3] ?? '' });
  return found;
}

/** The open article changed on disk: taken in when nothing is unsaved here, else the editor is told. */
export async function articleChangedOnDisk(change) {
  if (!open || state.route.view !== 'article' || change.file !== open.file || change.hash === open.hash) return;
  if (open.saver.pending) {
    if (change.elsewhere) open.showConflict(fmt(T.changedWhileEditing, { file: change.file }), change.hash ?? undefined);
    return;
  }
  if (change.hash === null) return open.showConflict(fmt(T.removedElsewhere, { file: change.file }));
  const keep = document.activeElement?.id;
  const { route } = open;
  await renderArticle({ ...route, line: undefined });
  if (keep) document.getElementById(keep)?.focus();
  status(fmt(T.reloadedFromDisk, { file: change.file }), 'warn');
}
