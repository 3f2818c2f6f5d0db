// The search page: Pagefind's search API (web/pagefind/<year>/pagefind.js) with a UI of our own, in
// Chinese. Each year of the archive has its own index (src/web/search-index.ts); the newest is
// loaded first and the others are merged into it. Each result names its issue and section, and its
// excerpt starts at the beginning of a sentence or of a word, never inside one.
const root = document.getElementById('search');
const form = document.getElementById('search-form');
const input = document.getElementById('search-input');
const status = document.getElementById('search-status');
const list = document.getElementById('search-results');
const more = document.getElementById('search-more');
const PAGE = 10;
const bundles = JSON.parse(root.getAttribute('data-bundles') || '[]').map((path) => new URL(path, location.href).href);

let pagefind;
let current = { id: 0, results: [], shown: 0, terms: [] };

const say = (text) => {
  status.textContent = text;
};

function load() {
  pagefind ??= (async () => {
    const api = await import(bundles[0] + 'pagefind.js');
    await api.options({ basePath: bundles[0], excerptLength: 40 });
    await api.init();
    await Promise.all(bundles.slice(1).map((path) => api.mergeIndex(path)));
    return api;
  })();
  return pagefind;
}

const escapeHtml = (text) => text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);
const words = typeof Intl !== 'undefined' && Intl.Segmenter ? new Intl.Segmenter('zh', { granularity: 'word' }) : undefined;

/** Where a word begins at or before `at` (Intl.Segmenter; without it, `at` itself). */
function wordStart(text, at) {
  if (!words) return at;
  let start = 0;
  for (const { index } of words.segment(text)) {
    if (index > at) break;
    start = index;
  }
  return start;
}

/** About 90 characters around the first hit: from its sentence's start when that is near, else from a word's start. */
function excerptOf(data, terms) {
  const title = (data.meta && data.meta.title) || '';
  // Pagefind joins the page's blocks (title, paragraphs) with ". ": after Chinese text, a full-width space reads better.
  let text = (data.content || '').replace(/\u200b/g, '').replace(/([^\x00-\x7f])\. /g, '$1　');
  // The content begins with the title: a hit in the title shows the text's start instead.
  if (title && text.startsWith(title)) text = text.slice(title.length).replace(/^[\s.。]+/, '');
  const lower = text.toLowerCase();
  const hits = terms.map((t) => lower.indexOf(t.toLowerCase())).filter((i) => i >= 0);
  const hit = hits.length ? Math.min(...hits) : 0;
  const sentence = Math.max(0, ...['。', '！', '？', '；', '　', '\n'].map((mark) => {
    const at = hit > 0 ? text.lastIndexOf(mark, hit - 1) : -1;
    return at < 0 ? 0 : at + mark.length;
  }));
  let start = hit - sentence <= 40 ? sentence : wordStart(text, hit - 16);
  start = Math.max(0, start);
  let end = Math.min(text.length, start + 90);
  if (end < text.length) end = Math.max(wordStart(text, end), hit + 1);
  let html = escapeHtml(text.slice(start, end).trim());
  for (const term of terms) {
    if (!term) continue;
    html = html.replace(new RegExp(escapeHtml(term).replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'gi'), (m) => `<mark>${m}</mark>`);
  }
  return (start > sentence ? '…' : '') + html + (end < text.length ? '…' : '');
}

function resultItem(data, terms) {
  const item = document.createElement('li');
  item.className = 'search-result';
  const meta = data.meta || {};
  const where = [meta.issue, meta.section, meta.date].filter(Boolean).map(escapeHtml).join(' · ');
  item.innerHTML =
    `<p class="search-where">${where}</p>` +
    `<h2 class="search-title"><a href="${escapeHtml(data.url)}">${escapeHtml(meta.title || data.url)}</a></h2>` +
    `<p class="search-excerpt">${excerptOf(data, terms)}</p>`;
  return item;
}

async function showMore() {
  const search = current;
  const batch = search.results.slice(search.shown, search.shown + PAGE);
  const datas = await Promise.all(batch.map((r) => r.data()));
  if (search !== current) return;
  for (const data of datas) list.append(resultItem(data, search.terms));
  search.shown += batch.length;
  more.hidden = search.shown >= search.results.length;
}

async function run(term) {
  const id = ++current.id;
  const query = term.trim();
  if (!query) {
    current = { id, results: [], shown: 0, terms: [] };
    list.replaceChildren();
    more.hidden = true;
    say('');
    return;
  }
  say(`正在搜索“${query}”……`);
  let response;
  try {
    response = await (await load()).search(query);
  } catch (error) {
    say('搜索没能打开：请刷新页面再试。');
    throw error;
  }
  if (id !== current.id) return;
  current = { id, results: response.results, shown: 0, terms: query.split(/\s+/) };
  list.replaceChildren();
  if (!response.results.length) {
    more.hidden = true;
    say(`没有找到“${query}”：换一个词，或少写几个字试试。`);
    return;
  }
  say(`找到 ${response.results.length} 条“${query}”`);
  await showMore();
}

let timer;
if (location.protocol === 'file:') {
  say('直接从电脑上的文件打开时不能搜索：请把网络版放到网站上，通过网址访问。');
  input.disabled = true;
} else if (!bundles.length) {
  say('还没有可以搜索的文章。');
  input.disabled = true;
} else {
  input.addEventListener('focus', () => load().catch(() => {}), { once: true });
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => run(input.value), 250);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(timer);
    const url = new URL(location.href);
    url.searchParams.set('q', input.value.trim());
    history.replaceState(null, '', url);
    run(input.value);
  });
  more.addEventListener('click', () => showMore());
  const asked = new URLSearchParams(location.search).get('q');
  if (asked) {
    input.value = asked;
    run(asked);
  }
}
