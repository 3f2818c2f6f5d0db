/**
 * Where a title may break (src/markdown/phrases.ts): between phrases that
 * BudouX and ICU agree on, never beside a character ICU left alone (连江口镇,
 * 迎新春), unless a run is too long for a phone's headline.
 */
import { describe, expect, it } from 'vitest';
import { phraseHtml, phrases } from '../src/markdown/phrases.ts';

describe('phrase breaks', () => {
  it('gives the text back whole, cut only between phrases', () => {
    const title = '驻水头镇工作队开展“迎新春·送温暖”走访慰问';
    expect(phrases(title).join('')).toBe(title);
    expect(phrases(title)).toEqual(['驻水头镇工作队开展', '“迎新春·送温暖”', '走访', '慰问']);
  });

  it('does not cut beside a lone character (a place name, a suffix) in a short run', () => {
    const cuts = phrases('广清指挥部召开2023年工作总结暨2024年工作部署会议');
    expect(cuts).not.toContain('暨');
    expect(cuts.every((phrase) => !/^[镇市县区年]/.test(phrase))).toBe(true);
  });

  it('cuts a run too long for a phone at the looser boundaries, rather than anywhere', () => {
    const long = phrases('广清指挥部调研英德市连江口镇乡村产业发展');
    expect(Math.max(...long.map((phrase) => phrase.length))).toBeLessThanOrEqual(12);
  });

  it('writes a <wbr> between phrases, and escapes the text', () => {
    expect(phraseHtml('广清经济特别合作区交出2023年“成绩单”<b>')).toMatch(/^广清经济<wbr>.*&lt;b&gt;$/);
  });
});
