import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ComplianceBar } from './compliance-bar.tsx';
import { OutcomeBars } from './outcome-bars.tsx';
import { Sparkline } from './sparkline.tsx';

describe('the compliance charts', () => {
  it('a bar says in words whether the target was met, for those who cannot see it', () => {
    expect(
      renderToStaticMarkup(<ComplianceBar rate={0.94} target={0.95} label="First answer" />),
    ).toContain('aria-label="First answer: 94 % kept, target 95 %, missed"');
    const met = renderToStaticMarkup(<ComplianceBar rate={0.991} target={0.95} />);
    expect(met).toContain('99.1 % kept, target 95 %, met');
    expect(met).not.toContain('compliance-bar__fill--missed');
  });

  it('a sparkline needs two points and leaves a gap where nothing was resolved', () => {
    expect(renderToStaticMarkup(<Sparkline values={[0.9]} label="x" />)).toContain(
      'not enough data',
    );
    const html = renderToStaticMarkup(
      <Sparkline values={[0.9, null, 0.95]} target={0.95} label="x" />,
    );
    expect(html.match(/points="([^"]*)"/)?.[1]?.split(' ')).toHaveLength(2);
    expect(html).toContain('from 90 % to 95 % over 3 periods');
  });

  it('stacked bars draw kept, broken and open, and skip an empty part', () => {
    const html = renderToStaticMarkup(
      <OutcomeBars
        period="month"
        title="Outcomes"
        series={[
          { period: '2026-01-01', kept: 90, broken: 10, open: 0, rate: 0.9 },
          { period: '2026-02-01', kept: 40, broken: 0, open: 5, rate: 1 },
        ]}
      />,
    );
    expect(html.match(/chart__bar--kept/g)).toHaveLength(2);
    expect(html.match(/chart__bar--broken/g)).toHaveLength(1);
    expect(html.match(/chart__bar--open/g)).toHaveLength(1);
    expect(html).toContain('Jan 2026: 90 kept, 10 broken, 0 open');
  });
});
