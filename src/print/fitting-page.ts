/**
 * Copyfitting, the part that runs in the print page (each function is sent to
 * Chromium with page.evaluate, so each is self-contained: no imports, no
 * helpers from outside its body).
 *
 * Lines are measured on screen with the text block set to its printed width
 * (--measure in print.css): line breaks do not depend on the page, so a
 * paragraph's last line is the same on screen as on paper.
 */

/**
 * Zero-height links at the start and end of each article, photo page and
 * 简讯 section, and before and inside each photo of an article: the draft's
 * PDF keeps a named destination, with its height on the page, for each.
 * Returns each unit's key and its title (for the build's report).
 */
export function addProbes(): Array<{ key: string; title: string }> {
  const probe = (id: string) => {
    const link = document.createElement('a');
    link.className = 'fit-probe';
    link.id = id;
    link.href = `#${id}`;
    return link;
  };
  const units = [...document.querySelectorAll<HTMLElement>('body > .article, body > .briefs')].map((unit, i) => {
    const key = unit.id || `unit-${i}`;
    unit.dataset.fitKey = key;
    unit.prepend(probe(`fit-start-${key}`));
    unit.append(probe(`fit-end-${key}`));
    const title = unit.querySelector('.article-title')?.textContent ?? '简讯';
    return { key, title: title.replace(/\s+/g, '') };
  });
  document.querySelectorAll<HTMLElement>('.article:not(.photos) .body > figure.figure').forEach((figure, i) => {
    figure.dataset.fitIndex = String(i);
    figure.before(probe(`fit-gap-${i}`));
    figure.prepend(probe(`fit-fig-${i}`));
  });
  return units;
}

export function removeProbes(): void {
  document.querySelectorAll('.fit-probe').forEach((probe) => probe.remove());
}

/** Sets each unit's tightening step (data-fit, print.css "Copyfitting"); units not named go back to none. */
export function applyFitLevels(levels: Record<string, number>): void {
  document.querySelectorAll<HTMLElement>('body > .article, body > .briefs').forEach((unit, i) => {
    const level = levels[unit.dataset.fitKey ?? unit.id ?? `unit-${i}`];
    if (level) unit.dataset.fit = String(level);
    else delete unit.dataset.fit;
  });
}

/**
 * A photo that left a gap at a page's foot: when 85% of it fits the gap, it
 * is made that much smaller (never cropped); otherwise it moves down past the
 * paragraphs that fill the gap, so it lands at the next page's top with the
 * text above it. It never moves past a heading, a table or another photo.
 */
export function planPhotoFixes(gaps: Array<{ index: string; gapPx: number }>, widen: number): Array<{ index: string; shrinkTo: number } | { index: string; moveAfter: number }> {
  const measure = document.createElement('style');
  measure.textContent = `.body { width: calc(var(--measure) * ${widen}) !important; }`;
  document.head.append(measure);
  const fixes: Array<{ index: string; shrinkTo: number } | { index: string; moveAfter: number }> = [];
  for (const { index, gapPx } of gaps) {
    const figure = document.querySelector<HTMLElement>(`figure[data-fit-index="${index}"]`);
    const img = figure?.querySelector('img');
    if (!figure || !img) continue;
    const needed = figure.getBoundingClientRect().height + parseFloat(getComputedStyle(figure).marginTop);
    const imgHeight = img.getBoundingClientRect().height;
    const over = needed - gapPx + 4; // a few px to spare for rounding at the page's foot
    if (over <= 0.15 * imgHeight) {
      fixes.push({ index, shrinkTo: Math.floor(imgHeight - over) });
      continue;
    }
    let moveAfter = 0;
    let filled = 0;
    for (let next = figure.nextElementSibling; next && filled < gapPx; next = next.nextElementSibling) {
      if (next.tagName !== 'P' || next.classList.contains('fit-probe')) break;
      filled += next.getBoundingClientRect().height;
      moveAfter++;
    }
    if (moveAfter) fixes.push({ index, moveAfter });
  }
  measure.remove();
  return fixes;
}

/** Makes the fixes; returns the keys of the units (articles) whose photos it changed. */
export function applyPhotoFixes(fixes: Array<{ index: string; shrinkTo: number } | { index: string; moveAfter: number }>): string[] {
  const units: string[] = [];
  for (const fix of fixes) {
    // By order, as addProbes numbered them: a photo never moves past another one.
    const figure = document.querySelectorAll<HTMLElement>('.article:not(.photos) .body > figure.figure')[Number(fix.index)];
    if (!figure || figure.dataset.fitFixed) continue;
    figure.dataset.fitFixed = 'true';
    units.push(figure.closest<HTMLElement>('[data-fit-key]')?.dataset.fitKey ?? '');
    if ('shrinkTo' in fix) {
      const img = figure.querySelector('img');
      if (img) img.style.maxHeight = `${fix.shrinkTo}px`;
      continue;
    }
    let after: Element | null = figure;
    for (let i = 0; i < fix.moveAfter && after; i++) {
      after = after.nextElementSibling;
      while (after?.classList.contains('fit-probe')) after = after.nextElementSibling;
    }
    if (after && after !== figure) after.after(figure);
  }
  return units;
}

