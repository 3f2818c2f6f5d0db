import { describe, expect, it } from 'vitest';
import { articleSchema, issueSchema } from '../src/content/schemas.ts';

describe('front matter as editors write it', () => {
  it('normalises dates and months written in the usual Chinese ways', () => {
    for (const date of ['2024-03-07', '2024-3-7', '2024/3/7', '2024.3.7', '2024年3月7日', '2024-03-07 10:30']) {
      expect(articleSchema.parse({ title: 't', date }).date, date).toBe('2024-03-07');
    }
    for (const period of ['2024-02', '2024-2', '2024.02', '2024/2', '2024年2月']) {
      expect(issueSchema.parse({ year: 2024, period, date: '2024-03-07', sections: [{ title: 's', articles: ['a.md'] }] }).period, period).toBe('2024-02');
    }
  });

  it('rejects dates that are not dates', () => {
    expect(articleSchema.safeParse({ title: 't', date: '2024-13-07' }).success).toBe(false);
    expect(articleSchema.safeParse({ title: 't', date: '三月七日' }).success).toBe(false);
  });

  it('reads numbers in quotes, empty values as left out, and yes/是 as true', () => {
    const issue = issueSchema.parse({ year: '2024', number: '3', total: null, period: '2024-02', date: '2024-03-07', sections: [{ title: '简讯', briefs: 'briefs.md' }] });
    expect([issue.year, issue.number, issue.total]).toEqual([2024, 3, undefined]);
    const article = articleSchema.parse({ title: '标题', source: '', featured: '是', layout: 'Photos' });
    expect(article).toMatchObject({ source: undefined, featured: true, layout: 'photos' });
  });

  it('takes one source, a list, or a 、-separated line', () => {
    expect(articleSchema.parse({ title: 't', source: '清远日报' }).source).toEqual(['清远日报']);
    expect(articleSchema.parse({ title: 't', source: ['南方日报', '广东乡村发展'] }).source).toEqual(['南方日报', '广东乡村发展']);
    expect(articleSchema.parse({ title: 't', source: '南方日报、广东乡村发展' }).source).toEqual(['南方日报', '广东乡村发展']);
  });

  it('needs a title, and a section needs articles or briefs', () => {
    expect(articleSchema.safeParse({ source: 'x' }).success).toBe(false);
    expect(issueSchema.safeParse({ year: 2024, period: '2024-02', date: '2024-03-07', sections: [{ title: '空' }] }).success).toBe(false);
  });
});
