import { TextField } from '../../../../components/ui/field.tsx';
import type { TPathErrors } from '../../rule-form/path-errors.ts';
import type { TRuleDraft } from '../../rule-form/rule-draft.ts';

interface TKindFieldsProps {
  rule: TRuleDraft;
  onChange: (rule: TRuleDraft) => void;
  errors: TPathErrors;
}

/** What match and at most add to the events: the values compared, or the count allowed. */
export function KindFields({ rule, onChange, errors }: TKindFieldsProps) {
  if (rule.kind === 'at_most')
    return (
      <TextField
        label="At most this many times"
        type="number"
        inputMode="numeric"
        min={0}
        step={1}
        value={rule.max}
        onChange={(event) => onChange({ ...rule, max: event.target.value })}
        error={errors['rule.max']}
      />
    );
  if (rule.kind !== 'match') return null;
  return (
    <div className="form__grid">
      <TextField
        label="Value on the first event"
        placeholder="amount"
        value={rule.startValue}
        onChange={(event) => onChange({ ...rule, startValue: event.target.value })}
        hint="amount, or an attribute such as attributes.total"
        error={errors['rule.startValue']}
        spellCheck={false}
      />
      <TextField
        label="Value on the matching event"
        placeholder="amount"
        value={rule.endValue}
        onChange={(event) => onChange({ ...rule, endValue: event.target.value })}
        error={errors['rule.endValue']}
        spellCheck={false}
      />
      <TextField
        label="Tolerance (absolute)"
        type="number"
        inputMode="decimal"
        min={0}
        step="any"
        value={rule.toleranceAbsolute}
        onChange={(event) => onChange({ ...rule, toleranceAbsolute: event.target.value })}
        hint="e.g. 0.01 for rounding; empty: must be equal"
        error={errors['rule.tolerance.absolute'] ?? errors['rule.tolerance']}
      />
      <TextField
        label="Tolerance (%)"
        type="number"
        inputMode="decimal"
        min={0}
        step="any"
        value={rule.tolerancePercent}
        onChange={(event) => onChange({ ...rule, tolerancePercent: event.target.value })}
        error={errors['rule.tolerance.relative']}
      />
    </div>
  );
}