/**
 * Runts: a paragraph whose last line holds one character (and its
 * punctuation) is set a hair tighter, −0.01em then −0.02em of tracking, and
 * as a last resort with `text-wrap: pretty`, which takes a character or two
 * down with it. Measured in rounds, all paragraphs at once (one layout per
 * round). Returns the runts that are left.
 */
export function tightenRunts(widen: number): number {
  const measure = document.createElement('style');
  measure.textContent = `.body, .briefs-body { width: calc(var(--measure) * ${widen}) !important; }`;
  document.head.append(measure);
  const paragraphs = [...document.querySelectorAll<HTMLElement>('.body > p, .briefs-body > p')];
  paragraphs.forEach((p) => delete p.dataset.runt);
  const mark = /[\s\p{P}\p{S}]/u;
  const isRunt = (p: HTMLElement) => {
    const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
    const texts: Text[] = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) texts.push(node as Text);
    const found: Array<[Text, number]> = [];
    for (let t = texts.length - 1; t >= 0 && found.length < 2; t--) {
      const text = texts[t].data;
      for (let i = text.length - 1; i >= 0 && found.length < 2; i--) if (!mark.test(text[i])) found.push([texts[t], i]);
    }
    if (found.length < 2) return false;
    const top = ([node, offset]: [Text, number]) => {
      const range = document.createRange();
      range.setStart(node, offset);
      range.setEnd(node, offset + 1);
      return range.getBoundingClientRect().top;
    };
    return top(found[1]) < top(found[0]) - 2;
  };
  let runts = paragraphs.filter(isRunt);
  for (const step of ['1', '2', '3']) {
    if (!runts.length) break;
    runts.forEach((p) => (p.dataset.runt = step));
    runts = runts.filter(isRunt);
  }
  runts.forEach((p) => delete p.dataset.runt);
  // A paragraph of three lines or fewer cannot be split without a widow or an orphan, and Chromium,
  // when tracking and leading are both tightened, sometimes splits one all the same (one line alone
  // at a page's top): such paragraphs are kept whole (print.css, [data-whole]).
  for (const p of paragraphs) {
    const lines = Math.round(p.getBoundingClientRect().height / parseFloat(getComputedStyle(p).lineHeight));
    if (lines <= 3) p.dataset.whole = '';
    else delete p.dataset.whole;
  }
  measure.remove();
  return runts.length;
}

/**
 * Runs in the page: a brief's last words and source (`.brief-end`, kept on
 * one line) that start a new line get a <br> before them, so the line they
 * left is set ragged like a paragraph's last line, not stretched to the
 * measure (src/markdown/rehype-briefs.ts). Lines are found with the briefs
 * set, for the measurement only, as wide as the text block (--measure).
 */
export function breakBeforeBriefEnds(widen: number): void {
  document.querySelectorAll('br.brief-break').forEach((br) => br.remove()); // this pass's own, from before a change of tightening
  const ends = [...document.querySelectorAll<HTMLElement>('.brief-end')].filter((end) => end.previousSibling?.nodeName !== 'BR');
  if (!ends.length) return;
  const measure = document.createElement('style');
  measure.textContent = `.briefs-body { width: calc(var(--measure) * ${widen}); }`;
  document.head.append(measure);
  const wrapped = ends.filter((end) => {
    const before = end.previousSibling;
    if (before?.nodeType !== Node.TEXT_NODE || !before.textContent) return false;
    const lastCharacter = document.createRange();
    lastCharacter.setStart(before, before.textContent.length - 1);
    lastCharacter.setEnd(before, before.textContent.length);
    return end.getClientRects()[0].top >= lastCharacter.getBoundingClientRect().bottom - 1;
  });
  measure.remove();
  for (const end of wrapped) {
    const br = document.createElement('br');
    br.className = 'brief-break';
    end.before(br);
  }
}

/**
 * Runs in the page: how much wider than on paper Chromium sets a glyph on
 * screen (15.41 px for an 11.5 pt character, not 15.33). A line measured on
 * screen at the printed measure would hold a character or two less than on
 * paper: the functions above widen the measure by this ratio.
 */
export function screenWiden(): number {
  const em = document.createElement('span');
  em.textContent = '国';
  em.style.cssText = 'position: absolute; visibility: hidden; font: var(--body-size) var(--song); letter-spacing: 0';
  document.body.append(em);
  const widen = em.getBoundingClientRect().width / parseFloat(getComputedStyle(em).fontSize);
  em.remove();
  return widen;
}
