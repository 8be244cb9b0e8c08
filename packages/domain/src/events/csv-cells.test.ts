import { describe, expect, it } from 'vitest';
import { formatCsvLine } from './csv-cells.ts';

describe('formatCsvLine', () => {
  it.each([
    [['plain', 3, null], 'plain,3,'],
    [['a,b', 'say "hi"'], '"a,b","say ""hi"""'],
    [['=HYPERLINK("x")', '-1', '@cmd'], `"'=HYPERLINK(""x"")",'-1,'@cmd`],
    [['two\nlines'], '"two\nlines"'],
  ])('writes %j as %s', (cells, line) => {
    expect(formatCsvLine(cells)).toBe(line);
  });
});
