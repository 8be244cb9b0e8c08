import { Loading } from '../../../components/ui/loading.tsx';
import { ProblemAlert } from '../../../components/ui/problem-alert.tsx';
import { useWebhookEventTypes } from '../api/get-webhook-event-types.ts';

interface TEventTypeCheckboxesProps {
  selected: readonly string[];
  error?: string | undefined;
}

/** The subscribable types; none ticked means every type, including ones added later. */
export function EventTypeCheckboxes({ selected, error }: TEventTypeCheckboxesProps) {
  const eventTypes = useWebhookEventTypes();
  return (
    <fieldset
      className={error ? 'fieldset field--invalid' : 'fieldset'}
      aria-describedby="event-types-hint"
    >
      <legend className="field__label">Event types</legend>
      <p className="field__hint" id="event-types-hint">
        Tick the ones this endpoint should receive. Tick none to receive every type, including types
        added later.
      </p>
      {eventTypes.isPending ? <Loading label="Loading the event types…" /> : null}
      <ProblemAlert error={eventTypes.error} title="The event types could not be loaded" />
      {eventTypes.data?.items
        .filter((item) => item.subscribable)
        .map((item) => (
          <label key={item.type} className="checkbox">
            <input
              type="checkbox"
              name="eventTypes"
              value={item.type}
              defaultChecked={selected.includes(item.type)}
            />
            <span>
              <code>{item.type}</code>
              <span className="checkbox__description">{item.description}</span>
            </span>
          </label>
        ))}
      {error ? <p className="field__error">Event types: {error}</p> : null}
    </fieldset>
  );
}
