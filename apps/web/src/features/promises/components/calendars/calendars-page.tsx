import type { TBusinessCalendarView } from '@customeric/contracts';
import { useState } from 'react';
import { ConfirmButton } from '../../../../components/ui/confirm-button.tsx';
import { EmptyState } from '../../../../components/ui/empty-state.tsx';
import { Loading } from '../../../../components/ui/loading.tsx';
import { PageHeader } from '../../../../components/ui/page-header.tsx';
import { ProblemAlert } from '../../../../components/ui/problem-alert.tsx';
import { useCan } from '../../../../lib/permissions.ts';
import { useCalendars, useDeleteCalendar } from '../../api/calendars.ts';
import { WEEKDAYS } from '../../rule-form/calendar-draft.ts';
import { CalendarForm } from './calendar-form.tsx';

/** "Mon–Fri 09:00–17:00" style lines, one per distinct set of hours. */
function describeWeek(calendar: TBusinessCalendarView): string[] {
  return WEEKDAYS.flatMap(([day, name]) => {
    const spans = calendar.week.filter((hours) => hours.day === day);
    if (spans.length === 0) return [];
    return [`${name.slice(0, 3)} ${spans.map((span) => `${span.open}–${span.close}`).join(', ')}`];
  });
}

function CalendarCard(props: {
  calendar: TBusinessCalendarView;
  canWrite: boolean;
  onEdit: () => void;
}) {
  const { calendar, canWrite, onEdit } = props;
  const remove = useDeleteCalendar();
  return (
    <article className="calendar-card">
      <h3 className="calendar-card__title">
        {calendar.name}
        {calendar.isDefault ? <span className="tag">default</span> : null}
      </h3>
      <p className="muted">
        {calendar.timeZone} · {calendar.holidays.length} holidays · used by {calendar.promiseCount}{' '}
        {calendar.promiseCount === 1 ? 'promise' : 'promises'}
      </p>
      <ul className="calendar-card__week">
        {describeWeek(calendar).map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <ProblemAlert error={remove.error} title="The calendar was not deleted" />
      {canWrite ? (
        <span className="row-actions">
          <button type="button" className="button button--small" onClick={onEdit}>
            Edit<span className="visually-hidden"> {calendar.name}</span>
          </button>
          {calendar.isDefault || calendar.promiseCount > 0 ? null : (
            <ConfirmButton
              label="Delete"
              question={`Delete ${calendar.name}?`}
              confirmLabel="Delete"
              pending={remove.isPending}
              onConfirm={() => remove.mutate(calendar.id)}
            />
          )}
        </span>
      ) : null}
    </article>
  );
}

export function CalendarsPage() {
  const canWrite = useCan('promises.calendars.write');
  const calendars = useCalendars();
  const [editing, setEditing] = useState<TBusinessCalendarView | 'new' | null>(null);
  const items = calendars.data?.items ?? [];
  return (
    <>
      <PageHeader
        title="Business calendars"
        description="Working days, hours, time zone and holidays: what “4 business hours” means for a promise."
        actions={
          canWrite && editing === null ? (
            <button
              type="button"
              className="button button--primary"
              onClick={() => setEditing('new')}
            >
              New calendar
            </button>
          ) : null
        }
      />
      {editing !== null ? (
        <CalendarForm
          key={editing === 'new' ? 'new' : editing.id}
          calendar={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
        />
      ) : null}
      {calendars.isPending ? <Loading label="Loading calendars…" /> : null}
      <ProblemAlert error={calendars.error} title="The calendars could not be loaded" />
      {calendars.isSuccess && items.length === 0 ? (
        <EmptyState title="No business calendar yet">
          <p>
            {canWrite
              ? 'Add one with “New calendar” before writing a promise in business hours or business days.'
              : 'An administrator or the Chief Customer Officer can add one.'}
          </p>
        </EmptyState>
      ) : null}
      <div className="calendar-grid">
        {items.map((calendar) => (
          <CalendarCard
            key={calendar.id}
            calendar={calendar}
            canWrite={canWrite}
            onEdit={() => setEditing(calendar)}
          />
        ))}
      </div>
    </>
  );
}
