import type { TCase } from '@customeric/contracts';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { SelectField } from '../../../components/ui/field.tsx';
import { ProblemAlert } from '../../../components/ui/problem-alert.tsx';
import { isApiError } from '../../../lib/api-client.ts';
import { getProblemFieldErrors } from '../../../lib/field-errors.ts';
import { useHandOffCase } from '../api/change-case.ts';
import { useDepartments } from '../api/lookups.ts';
import { PersonPicker } from './person-picker.tsx';

/** Hand the case to another department: a reason is required, it goes into the ledger. */
export function HandoffDialog({ theCase, onClose }: { theCase: TCase; onClose: () => void }) {
  const ref = useRef<HTMLDialogElement>(null);
  const departments = useDepartments();
  const handOff = useHandOffCase(theCase.id);
  const [to, setTo] = useState('');
  const [person, setPerson] = useState<string | null>(null);
  const [reason, setReason] = useState('');
  const [keepFront, setKeepFront] = useState(true);
  useEffect(() => {
    if (ref.current && !ref.current.open) ref.current.showModal();
  }, []);
  const errors = isApiError(handOff.error) ? getProblemFieldErrors(handOff.error.problem) : {};
  const submit = (event: FormEvent) => {
    event.preventDefault();
    handOff.mutate(
      {
        toDepartmentId: to,
        toUserId: person,
        reason: reason.trim(),
        keepFrontOwner: keepFront,
        version: theCase.version,
      },
      { onSuccess: onClose },
    );
  };
  const front = theCase.frontOwnerName ?? theCase.ownerName;
  return (
    <dialog
      ref={ref}
      className="dialog dialog--wide"
      aria-labelledby="handoff-title"
      onClose={onClose}
    >
      <form className="form" onSubmit={submit}>
        <h2 id="handoff-title">Hand off “{theCase.subject}”</h2>
        <p className="muted">
          Now with {theCase.departmentName ?? 'no department'}. The handoff and its reason go into
          the case’s ledger, and the people of the receiving department are told by e-mail.
        </p>
        <SelectField
          label="To department"
          value={to}
          required
          error={errors.toDepartmentId}
          onChange={(event) => {
            setTo(event.target.value);
            setPerson(null);
          }}
        >
          <option value="">Choose…</option>
          {(departments.data ?? [])
            .filter((department) => department.id !== theCase.departmentId)
            .map((department) => (
              <option key={department.id} value={department.id}>
                {department.name}
              </option>
            ))}
        </SelectField>
        {to ? (
          <PersonPicker
            label="To person (optional)"
            value={person}
            departmentId={to}
            onChange={(id) => setPerson(id)}
            noneLabel="The department’s queue"
          />
        ) : null}
        <label className={errors.reason ? 'field field--invalid' : 'field'}>
          <span className="field__label">Reason</span>
          <textarea
            className="input"
            rows={3}
            required
            value={reason}
            onChange={(event) => setReason(event.target.value)}
            placeholder="Why this department, and what it should do"
          />
          {errors.reason ? <span className="field__error">Reason {errors.reason}</span> : null}
        </label>
        <label className="checkbox">
          <input
            type="checkbox"
            checked={keepFront}
            onChange={(event) => setKeepFront(event.target.checked)}
          />
          <span>
            {front
              ? `${front} keeps the customer contact`
              : 'The front owner keeps the customer contact'}
          </span>
        </label>
        <ProblemAlert error={handOff.error} title="The case was not handed off" />
        <div className="form__actions">
          <button
            type="submit"
            className="button button--primary"
            disabled={!to || !reason.trim() || handOff.isPending}
          >
            Hand off
          </button>
          <button
            type="button"
            className="button button--ghost"
            onClick={() => ref.current?.close()}
          >
            Cancel
          </button>
        </div>
      </form>
    </dialog>
  );
}
