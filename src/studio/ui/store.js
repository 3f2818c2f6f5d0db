// What every page of the studio shares: the state, the address (#/…) and how to go somewhere, the
// hooks a page registers for leaving and Ctrl+S, and a small event bus through which a view asks
// for what another view or the entry does (re-render the top bar or the side column, start a
// build, route again) without importing it — imports only point down, so there are no circles.
// May import: nothing (no other module of the studio).

/** What the page shows and knows. */
export const state = {
  route: { view: 'archive' },
  issue: undefined,
  /** What import warned about, per article file, for this session. */
  warnings: new Map(),
  lastChange: undefined,
  build: undefined,
  preview: undefined,
};

// ——— the bus ———

/** Event name → its handlers; app.js registers them once, at start. */
const handlers = new Map();

/**
 * The names in use:
 *   'route'         show the page of location.hash again
 *   'render-top'    the top bar (breadcrumbs, undo, build)
 *   'render-side'   the side column of the issue on screen (detail: the article file to mark, or none)
 *   'start-build'   build the issue (detail: its folder)
 */
export function on(name, fn) {
  if (!handlers.has(name)) handlers.set(name, []);
  handlers.get(name).push(fn);
}

/** Calls the handlers of `name` at once, in order (as a direct call would). */
export function emit(name, detail) {
  const fns = handlers.get(name);
  // Nobody listening is a wiring mistake in app.js: said in the console, the page goes on.
  if (!fns?.length) return console.error(`studio: no handler for “${name}”`);
  for (const fn of fns) fn(detail);
}

// ——— the address ———

/** #/  ·  #/issue/<folder>[?tab=check]  ·  #/issue/<folder>/article/<file>[?line=N] */
export function parseRoute(hash) {
  const [path, query = ''] = hash.replace(/^#/, '').split('?');
  const params = new URLSearchParams(query);
  const parts = path.split('/').filter(Boolean).map(decodeURIComponent);
  if (parts[0] === 'issue' && parts[1]) {
    if (parts[2] === 'article' && parts[3]) return { view: 'article', folder: parts[1], file: parts.slice(3).join('/'), line: Number(params.get('line')) || undefined };
    return { view: 'issue', folder: parts[1], tab: params.get('tab') || 'info', line: Number(params.get('line')) || undefined };
  }
  return { view: 'archive' };
}

/** Goes to `hash`; the same address again shows its page afresh (no hashchange comes then). */
export function go(hash) {
  if (location.hash === hash) emit('route');
  else location.hash = hash;
}

export const issueHash = (folder, tab) => `#/issue/${encodeURIComponent(folder)}${tab && tab !== 'info' ? `?tab=${tab}` : ''}`;
export const articleHash = (folder, file, line) => `#/issue/${encodeURIComponent(folder)}/article/${file.split('/').map(encodeURIComponent).join('/')}${line ? `?line=${line}` : ''}`;

// ——— leaving a page, Ctrl+S ———

/** Leaving a page with unsaved text: it is saved first (each editor registers how). */
let beforeLeave = async () => {};
export function onLeave(fn) {
  beforeLeave = fn;
}

/** Ctrl+S: what the page shown saves. */
let saveHook = () => {};
export function onSaveNow(fn) {
  saveHook = fn;
}

/** For the router: the page shown saves what is unsaved, then its hooks are dropped. */
export async function leavePage() {
  await beforeLeave().catch(() => {});
  beforeLeave = async () => {};
  saveHook = () => {};
}

export const saveNow = () => saveHook();
