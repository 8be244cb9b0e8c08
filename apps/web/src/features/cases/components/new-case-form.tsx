import { ZCreateCaseRequest } from '@customeric/contracts';
import {
  CASE_CATEGORIES,
  CASE_CATEGORY_LABELS,
  CASE_PRIORITIES,
  CASE_PRIORITY_LABELS,
} from '@customeric/domain';
import { type FormEvent, useState } from 'react';
import { useNavigate } from 'react-router';
import { SelectField, TextField } from '../../../components/ui/field.tsx';
import { ProblemAlert } from '../../../components/ui/problem-alert.tsx';
import { isApiError } from '../../../lib/api-client.ts';
import {
  getIssueFieldErrors,
  getProblemFieldErrors,
  type TFieldErrors,
} from '../../../lib/field-errors.ts';
import { useDebouncedValue } from '../../../lib/use-debounced-value.ts';
import { useCreateCase } from '../api/change-case.ts';
import { useCustomerSearch, useDepartments } from '../api/lookups.ts';

/** Opens a case by hand; the case page opens once it is stored. */
export function NewCaseForm({ onClose }: { onClose: () => void }) {
  const navigate = useNavigate();
  const create = useCreateCase();
  const departments = useDepartments();
  const [q, setQ] = useState('');
  const customers = useCustomerSearch(useDebouncedValue(q.trim(), 250));
  const [form, setForm] = useState({
    customerId: '',
    subject: '',
    description: '',
    category: 'other',
    priority: 'normal',
    departmentId: '',
  });
  const [errors, setErrors] = useState<TFieldErrors>({});
  const set = (key: keyof typeof form) => (event: { target: { value: string } }) =>
    setForm({ ...form, [key]: event.target.value });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = ZCreateCaseRequest.safeParse({
      ...form,
      description: form.description.trim() || null,
      departmentId: form.departmentId || null,
    });
    if (!parsed.success) return setErrors(getIssueFieldErrors(parsed.error.issues));
    setErrors({});
    create.mutate(parsed.data, {
      onSuccess: (created) => navigate(`/cases/${created.id}`),
      onError: (error) => isApiError(error) && setErrors(getProblemFieldErrors(error.problem)),
    });
  };
  return (
    <form className="form form--panel" onSubmit={submit} aria-labelledby="new-case-title">
      <h2 id="new-case-title">New case</h2>
      <div className="form__grid">
        <TextField
          label="Find the customer"
          type="search"
          value={q}
          onChange={(event) => setQ(event.target.value)}
          placeholder="Name, e-mail or external id"
        />
        <SelectField
          label="Customer"
          value={form.customerId}
          onChange={set('customerId')}
          error={errors.customerId}
        >
          <option value="">Choose…</option>
          {(customers.data ?? []).map((customer) => (
            <option key={customer.id} value={customer.id}>
              {customer.name}
            </option>
          ))}
        </SelectField>
        <TextField
          label="Subject"
          value={form.subject}
          onChange={set('subject')}
          error={errors.subject}
          maxLength={200}
        />
        <SelectField label="Category" value={form.category} onChange={set('category')}>
          {CASE_CATEGORIES.map((value) => (
            <option key={value} value={value}>
              {CASE_CATEGORY_LABELS[value]}
            </option>
          ))}
        </SelectField>
        <SelectField label="Priority" value={form.priority} onChange={set('priority')}>
          {CASE_PRIORITIES.map((value) => (
            <option key={value} value={value}>
              {CASE_PRIORITY_LABELS[value]}
            </option>
          ))}
        </SelectField>
        <SelectField
          label="Department"
          value={form.departmentId}
          onChange={set('departmentId')}
          error={errors.departmentId}
          hint="The department that works on it first"
        >
          <option value="">Not placed yet</option>
          {(departments.data ?? []).map((department) => (
            <option key={department.id} value={department.id}>
              {department.name}
            </option>
          ))}
        </SelectField>
      </div>
      <label className="field">
        <span className="field__label">What happened</span>
        <textarea
          className="input"
          rows={4}
          value={form.description}
          onChange={set('description')}
        />
      </label>
      <ProblemAlert error={create.error} title="The case was not opened" />
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={create.isPending}>
          Open the case
        </button>
        <button type="button" className="button button--ghost" onClick={onClose}>
          Cancel
        </button>
      </div>
    </form>
  );
}
