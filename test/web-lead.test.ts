/** The lead of an article (src/web/lead.ts): what page descriptions, share cards and the feed say. */
import { describe, expect, it } from 'vitest';
import { leadOf } from '../src/web/lead.ts';

describe('the lead of a text', () => {
  it('runs the paragraphs on, without the photos, their captions, the notes or a note mark', () => {
    const html = [
      '<p>清远市召开会议<sup><a href="#fn-1">1</a></sup>，部署工作。</p>',
      '<figure><img src="assets/a.jpg" alt="会场"><figcaption>会议现场</figcaption></figure>',
      '<p>会议要求&nbsp;抓好落实 &amp; 见效。</p>',
      '<section data-footnotes class="footnotes"><ol><li>注释的文字</li></ol></section>',
    ].join('\n');
    expect(leadOf(html)).toBe('清远市召开会议，部署工作。 会议要求 抓好落实 & 见效。');
  });

  it('reads entities and a > inside an attribute as text, not as markup', () => {
    expect(leadOf('<p title="a > b">&lt;通知&gt; 第&#x4e00;条</p>')).toBe('<通知> 第一条');
  });

  it('stops after 120 characters, with an ellipsis', () => {
    const lead = leadOf(`<p>${'帮扶'.repeat(100)}</p>`);
    expect([...lead]).toHaveLength(121);
    expect(lead.endsWith('…')).toBe(true);
    expect(leadOf('<p>短文</p>')).toBe('短文');
  });
});
