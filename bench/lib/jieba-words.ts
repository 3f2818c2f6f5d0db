/**
 * jieba, the segmenter the report checks breaks with: independent of BudouX,
 * which yuebao breaks titles with. Both of jieba's precise cuts count, with
 * and without its HMM for words not in the dictionary, so a break is good
 * only where neither puts a word across it.
 */
import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js';

let jieba: Jieba | undefined;

export function jiebaSegmentations(text: string): string[][] {
  jieba ??= Jieba.withDict(dict);
  return [jieba.cut(text, false), jieba.cut(text, true)];
}
