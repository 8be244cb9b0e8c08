interface TSelectFieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  options: readonly (readonly [string, string])[];
  /** A first option for "no choice", e.g. "All answers". */
  empty?: string;
}

export function SelectField({ label, value, onChange, options, empty }: TSelectFieldProps) {
  return (
    <label className="toolbar__field">
      <span className="toolbar__label">{label}</span>
      <select className="input" value={value} onChange={(event) => onChange(event.target.value)}>
        {empty === undefined ? null : <option value="">{empty}</option>}
        {options.map(([key, text]) => (
          <option key={key} value={key}>
            {text}
          </option>
        ))}
      </select>
    </label>
  );
}
