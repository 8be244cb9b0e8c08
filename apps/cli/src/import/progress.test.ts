import { describe, expect, it } from 'vitest';
import { createProgress, describeProgress } from './progress.ts';

describe('the import progress line', () => {
  it('shows the bar, the share, the rows, the rate and the time left', () => {
    expect(describeProgress(250, 1_000, 12_000, 2)).toBe(
      '[#######---------------------]  25 % 12,000 rows  6,000 rows/s  ETA 00:06',
    );
    expect(describeProgress(0, 1_000, 0, 0)).toContain('ETA --:--');
  });

  it('redraws in place on a terminal and ends with a full bar on its own line', () => {
    const written: string[] = [];
    const progress = createProgress(100, (text) => written.push(text), true);
    progress.update(50, 10);
    progress.finish(20);
    expect(written[0]?.startsWith('\r[')).toBe(true);
    expect(written.at(-1)).toMatch(/^\r\[#{28}\] 100 % 20 rows .*\n$/);
  });
});
