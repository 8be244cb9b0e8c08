import { type KeyboardEvent, type Ref, useId } from 'react';
import { SelectField, TextField } from '../../../../components/ui/field.tsx';
import { useCalendars } from '../../api/calendars.ts';
import { useDepartmentChoices, useValueChainChoices } from '../../api/get-choices.ts';
import type { TPathErrors } from '../../rule-form/path-errors.ts';
import type { TPromiseDraft } from '../../rule-form/promise-draft.ts';

interface TPromiseFieldsProps {
  draft: TPromiseDraft;
  onChange: (changes: Partial<TPromiseDraft>) => void;
  errors: TPathErrors;
  wordingRef: Ref<HTMLTextAreaElement>;
}

/** Enter in the wording submits like in any other field; a promise is one sentence. */
function submitOnEnter(event: KeyboardEvent<HTMLTextAreaElement>) {
  if (event.key !== 'Enter' || event.shiftKey || event.nativeEvent.isComposing) return;
  event.preventDefault();
  event.currentTarget.form?.requestSubmit();
}

function WordingField({ draft, onChange, errors, wordingRef }: TPromiseFieldsProps) {
  const id = useId();
  const error = errors.customerWording;
  return (
    <div className={error ? 'field field--invalid field--wide' : 'field field--wide'}>
      <label className="field__label" htmlFor={id}>
        Customer wording
      </label>
      <textarea
        ref={wordingRef}
        id={id}
        className="input input--wording"
        rows={2}
        maxLength={500}
        placeholder="You will get a first answer to any complaint within 4 business hours."
        value={draft.customerWording}
        onChange={(event) => onChange({ customerWording: event.target.value })}
        onKeyDown={submitOnEnter}
        aria-invalid={error ? true : undefined}
        aria-describedby={`${id}-note`}
      />
      <p className={error ? 'field__error' : 'field__hint'} id={`${id}-note`}>
        {error
          ? `Customer wording ${error}`
          : 'What your customers read, in the public charter too.'}
      </p>
    </div>
  );
}

export function PromiseFields(props: TPromiseFieldsProps) {
  const { draft, onChange, errors } = props;
  const departments = useDepartmentChoices();
  const chains = useValueChainChoices();
  const calendars = useCalendars();
  const chain = chains.find((candidate) => candidate.id === draft.valueChainId);
  const defaultCalendar = calendars.data?.items.find((calendar) => calendar.isDefault);
  return (
    <section className="card form" aria-labelledby="promise-title">
      <h2 id="promise-title">The promise</h2>
      <WordingField {...props} />
      <div className="form__grid">
        <TextField
          label="Internal name"
          value={draft.internalName}
          onChange={(event) => onChange({ internalName: event.target.value })}
          placeholder="First answer to complaints"
          error={errors.internalName}
        />
        <SelectField
          label="Answered for by"
          value={draft.ownerKind}
          onChange={(event) =>
            onChange({ ownerKind: event.target.value as TPromiseDraft['ownerKind'] })
          }
          error={errors.ownerKind}
        >
          <option value="department">a department (its head)</option>
          <option value="value_chain_manager">the Value Chain Manager</option>
        </SelectField>
        {draft.ownerKind === 'department' ? (
          <SelectField
            label="Owner department"
            value={draft.ownerDepartmentId}
            onChange={(event) => onChange({ ownerDepartmentId: event.target.value })}
            error={errors.ownerDepartmentId}
          >
            <option value="">Choose…</option>
            {(departments.data?.items ?? []).map((department) => (
              <option key={department.id} value={department.id}>
                {department.name}
              </option>
            ))}
          </SelectField>
        ) : null}
        <SelectField
          label="Value chain"
          value={draft.valueChainId}
          onChange={(event) => onChange({ valueChainId: event.target.value, stageId: '' })}
          error={errors.valueChainId}
        >
          <option value="">None</option>
          {chains.map((candidate) => (
            <option key={candidate.id} value={candidate.id}>
              {candidate.name}
            </option>
          ))}
        </SelectField>
        <SelectField
          label="Stage"
          value={draft.stageId}
          onChange={(event) => onChange({ stageId: event.target.value })}
          disabled={!chain}
          hint={chain ? undefined : 'Pick a value chain first.'}
          error={errors.stageId}
        >
          <option value="">None</option>
          {(chain?.stages ?? []).map((stage) => (
            <option key={stage.id} value={stage.id}>
              {stage.name}
            </option>
          ))}
        </SelectField>
        <TextField
          label="Target compliance (%)"
          type="number"
          inputMode="decimal"
          min={0}
          max={100}
          step="any"
          value={draft.targetPercent}
          onChange={(event) => onChange({ targetPercent: event.target.value })}
          // The API speaks of a fraction (at most 1); the field is in per cent.
          error={errors.targetRate ? 'must be a percentage from 0 to 100' : undefined}
        />
        <SelectField
          label="Business calendar"
          value={draft.calendarId}
          onChange={(event) => onChange({ calendarId: event.target.value })}
          hint="Business hours and days count in this calendar."
          error={errors.calendarId}
        >
          <option value="">The default{defaultCalendar ? ` (${defaultCalendar.name})` : ''}</option>
          {(calendars.data?.items ?? []).map((calendar) => (
            <option key={calendar.id} value={calendar.id}>
              {calendar.name}
            </option>
          ))}
        </SelectField>
      </div>
      <label className="checkbox">
        <input
          type="checkbox"
          checked={draft.active}
          onChange={(event) => onChange({ active: event.target.checked })}
        />
        <span>
          Active
          <span className="checkbox__description">
            Measured on every event that comes in, and shown in the public charter.
          </span>
        </span>
      </label>
    </section>
  );
}
