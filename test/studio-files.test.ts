/**
 * The studio's writes, without a browser: paths stay inside the content
 * root, every write is atomic and kept for 「撤销」, a burst of saves ends
 * with the last one, a file changed by another program is not overwritten,
 * and issue.md / article edits change only the lines they mean to.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ContentStore, hashOf } from '../src/studio/content-store.ts';
import { FileQueue, writeFileAtomic } from '../src/studio/atomic-write.ts';
import { safeContentPath, spelledInside } from '../src/studio/safe-path.ts';
import { StudioError } from '../src/studio/studio-error.ts';
import { changeIssue, issueView } from '../src/studio/api/issue.ts';
import { articleView, saveArticle } from '../src/studio/api/article.ts';
import { loadArchive } from '../src/model/load-archive.ts';
import { SAMPLE, copyContent, tempDir } from './helpers.ts';

/** Every file below `dir` (relative), dot folders included. */
function allFiles(dir: string): string[] {
  return (readdirSync(dir, { recursive: true, withFileTypes: true }) as Array<{ isFile(): boolean; parentPath: string; name: string }>)
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name).slice(dir.length + 1));
}

async function refused(work: Promise<unknown>, status: number): Promise<StudioError> {
  const error = await work.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(StudioError);
  expect((error as StudioError).status).toBe(status);
  return error as StudioError;
}

describe('paths the studio may write', () => {
  const root = copyContent(SAMPLE);

  it('are relative paths inside the content root, never its own .yuebao/ or .git/', () => {
    expect(spelledInside(root, '2024-03/focus/memo.md')).toBe(join(root, '2024-03', 'focus', 'memo.md'));
    for (const bad of ['../outside.md', '2024-03/../../outside.md', '/etc/passwd', 'C:/x.md', '2024-03\\x.md', '', '.yuebao/history/x.md', '2024-03/.git/config', 'a//b.md', './a.md', 'a\0.md']) {
      expect(() => spelledInside(root, bad), bad).toThrow(StudioError);
    }
  });

  it('refuse a symbolic link that leads out of the root, on the way or at the end', async () => {
    const outside = tempDir('studio-outside');
    writeFileSync(join(outside, 'secret.md'), 'secret');
    symlinkSync(outside, join(root, 'link-out'));
    symlinkSync(join(outside, 'secret.md'), join(root, '2024-03', 'secret.md'));
    await refused(safeContentPath(root, 'link-out/new.md'), 403);
    await refused(safeContentPath(root, '2024-03/secret.md'), 403);
    const store = new ContentStore(root);
    await refused(store.write('link-out/new.md', 'x', 'test'), 403);
    expect(existsSync(join(outside, 'new.md'))).toBe(false);
    expect(readFileSync(join(outside, 'secret.md'), 'utf8')).toBe('secret');
    expect(await safeContentPath(root, '2024-03/new-folder/new.md')).toBe(join(root, '2024-03', 'new-folder', 'new.md'));
  });
});

describe('atomic writes', () => {
  it('replace the file whole and leave no temp file, also when many run at once', async () => {
    const dir = tempDir('atomic');
    const path = join(dir, 'a.md');
    const queue = new FileQueue();
    await Promise.all(Array.from({ length: 30 }, (_, i) => queue.run(path, () => writeFileAtomic(path, `version ${i}\n`.repeat(2000)))));
    expect(readFileSync(path, 'utf8')).toBe('version 29\n'.repeat(2000));
    expect(readdirSync(dir)).toEqual(['a.md']);
  });
});

