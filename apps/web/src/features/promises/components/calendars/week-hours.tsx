import {
  hoursOfDay,
  newHours,
  type TCalendarDraft,
  type THoursDraft,
  WEEKDAYS,
} from '../../rule-form/calendar-draft.ts';
import type { TPathErrors } from '../../rule-form/path-errors.ts';

interface TWeekHoursProps {
  draft: TCalendarDraft;
  onChange: (hours: THoursDraft[]) => void;
  errors: TPathErrors;
}

function TimeInput(props: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  invalid: boolean;
}) {
  return (
    <input
      type="time"
      className="input input--compact"
      aria-label={props.label}
      value={props.value}
      aria-invalid={props.invalid ? true : undefined}
      onChange={(event) => props.onChange(event.target.value)}
    />
  );
}

/** One row per weekday: closed, or one or more spans of opening hours (a lunch break is two). */
export function WeekHours({ draft, onChange, errors }: TWeekHoursProps) {
  const update = (key: string, changes: Partial<THoursDraft>) =>
    onChange(draft.hours.map((hours) => (hours.key === key ? { ...hours, ...changes } : hours)));
  const remove = (key: string) => onChange(draft.hours.filter((hours) => hours.key !== key));
  return (
    <fieldset className="fieldset">
      <legend className="field__label">Working hours (local time)</legend>
      {errors.week ? <p className="field__error">{errors.week}</p> : null}
      <table className="week-hours">
        <tbody>
          {WEEKDAYS.map(([day, name]) => {
            const spans = hoursOfDay(draft, day);
            return (
              <tr key={day}>
                <th scope="row">{name}</th>
                <td>
                  {spans.length === 0 ? <span className="muted">closed</span> : null}
                  {spans.map(({ hours, index }) => {
                    const error =
                      errors[`week.${index}.close`] ??
                      errors[`week.${index}.open`] ??
                      errors[`week.${index}`];
                    return (
                      <div key={hours.key} className="week-hours__span">
                        <TimeInput
                          label={`${name} opens`}
                          value={hours.open}
                          invalid={Boolean(error)}
                          onChange={(open) => update(hours.key, { open })}
                        />
                        <span aria-hidden="true">–</span>
                        <TimeInput
                          label={`${name} closes`}
                          value={hours.close}
                          invalid={Boolean(error)}
                          onChange={(close) => update(hours.key, { close })}
                        />
                        <button
                          type="button"
                          className="button button--small button--ghost"
                          onClick={() => remove(hours.key)}
                        >
                          Remove<span className="visually-hidden"> these hours of {name}</span>
                        </button>
                        {error ? <span className="field__error">{error}</span> : null}
                      </div>
                    );
                  })}
                </td>
                <td className="table__actions">
                  <button
                    type="button"
                    className="button button--small"
                    onClick={() =>
                      onChange([
                        ...draft.hours,
                        spans.length === 0 ? newHours(day) : newHours(day, '13:00', '17:00'),
                      ])
                    }
                  >
                    {spans.length === 0 ? 'Open' : 'Add hours'}
                    <span className="visually-hidden"> on {name}</span>
                  </button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </fieldset>
  );
}
