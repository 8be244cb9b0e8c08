import type { TCompetitor, TMarketPeriod } from '@customeric/contracts';
import { type FormEvent, useState } from 'react';
import { ProblemAlert } from '../../../components/ui/problem-alert.tsx';
import { useSaveMarketPeriod } from '../api/market-api.ts';

interface TPeriodFormProps {
  competitors: readonly TCompetitor[];
  /** The period being changed, or null for a new one. */
  editing: TMarketPeriod | null;
  onDone: () => void;
}

const asText = (value: number | null, scale = 1) =>
  value === null ? '' : String(Number((value * scale).toFixed(4)));
const asNumber = (text: string, scale = 1) => (text.trim() === '' ? null : Number(text) / scale);

/** Enter or change one period's figures; shares are typed as percentages. */
export function PeriodForm({ competitors, editing, onDone }: TPeriodFormProps) {
  const save = useSaveMarketPeriod();
  const [values, setValues] = useState<Record<string, string>>(() => ({
    period: editing?.period ?? '',
    marketSize: asText(editing?.marketSize ?? null),
    ourShare: asText(editing?.ourShare ?? null, 100),
    revenue: asText(editing?.revenue ?? null),
    profit: asText(editing?.profit ?? null),
    currency: editing?.currency ?? 'EUR',
    ...Object.fromEntries(
      competitors.map((c) => [
        c.id,
        asText(editing?.competitors.find((s) => s.competitorId === c.id)?.share ?? null, 100),
      ]),
    ),
  }));
  const set = (name: string) => (event: { target: { value: string } }) =>
    setValues({ ...values, [name]: event.target.value });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const competitorShares = competitors.flatMap((c) => {
      const share = asNumber(values[c.id] ?? '', 100);
      return share === null ? [] : [{ competitorId: c.id, share }];
    });
    save.mutate(
      {
        period: (values.period ?? '').trim(),
        figures: {
          marketSize: asNumber(values.marketSize ?? ''),
          ourShare: asNumber(values.ourShare ?? '', 100),
          revenue: asNumber(values.revenue ?? ''),
          profit: asNumber(values.profit ?? ''),
          currency: values.currency?.trim() || null,
          competitorShares,
        },
      },
      { onSuccess: onDone },
    );
  };
  const field = (name: string, label: string, props: Record<string, string | boolean> = {}) => (
    <label className="field">
      <span className="field__label">{label}</span>
      <input
        className="input"
        name={name}
        value={values[name] ?? ''}
        onChange={set(name)}
        inputMode="decimal"
        {...props}
      />
    </label>
  );
  return (
    <form
      className="form form--panel"
      onSubmit={submit}
      aria-label={editing ? `Change ${editing.period}` : 'Enter a period'}
    >
      <ProblemAlert error={save.error} title="The period was not saved" />
      <div className="form__grid">
        {field('period', 'Period (2026-Q1, 2026-03 or 2026)', {
          required: true,
          readOnly: editing !== null,
          inputMode: 'text',
        })}
        {field('marketSize', 'Market size')}
        {field('ourShare', 'Our share (%)')}
        {field('revenue', 'Revenue')}
        {field('profit', 'Profit')}
        {field('currency', 'Currency', { inputMode: 'text', maxLength: '3' })}
        {competitors.map((c) => field(c.id, `${c.name}’s share (%)`))}
      </div>
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={save.isPending}>
          Save
        </button>
        <button type="button" className="button button--ghost" onClick={onDone}>
          Cancel
        </button>
      </div>
    </form>
  );
}