describe('the content store', () => {
  it('ends a burst of 20 saves with the last one, keeping the old versions and no temp files', async () => {
    const root = copyContent(SAMPLE);
    const store = new ContentStore(root);
    const rel = '2024-03/focus/memo.md';
    const { hash } = await store.read(rel);
    // Sent at once, as a page fires them; numbered as the page numbers them.
    const saves = Array.from({ length: 20 }, (_, i) => store.write(rel, `---\ntitle: 第${i + 1}稿\n---\n\n正文${i + 1}\n`, 'save', { base: hash, client: 'tab', seq: i + 1 }));
    await Promise.all(saves);
    expect(readFileSync(join(root, rel), 'utf8')).toContain('第20稿');
    expect(allFiles(root).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    const kept = readdirSync(join(root, '.yuebao', 'history', '2024-03', 'focus', 'memo.md'));
    expect(kept.length).toBe(20); // the original and the first 19 drafts
  });

  it('drops a save that arrives after a later one from the same page', async () => {
    const root = copyContent(SAMPLE);
    const store = new ContentStore(root);
    const rel = '2024-03/focus/memo.md';
    const { hash } = await store.read(rel);
    await store.write(rel, 'later', 'save', { base: hash, client: 'tab', seq: 5 });
    const stale = await store.write(rel, 'earlier', 'save', { base: hash, client: 'tab', seq: 4 });
    expect(stale.skipped).toBe(true);
    expect(readFileSync(join(root, rel), 'utf8')).toBe('later');
  });

  it('refuses to overwrite a file another program changed since it was loaded (409), and lets two tabs take turns', async () => {
    const root = copyContent(SAMPLE);
    const store = new ContentStore(root);
    const rel = '2024-03/focus/memo.md';
    const { hash } = await store.read(rel);
    // Two tabs loaded the same version: the second save wins, as the last one.
    await store.write(rel, 'tab A', 'save', { base: hash, client: 'A', seq: 1 });
    await store.write(rel, 'tab B', 'save', { base: hash, client: 'B', seq: 1 });
    expect(readFileSync(join(root, rel), 'utf8')).toBe('tab B');
    // A text editor saves: the next save from the studio is refused, and the editor's text stays.
    writeFileSync(join(root, rel), 'from a text editor');
    const error = await refused(store.write(rel, 'tab A again', 'save', { base: hashOf(Buffer.from('tab A')), client: 'A', seq: 2 }), 409);
    expect(error.message).toContain('被别的程序');
    expect(error.details.hash).toBe(hashOf(Buffer.from('from a text editor')));
    expect(readFileSync(join(root, rel), 'utf8')).toBe('from a text editor');
    // Loaded again (the page offers it), the save goes through.
    await store.write(rel, 'tab A merged', 'save', { base: error.details.hash as string });
    expect(readFileSync(join(root, rel), 'utf8')).toBe('tab A merged');
  });

  it('undoes the newest change from .yuebao/history/, and an import of several files as one', async () => {
    const root = copyContent(SAMPLE);
    const store = new ContentStore(root);
    const rel = '2024-03/focus/memo.md';
    const original = readFileSync(join(root, rel), 'utf8');
    await store.write(rel, 'first', 'one');
    await store.write(rel, 'second', 'two');
    const tx = store.begin('import');
    await tx.write('2024-03/new/a.md', 'new article', { base: null });
    await tx.write(rel, 'third');
    tx.commit();
    expect((await store.undo()).label).toBe('import');
    expect(existsSync(join(root, '2024-03', 'new', 'a.md'))).toBe(false);
    expect(readFileSync(join(root, rel), 'utf8')).toBe('second');
    expect((await store.undo()).label).toBe('two');
    expect(readFileSync(join(root, rel), 'utf8')).toBe('first');
    await store.undo();
    expect(readFileSync(join(root, rel), 'utf8')).toBe(original);
    await refused(store.undo(), 409);
  });

  it('will not undo over a change made elsewhere since', async () => {
    const root = copyContent(SAMPLE);
    const store = new ContentStore(root);
    const rel = '2024-03/focus/memo.md';
    await store.write(rel, 'studio', 'save');
    writeFileSync(join(root, rel), 'someone else');
    await refused(store.undo(), 409);
    expect(readFileSync(join(root, rel), 'utf8')).toBe('someone else');
  });

  it("keeps its history out of the content: the loader reports no unlisted files", async () => {
    const root = copyContent(SAMPLE);
    const store = new ContentStore(root);
    await store.write('2024-03/focus/memo.md', readFileSync(join(root, '2024-03/focus/memo.md'), 'utf8') + '\n补一段。\n', 'save');
    expect(allFiles(root).some((f) => f.startsWith('.yuebao/history/2024-03/focus/memo.md/'))).toBe(true);
    const archive = await loadArchive(root);
    const unlisted = archive.files.files.flatMap((f) => f.messages).filter((m) => m.ruleId === 'article-not-listed');
    expect(unlisted).toEqual([]);
  });
});

describe('editing issue.md and articles', () => {
  it('moves, renames and adds in the YAML, leaving every other line as it was', async () => {
    const root = copyContent(SAMPLE);
    const store = new ContentStore(root);
    const path = join(root, '2024-03', 'issue.md');
    const before = readFileSync(path, 'utf8');
    let view = await issueView(store, '2024-03');
    view = await changeIssue(store, '2024-03', { op: 'move-article', ref: 'focus/memo.md', section: 0, index: 0 }, { base: view.hash });
    expect(view.sections[0].articles!.map((a) => a.ref)).toEqual(['focus/memo.md', 'focus/zone-report.md', 'focus/command-meeting.md', 'focus/standing-committee.md']);
    const moved = readFileSync(path, 'utf8');
    expect(moved.split('\n').sort()).toEqual(before.split('\n').sort()); // the same lines, one in another place
    view = await changeIssue(store, '2024-03', { op: 'move-article', ref: 'zone/photos.md', section: 2, index: 1 }, { base: view.hash });
    expect(view.sections[2].articles![1].ref).toBe('zone/photos.md');
    expect(view.sections[1].articles!.map((a) => a.ref)).not.toContain('zone/photos.md');
    view = await changeIssue(store, '2024-03', { op: 'rename-section', section: 1, title: '合作区' }, { base: view.hash });
    view = await changeIssue(store, '2024-03', { op: 'add-section', title: '图片新闻' }, { base: view.hash });
    expect(view.sections.map((s) => s.title)).toEqual(['重点关注', '合作区', '广清一体化', '百千万工程', '帮扶协作', '图片新闻', '简讯']);
    view = await changeIssue(store, '2024-03', { op: 'fields', fields: { date: '2024-03-09', cover: { caption: '新的说明' } } }, { base: view.hash });
    view = await changeIssue(store, '2024-03', { op: 'foreword', text: '新的卷首语。' }, { base: view.hash });
    const after = readFileSync(path, 'utf8');
    expect(after).toMatch(/^date: 2024-03-09$/m);
    expect(after).toMatch(/^ {2}caption: 新的说明$/m);
    expect(after).toMatch(/^ {2}- title: 合作区$/m);
    expect(after).toMatch(/---\n\n新的卷首语。\n$/);
    expect(view.foreword).toBe('新的卷首语。');
    // The result still builds: the loader reads it without a problem.
    const archive = await loadArchive(join(root, '2024-03'));
    expect(archive.files.hasErrors).toBe(false);
  });

  it('refuses a change to issue.md made from a stale page', async () => {
    const root = copyContent(SAMPLE);
    const store = new ContentStore(root);
    const view = await issueView(store, '2024-03');
    writeFileSync(join(root, '2024-03', 'issue.md'), readFileSync(join(root, '2024-03', 'issue.md'), 'utf8').replace('date: 2024-03-07', 'date: 2024-03-08'));
    await refused(changeIssue(store, '2024-03', { op: 'rename-section', section: 0, title: 'x' }, { base: view.hash }), 409);
  });

  it('saves an article form changing only the lines of the keys that changed, comments and CRLF kept', async () => {
    const root = copyContent(SAMPLE);
    mkdirSync(join(root, '2024-03', 'x'));
    const rel = '2024-03/x/crlf.md';
    writeFileSync(join(root, rel), '---\r\n# 来稿\r\ntitle: 旧标题\r\nsource: [南方日报, 广东乡村发展]\r\n---\r\n\r\n正文第一段。\r\n');
    const store = new ContentStore(root);
    const view = await articleView(store, rel);
    expect(view.meta).toMatchObject({ title: '旧标题', source: '南方日报、广东乡村发展', layout: 'article', featured: false });
    expect(view.bodyLine).toBe(6);
    await saveArticle(store, rel, { meta: { ...view.meta, title: '新标题', author: '黄津' }, body: view.body.replace(/\r\n/g, '\n') + '第二段。\n' }, { base: view.hash });
    expect(readFileSync(join(root, rel), 'utf8')).toBe('---\r\n# 来稿\r\ntitle: 新标题\r\nsource: [南方日报, 广东乡村发展]\r\nauthor: 黄津\r\n---\r\n\r\n正文第一段。\r\n第二段。\r\n');
  });
});
