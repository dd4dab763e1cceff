// Issue 13 item 7: the "≥"/"≤" signs are comparators like "tối thiểu"/"tối đa".
import { describe, expect, it } from 'vitest';
import { findTargets } from '../../src/extract/targets.js';

describe('findTargets: comparator signs', () => {
  it.each([
    ['Có ≥ 30% doanh nghiệp ứng dụng công nghệ số', 30, 'gte'],
    ['Có ≥30% doanh nghiệp ứng dụng công nghệ số', 30, 'gte'],
    ['tỷ lệ hồ sơ trễ hạn ≤ 2% tổng số hồ sơ', 2, 'lte'],
    ['Có 30% doanh nghiệp ứng dụng công nghệ số', 30, 'eq'],
  ])('%s', (text, value, comparator) => {
    const ts = findTargets(text, 0, 'body', null);
    expect(ts).toHaveLength(1);
    expect(ts[0]).toMatchObject({ value, comparator });
  });
});
