// The issue on screen as the studio knows it: loaded from issue.md, and changed through it (moves,
// renames, fields…), after which the side column and the top bar show the new state.
// May import: core.js, store.js.
import { CLIENT, T, api, q, say, status, toast } from './core.js';
import { emit, state } from './store.js';

/** Asks the studio for the issue in `folder`; it becomes `state.issue`. */
export async function loadIssue(folder) {
  state.issue = await api('GET', `/api/issue?${q({ folder })}`);
  return state.issue;
}

/** A change to issue.md; the new state of the issue is shown. False when it was refused. */
export async function changeIssue(change) {
  const issue = state.issue;
  try {
    status(T.saving, 'busy');
    state.issue = await api('POST', `/api/issue/change?${q({ folder: issue.folder })}`, { change, base: issue.hash, client: CLIENT });
    status(T.saved, 'ok');
    emit('render-side');
    emit('render-top');
    return true;
  } catch (error) {
    status('', '');
    toast(say(error), 'error', 10000);
    // Changed elsewhere meanwhile: what is on disk now is shown, the editor tries again on it.
    if (error.status === 409) {
      await loadIssue(issue.folder);
      emit('render-side');
    }
    return false;
  }
}
