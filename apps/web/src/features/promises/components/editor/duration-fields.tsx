import { DURATION_UNITS, type TDurationUnit } from '@customeric/domain';
import { SelectField, TextField } from '../../../../components/ui/field.tsx';
import type { TDurationDraft } from '../../rule-form/rule-draft.ts';

const UNIT_LABELS: Record<TDurationUnit, string> = {
  minutes: 'minutes',
  hours: 'hours',
  days: 'days',
  business_hours: 'business hours',
  business_days: 'business days',
};

interface TDurationFieldsProps {
  label: string;
  duration: TDurationDraft;
  onChange: (duration: TDurationDraft) => void;
  error?: string | undefined;
}

/** Amount and unit side by side; business units count only the calendar's working hours. */
export function DurationFields({ label, duration, onChange, error }: TDurationFieldsProps) {
  const business = duration.unit.startsWith('business_');
  return (
    <div className="duration">
      <TextField
        label={label}
        type="number"
        inputMode="decimal"
        min={0}
        step="any"
        value={duration.amount}
        onChange={(event) => onChange({ ...duration, amount: event.target.value })}
        error={error}
        hint={business ? 'Counted in the working hours of the promise’s calendar.' : undefined}
      />
      <SelectField
        label="Unit"
        value={duration.unit}
        onChange={(event) => onChange({ ...duration, unit: event.target.value as TDurationUnit })}
      >
        {DURATION_UNITS.map((unit) => (
          <option key={unit} value={unit}>
            {UNIT_LABELS[unit]}
          </option>
        ))}
      </SelectField>
    </div>
  );
}
