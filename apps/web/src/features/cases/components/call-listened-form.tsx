import { ZCreateCallListenedRequest } from '@customeric/contracts';
import { type FormEvent, type KeyboardEvent, useRef, useState } from 'react';
import { SelectField, TextField } from '../../../components/ui/field.tsx';
import { ProblemAlert } from '../../../components/ui/problem-alert.tsx';
import { isApiError } from '../../../lib/api-client.ts';
import {
  getIssueFieldErrors,
  getProblemFieldErrors,
  type TFieldErrors,
} from '../../../lib/field-errors.ts';
import { useDebouncedValue } from '../../../lib/use-debounced-value.ts';
import { useLogCall } from '../api/case-programme.ts';
import { useCustomerSearch, useDepartments } from '../api/lookups.ts';
import { asSentence } from '../programme-labels.ts';

const today = () => new Date().toISOString().slice(0, 10);
const EMPTY = { listenedOn: '', customerId: '', departmentId: '', minutes: '', learned: '' };

/**
 * Logs a call listened to. Keyboard first: every field is a native control with its label,
 * the customer is found by typing, Ctrl+Enter (⌘+Enter) sends from anywhere in the form, and
 * the focus goes back to the first field for the next call.
 */
export function CallListenedForm() {
  const log = useLogCall();
  const departments = useDepartments();
  const [q, setQ] = useState('');
  const customers = useCustomerSearch(useDebouncedValue(q.trim(), 250));
  const [form, setForm] = useState({ ...EMPTY, listenedOn: today() });
  const [errors, setErrors] = useState<TFieldErrors>({});
  const [saved, setSaved] = useState('');
  const first = useRef<HTMLInputElement>(null);
  const set = (key: keyof typeof form) => (event: { target: { value: string } }) =>
    setForm({ ...form, [key]: event.target.value });
  const submit = (event?: FormEvent) => {
    event?.preventDefault();
    const parsed = ZCreateCallListenedRequest.safeParse({
      ...form,
      departmentId: form.departmentId || null,
      minutes: form.minutes ? Number(form.minutes) : null,
    });
    if (!parsed.success) {
      const found = getIssueFieldErrors(parsed.error.issues);
      if (!form.customerId) found.customerId = 'choose the customer: type part of the name above';
      return setErrors(found);
    }
    setErrors({});
    log.mutate(parsed.data, {
      onSuccess: (call) => {
        setSaved(`Logged: your call with ${call.customerName} on ${call.listenedOn}.`);
        setForm({ ...EMPTY, listenedOn: form.listenedOn });
        setQ('');
        first.current?.focus();
      },
      onError: (error) => isApiError(error) && setErrors(getProblemFieldErrors(error.problem)),
    });
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) submit();
  };
  return (
    <form
      className="form form--panel call-form"
      onSubmit={submit}
      onKeyDown={onKeyDown}
      aria-labelledby="call-form-title"
    >
      <h2 id="call-form-title">Log a call you listened to</h2>
      <div className="form__grid">
        <TextField
          ref={first}
          label="Listened on"
          type="date"
          max={today()}
          value={form.listenedOn}
          onChange={set('listenedOn')}
          error={errors.listenedOn}
        />
        <TextField
          label="Minutes"
          type="number"
          min={1}
          max={600}
          inputMode="numeric"
          value={form.minutes}
          onChange={set('minutes')}
          error={errors.minutes}
        />
        <TextField
          label="Find the customer"
          type="search"
          value={q}
          onChange={(event) => setQ(event.target.value)}
          placeholder="Type a name"
        />
        <SelectField
          label="Customer"
          value={form.customerId}
          onChange={set('customerId')}
          error={errors.customerId}
        >
          <option value="">{customers.data?.length ? 'Choose…' : 'Type a name above first'}</option>
          {(customers.data ?? []).map((customer) => (
            <option key={customer.id} value={customer.id}>
              {customer.name}
            </option>
          ))}
        </SelectField>
        <SelectField
          label="Department on the call"
          value={form.departmentId}
          onChange={set('departmentId')}
          error={errors.departmentId}
        >
          <option value="">Not said</option>
          {(departments.data ?? []).map((department) => (
            <option key={department.id} value={department.id}>
              {department.name}
            </option>
          ))}
        </SelectField>
      </div>
      <label className={errors.learned ? 'field field--invalid' : 'field'}>
        <span className="field__label">What you learned</span>
        <textarea
          className="input"
          rows={4}
          value={form.learned}
          onChange={set('learned')}
          aria-invalid={errors.learned ? true : undefined}
          aria-describedby="call-form-hint"
        />
        {errors.learned ? <span className="field__error">{asSentence(errors.learned)}</span> : null}
        <span className="field__hint" id="call-form-hint">
          What the customer felt and why: the things a report of the facts would not tell.
          Ctrl+Enter sends.
        </span>
      </label>
      <ProblemAlert error={log.error} title="The call was not logged" />
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={log.isPending}>
          Log the call
        </button>
        <span role="status" className="muted">
          {saved}
        </span>
      </div>
    </form>
  );
}
