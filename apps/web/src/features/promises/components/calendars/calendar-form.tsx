import {
  type TBusinessCalendarView,
  ZCreateBusinessCalendarRequest,
  ZUpdateBusinessCalendarRequest,
} from '@customeric/contracts';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { SelectField, TextField } from '../../../../components/ui/field.tsx';
import { ProblemAlert } from '../../../../components/ui/problem-alert.tsx';
import { isApiError } from '../../../../lib/api-client.ts';
import { useSaveCalendar } from '../../api/calendars.ts';
import {
  createCalendarDraft,
  fromCalendar,
  listTimeZones,
  toCalendarRequest,
} from '../../rule-form/calendar-draft.ts';
import {
  getIssuePathErrors,
  getProblemPathErrors,
  type TPathErrors,
} from '../../rule-form/path-errors.ts';
import { HolidaysEditor } from './holidays-editor.tsx';
import { WeekHours } from './week-hours.tsx';

interface TCalendarFormProps {
  calendar: TBusinessCalendarView | null;
  onClose: () => void;
}

const TIME_ZONES = listTimeZones();

function prepare(
  calendar: TBusinessCalendarView | null,
  body: ReturnType<typeof toCalendarRequest>,
) {
  if (!calendar) {
    const parsed = ZCreateBusinessCalendarRequest.safeParse(body);
    return parsed.success
      ? { input: { calendarId: null, request: parsed.data } as const, errors: null }
      : { input: null, errors: getIssuePathErrors(parsed.error.issues) };
  }
  // Default is a place one calendar takes from another: it can be given, never taken back here.
  const { isDefault, ...rest } = body;
  const changes = isDefault && !calendar.isDefault ? { ...rest, isDefault: true as const } : rest;
  const parsed = ZUpdateBusinessCalendarRequest.safeParse(changes);
  return parsed.success
    ? { input: { calendarId: calendar.id, request: parsed.data }, errors: null }
    : { input: null, errors: getIssuePathErrors(parsed.error.issues) };
}

export function CalendarForm({ calendar, onClose }: TCalendarFormProps) {
  const save = useSaveCalendar();
  const [draft, setDraft] = useState(() =>
    calendar
      ? fromCalendar(calendar)
      : createCalendarDraft(Intl.DateTimeFormat().resolvedOptions().timeZone),
  );
  const [clientErrors, setClientErrors] = useState<TPathErrors>({});
  const nameRef = useRef<HTMLInputElement>(null);
  useEffect(() => nameRef.current?.focus(), []);

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const { input, errors } = prepare(calendar, toCalendarRequest(draft));
    setClientErrors(errors ?? {});
    if (!input) return save.reset();
    save.mutate(input, { onSuccess: onClose });
  }

  const errors = {
    ...getProblemPathErrors(isApiError(save.error) ? save.error.problem : undefined),
    ...clientErrors,
  };
  const title = calendar ? `Edit ${calendar.name}` : 'New calendar';
  return (
    <form
      className="card form form--panel"
      onSubmit={handleSubmit}
      onKeyDown={(event) => {
        if (event.key === 'Escape') onClose();
      }}
      noValidate
      aria-label={title}
    >
      <h3>{title}</h3>
      <ProblemAlert error={save.error} title="The calendar was not saved" />
      <div className="form__grid">
        <TextField
          ref={nameRef}
          label="Name"
          value={draft.name}
          onChange={(e) => setDraft({ ...draft, name: e.target.value })}
          error={errors.name}
          placeholder="Customer Service, Berlin"
        />
        <SelectField
          label="Time zone"
          value={draft.timeZone}
          onChange={(e) => setDraft({ ...draft, timeZone: e.target.value })}
          error={errors.timeZone}
        >
          {TIME_ZONES.includes(draft.timeZone) ? null : (
            <option value={draft.timeZone}>{draft.timeZone}</option>
          )}
          {TIME_ZONES.map((zone) => (
            <option key={zone} value={zone}>
              {zone.replaceAll('_', ' ')}
            </option>
          ))}
        </SelectField>
      </div>
      <WeekHours
        draft={draft}
        onChange={(hours) => setDraft({ ...draft, hours })}
        errors={errors}
      />
      <HolidaysEditor
        holidays={draft.holidays}
        onChange={(holidays) => setDraft({ ...draft, holidays })}
        error={errors.holidays ?? errors['holidays.0']}
      />
      <label className="checkbox">
        <input
          type="checkbox"
          checked={draft.isDefault}
          disabled={calendar?.isDefault}
          onChange={(e) => setDraft({ ...draft, isDefault: e.target.checked })}
        />
        <span>
          The default calendar
          <span className="checkbox__description">
            Used by every promise that names no calendar.
          </span>
        </span>
      </label>
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={save.isPending}>
          {save.isPending ? 'Saving…' : calendar ? 'Save calendar' : 'Create calendar'}
        </button>
        <button type="button" className="button" onClick={onClose}>
          Cancel
        </button>
      </div>
    </form>
  );
}
