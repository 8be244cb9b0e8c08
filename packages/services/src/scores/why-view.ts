import type { TEvidenceLink, TScoreWhy, TScoreWhyQuery } from '@customeric/contracts';
import type { TScorePeriod, TWhyAnalysis } from '@customeric/domain';
import type { TDriverDefinition } from './why-catalog.ts';
import { lastDayOf } from './why-periods.ts';

const UNHAPPY = { nps: 'detractors (0–6)', csat: 'dissatisfied (1–3)', ces: 'found it hard (1–3)' };
const FACTORS = {
  segment: 'Who answered: segments',
  stage: 'Who answered: stages within a segment',
  department: 'Who answered: departments within a stage',
  rate: 'How customers felt',
};

export interface TWhyInputs {
  periods: [TScorePeriod, TScorePeriod];
  drivers: TDriverDefinition[];
  analysis: TWhyAnalysis;
  segmentLabel: (segment: string) => string;
}

/** Links to the answers of a segment in the later period (its detractors, for NPS). */
function segmentEvidence(
  query: TScoreWhyQuery,
  period: TScorePeriod,
  segment: string,
  segmentLabel: string,
): TEvidenceLink[] {
  const answers: Record<string, string> = {
    kind: query.kind,
    from: period.start,
    to: lastDayOf(period),
    ...(segment === '' ? {} : { segment }),
    ...(query.kind === 'nps' ? { npsGroup: 'detractor' } : {}),
  };
  return [
    {
      kind: 'answers',
      label: `${segmentLabel} ${query.kind === 'nps' ? 'detractors' : 'answers'} in ${period.label}`,
      query: answers,
    },
  ];
}

const periodView = ({ label, start, end }: TScorePeriod) => ({ label, start, end });

function driverEvidence(inputs: TWhyInputs, index: number): TEvidenceLink[] {
  const driver = inputs.drivers[index];
  if (!driver) return [];
  const segment = inputs.analysis.topSegment;
  if (driver.kind !== 'promise' || !segment) return driver.evidence;
  const [first] = driver.evidence;
  if (!first) return driver.evidence;
  const inSegment = {
    kind: 'breaches' as const,
    label: `Its breaches in ${inputs.segmentLabel(segment)}`,
    query: { ...first.query, segment },
  };
  return [...driver.evidence, inSegment];
}

function summaryView(query: TScoreWhyQuery, inputs: TWhyInputs): TScoreWhy['summary'] {
  const [, second] = inputs.periods;
  return inputs.analysis.sentences.map((sentence) => {
    let evidence: TEvidenceLink[] = [];
    if (sentence.about === 'change')
      evidence = [
        {
          kind: 'answers',
          label: `Answers of ${second.label}`,
          query: { kind: query.kind, from: second.start, to: lastDayOf(second) },
        },
      ];
    else if (sentence.about === 'segment' && sentence.ref !== null)
      evidence = segmentEvidence(query, second, sentence.ref, inputs.segmentLabel(sentence.ref));
    else if (sentence.about === 'driver' && sentence.ref !== null)
      evidence = driverEvidence(inputs, Number(sentence.ref));
    return { about: sentence.about, text: sentence.text, evidence };
  });
}

/** The analysis as the API shows it: labels, evidence links, and the contract's shape. */
export function toWhyView(query: TScoreWhyQuery, inputs: TWhyInputs, unit: string): TScoreWhy {
  const { analysis, periods } = inputs;
  return {
    kind: query.kind,
    unit,
    unhappy: UNHAPPY[query.kind],
    period1: periodView(periods[0]),
    period2: periodView(periods[1]),
    windowDays: query.windowDays,
    n1: analysis.n1,
    n2: analysis.n2,
    value1: analysis.value1,
    value2: analysis.value2,
    change: analysis.change
      ? { ...analysis.change, real: analysis.change.low > 0 || analysis.change.high < 0 }
      : null,
    summary: summaryView(query, inputs),
    topSegment: analysis.topSegment,
    mix: analysis.mix
      ? {
          total: analysis.mix.total,
          mix: analysis.mix.mix,
          rate: analysis.mix.rate,
          segments: analysis.mix.bySegment.map(({ segment, change, ...effect }) => ({
            key: segment === '' ? null : segment,
            label: inputs.segmentLabel(segment),
            ...effect,
            change: change ? { ...change, real: change.low > 0 || change.high < 0 } : null,
          })),
        }
      : null,
    factors:
      analysis.factors?.map((factor) => ({ ...factor, label: FACTORS[factor.factor] })) ?? null,
    drivers: {
      r2: analysis.drivers.r2,
      items: analysis.drivers.effects.map(({ index, ...effect }) => {
        const driver = inputs.drivers[index];
        return {
          key: driver?.key ?? String(index),
          kind: driver?.kind ?? 'case',
          label: driver?.label ?? '',
          ...effect,
          evidence: driverEvidence(inputs, index),
        };
      }),
    },
  };
}
