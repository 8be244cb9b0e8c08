import { useState } from 'react';
import { useDebouncedValue } from '../../../lib/use-debounced-value.ts';
import { usePeopleSearch } from '../api/lookups.ts';

interface TPersonPickerProps {
  label: string;
  value: string | null;
  /** The name of the person chosen, shown until the search finds them. */
  valueName?: string | null;
  onChange: (userId: string | null, name: string | null) => void;
  /** Only people of this department. */
  departmentId?: string | null;
  noneLabel?: string;
}

/** A person by name: type part of it, pick from the matches (people of a department only, if given). */
export function PersonPicker(props: TPersonPickerProps) {
  const [q, setQ] = useState('');
  const search = useDebouncedValue(q.trim(), 250);
  const people = usePeopleSearch(search, props.departmentId ?? null);
  const options = people.data ?? [];
  const known = options.some((person) => person.id === props.value);
  return (
    <div className="person-picker">
      <label className="toolbar__label" htmlFor={`${props.label}-search`}>
        {props.label}
      </label>
      <div className="person-picker__row">
        <input
          id={`${props.label}-search`}
          className="input input--compact"
          type="search"
          placeholder="Find by name"
          value={q}
          onChange={(event) => setQ(event.target.value)}
        />
        <select
          className="input"
          aria-label={props.label}
          value={props.value ?? ''}
          onChange={(event) => {
            const person = options.find((one) => one.id === event.target.value);
            props.onChange(person?.id ?? null, person?.name ?? null);
          }}
        >
          <option value="">{props.noneLabel ?? 'Nobody'}</option>
          {props.value && !known ? (
            <option value={props.value}>{props.valueName ?? 'Current'}</option>
          ) : null}
          {options.map((person) => (
            <option key={person.id} value={person.id}>
              {person.name}
              {person.title ? ` — ${person.title}` : ''}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}
