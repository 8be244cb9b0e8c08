import { useId } from 'react';

interface TSelectFieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  options: readonly (readonly [string, string])[];
  /** A first option for "no choice", e.g. "All answers". */
  empty?: string;
}

/**
 * A labelled select. The label points at the select by id instead of wrapping it: wrapped, the
 * options' text joins the label's, and "To" is found inside "CSAT (top-2-box)".
 */
export function SelectField({ label, value, onChange, options, empty }: TSelectFieldProps) {
  const id = useId();
  return (
    <div className="toolbar__field">
      <label className="toolbar__label" htmlFor={id}>
        {label}
      </label>
      <select
        id={id}
        className="input"
        value={value}
        onChange={(event) => onChange(event.target.value)}
      >
        {empty === undefined ? null : <option value="">{empty}</option>}
        {options.map(([key, text]) => (
          <option key={key} value={key}>
            {text}
          </option>
        ))}
      </select>
    </div>
  );
}
