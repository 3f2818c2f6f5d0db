// The studio's page, shared pieces: messages, requests to the studio, DOM helpers, the status line.
// No framework and nothing from other sites: plain modules served by the studio itself.
// May import: nothing (the bottom layer; store.js, the views and app.js stand on it).

export const TOKEN = document.querySelector('meta[name="yuebao-token"]').content;
/** One id per open page: the studio drops a save that arrives after a later one from the same page. */
export const CLIENT = Math.random().toString(36).slice(2) + Date.now().toString(36);
let seq = 0;
export const nextSeq = () => ++seq;

/** Messages from the catalogue (src/i18n/<lang>/studio.ts), loaded first. */
export const T = {};
export async function loadMessages() {
  Object.assign(T, await api('GET', '/api/messages'));
}

/** `{name}` placeholders filled in. */
export function fmt(text, values = {}) {
  return String(text ?? '').replace(/\{(\w+)\}/g, (_, k) => (values[k] ?? ''));
}

export class ApiError extends Error {
  constructor(status, data) {
    super(data?.message || String(status));
    this.status = status;
    this.data = data || {};
  }
}

/** A request to the studio; JSON in and out (or raw bytes for uploads). */
export async function api(method, path, body, options = {}) {
  const headers = { 'X-Yuebao-Token': TOKEN };
  let payload;
  if (body instanceof Blob || body instanceof ArrayBuffer) {
    payload = body;
    headers['Content-Type'] = 'application/octet-stream';
  } else if (body !== undefined) {
    payload = JSON.stringify(body);
    headers['Content-Type'] = 'application/json';
  }
  let res;
  try {
    res = await fetch(path, { method, headers, body: payload, credentials: 'same-origin', signal: options.signal });
  } catch (error) {
    throw new ApiError(0, { message: T.offline || '无法连接月报工作室：请确认它还在运行' });
  }
  const type = res.headers.get('Content-Type') || '';
  const data = type.includes('json') ? await res.json() : { message: await res.text() };
  if (!res.ok) throw new ApiError(res.status, data);
  return data;
}

export const q = (params) => new URLSearchParams(Object.entries(params).filter(([, v]) => v !== undefined && v !== null)).toString();

/** h('button', { class: 'x', onclick }, 'text', child …) */
export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === undefined || value === null || value === false) continue;
    if (key.startsWith('on') && typeof value === 'function') el.addEventListener(key.slice(2), value);
    else if (key === 'class') el.className = value;
    else if (key === 'dataset') Object.assign(el.dataset, value);
    else if (key === 'value') el.value = value;
    else if (key === 'checked') el.checked = !!value;
    else el.setAttribute(key, value === true ? '' : String(value));
  }
  for (const child of children.flat(Infinity)) {
    if (child === undefined || child === null || child === false) continue;
    el.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return el;
}

export const $ = (sel, root = document) => root.querySelector(sel);

let fieldIds = 0;
/** A labelled form field: <label for> and the control, in one block. */
export function field(label, control, hint) {
  control.id ||= `f${++fieldIds}`;
  return h('div', { class: 'field' }, h('label', { for: control.id }, label), control, hint ? h('small', { class: 'hint' }, hint) : null);
}

/** The status line at the top: 正在保存…, 已保存, errors. */
export function status(text, kind = '') {
  const el = $('#status');
  el.textContent = text;
  el.className = `status ${kind}`;
}

let toastTimer;
export function toast(text, kind = 'info', ms = 6000) {
  const el = $('#toast');
  el.textContent = text;
  el.className = `toast ${kind}`;
  el.hidden = false;
  clearTimeout(toastTimer);
  toastTimer = setTimeout(() => (el.hidden = true), ms);
}

/** The text of an error for the page: the studio's own sentence. */
export const say = (error) => (error && error.message) || String(error);

/** Calls `fn` once input has paused for `ms`. */
export function debounce(fn, ms) {
  let timer;
  const wrapped = (...args) => {
    clearTimeout(timer);
    timer = setTimeout(() => fn(...args), ms);
  };
  wrapped.flush = (...args) => {
    clearTimeout(timer);
    return fn(...args);
  };
  wrapped.cancel = () => clearTimeout(timer);
  return wrapped;
}

/** A path relative to `fromFile`'s folder, resolved to one relative to the content root (a/b/../c → a/c). */
export function resolveRel(fromFile, ref) {
  const parts = fromFile.split('/').slice(0, -1);
  for (const part of ref.split('/')) {
    if (part === '..') parts.pop();
    else if (part && part !== '.') parts.push(part);
  }
  return parts.join('/');
}

export const rawUrl = (file) => `/api/raw?${q({ file, token: TOKEN })}`;

/** Puts the caret at the start of line `line` (1-based) of a textarea and scrolls it into view. */
export function selectLine(textarea, line) {
  const lines = textarea.value.split('\n');
  const n = Math.max(1, Math.min(line, lines.length));
  const start = lines.slice(0, n - 1).reduce((sum, l) => sum + l.length + 1, 0);
  textarea.focus();
  textarea.setSelectionRange(start, start + (lines[n - 1] || '').length);
  const lineHeight = parseFloat(getComputedStyle(textarea).lineHeight) || 20;
  textarea.scrollTop = Math.max(0, (n - 3) * lineHeight);
}

/**
 * Saves an editor's text after a pause in typing, one save at a time (a save
 * asked for while one runs follows it). `send` does the request; a 409 goes
 * to `onConflict` (the file was changed elsewhere), any other error leaves
 * the text marked unsaved.
 */
export function autosave({ send, onConflict, ms = 800 }) {
  let dirty = false;
  let saving = null;
  let again = false;
  const run = async () => {
    if (saving) {
      again = true;
      return saving;
    }
    if (!dirty) return;
    dirty = false;
    status(T.saving, 'busy');
    saving = send()
      .then(() => status(T.saved, 'ok'))
      .catch((error) => {
        if (error.status === 409 && onConflict) {
          status(T.conflictShort, 'error');
          onConflict(error);
        } else {
          dirty = true;
          status(say(error), 'error');
        }
      })
      .finally(() => {
        saving = null;
        if (again) {
          again = false;
          run();
        }
      });
    return saving;
  };
  const later = debounce(run, ms);
  return {
    touch() {
      dirty = true;
      status(T.unsaved, 'warn');
      later();
    },
    async now() {
      later.cancel();
      await run();
      while (saving) await saving;
    },
    get pending() {
      return dirty || !!saving;
    },
    forget() {
      later.cancel();
      dirty = false;
    },
  };
}

/** A bar over an editor: the file changed on disk while it was open here. */
export function conflictBar(message, { reload, overwrite }) {
  const bar = h(
    'div',
    { class: 'conflict', role: 'alert' },
    h('p', {}, message),
    h('div', { class: 'actions' }, h('button', { type: 'button', class: 'btn', onclick: () => (bar.remove(), reload()) }, T.loadFromDisk), overwrite ? h('button', { type: 'button', class: 'btn danger', onclick: () => (bar.remove(), overwrite()) }, T.keepMine) : null),
  );
  return bar;
}
