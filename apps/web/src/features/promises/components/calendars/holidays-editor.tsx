import { useId, useState } from 'react';

interface THolidaysEditorProps {
  holidays: string[];
  onChange: (holidays: string[]) => void;
  error?: string | undefined;
}

const dayFormat = new Intl.DateTimeFormat('en-GB', {
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});

function formatDay(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? day : dayFormat.format(date);
}

/** Local dates on which nothing counts as business time, in date order. */
export function HolidaysEditor({ holidays, onChange, error }: THolidaysEditorProps) {
  const [day, setDay] = useState('');
  const id = useId();
  function add() {
    if (!day || holidays.includes(day)) return;
    onChange([...holidays, day].sort());
    setDay('');
  }
  return (
    <fieldset className="fieldset">
      <legend className="field__label">Holidays</legend>
      <div className="holidays__add">
        <label htmlFor={id} className="visually-hidden">
          Holiday date
        </label>
        <input
          id={id}
          type="date"
          className="input input--compact"
          value={day}
          onChange={(event) => setDay(event.target.value)}
          onKeyDown={(event) => {
            if (event.key !== 'Enter') return;
            event.preventDefault();
            add();
          }}
        />
        <button type="button" className="button button--small" onClick={add} disabled={!day}>
          Add holiday
        </button>
      </div>
      {error ? <p className="field__error">{error}</p> : null}
      {holidays.length === 0 ? (
        <p className="muted">No holidays: every weekday with hours counts.</p>
      ) : (
        <ul className="holidays">
          {holidays.map((holiday) => (
            <li key={holiday} className="holidays__item">
              <time dateTime={holiday}>{formatDay(holiday)}</time>
              <button
                type="button"
                className="button button--small button--ghost"
                onClick={() => onChange(holidays.filter((other) => other !== holiday))}
              >
                Remove<span className="visually-hidden"> {holiday}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </fieldset>
  );
}
