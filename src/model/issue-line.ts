/** 〔2024〕第3期（总第134期） and 2024.02: the numbers as printed. */

export function formatIssueLine(template: string, numbers: { year: number; number: number; total: number }): string {
  return template.replace(/\{(year|number|total)\}/g, (_, key: 'year' | 'number' | 'total') => String(numbers[key]));
}

/** 2024-02 → 2024.02 (shown as 【2024.02】). */
export function formatPeriod(period: string): string {
  return period.replace('-', '.');
}

/** 2024-03-07 → 2024年3月7日 */
export function formatChineseDate(date: string): string {
  const [y, m, d] = date.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}
