/**
 * The files an issue's pages use (images), named by where they sit in the
 * content folder so that names never collide and stay readable:
 * <issue>/images/park.jpg → assets/images/park.jpg; a file elsewhere in the
 * content root → assets/_shared/<path from the root>. A phone's HEIC is
 * printed as a JPEG, and named so: images/park.heic → assets/images/park.jpg
 * (park.heic.jpg when a park.jpg is there too).
 */
import { existsSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { isInside } from '../core/paths.ts';
import { outputName } from '../content/open-photo.ts';
import type { AssetSink } from '../markdown/context.ts';

export class IssueAssets implements AssetSink {
  readonly urls = new Map<string, string>();
  private readonly taken = new Set<string>();

  constructor(
    private readonly root: string,
    private readonly issueDir: string,
  ) {}

  add(path: string): string {
    const known = this.urls.get(path);
    if (known) return known;
    const rel = isInside(this.issueDir, path) ? relative(this.issueDir, path) : join('_shared', relative(this.root, path));
    let name = outputName(rel);
    if (name !== rel && (this.taken.has(name) || existsSync(outputName(path)))) name = `${rel}.jpg`;
    this.taken.add(name);
    const url = `assets/${name.split(sep).map(encodeURIComponent).join('/')}`;
    this.urls.set(path, url);
    return url;
  }
}
