import { type TDepartment, ZCreateDepartmentRequest } from '@customeric/contracts';
import {
  CUSTOMER_DEPARTMENT_LINE_LABELS,
  CUSTOMER_DEPARTMENT_LINES,
  DEPARTMENT_FUNCTION_LABELS,
  DEPARTMENT_FUNCTIONS,
} from '@customeric/domain';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { SelectField, TextField } from '../../../components/ui/field.tsx';
import { ProblemAlert } from '../../../components/ui/problem-alert.tsx';
import { isApiError } from '../../../lib/api-client.ts';
import { getIssueFieldErrors, getProblemFieldErrors } from '../../../lib/field-errors.ts';
import { useOrgChart } from '../api/get-org-chart.ts';
import { useSaveDepartment } from '../api/save-department.ts';

interface TDepartmentFormProps {
  /** null creates a new department. */
  department: TDepartment | null;
  onClose: () => void;
}

function readForm(form: HTMLFormElement) {
  const data = new FormData(form);
  return {
    name: String(data.get('name') ?? ''),
    function: String(data.get('function') ?? ''),
    customerFacing: data.get('customerFacing') === 'on',
    customerDepartmentLine: String(data.get('customerDepartmentLine') ?? 'none'),
    headId: String(data.get('headId') ?? '') || null,
  };
}

export function DepartmentForm({ department, onClose }: TDepartmentFormProps) {
  const save = useSaveDepartment();
  const people = useOrgChart();
  const [clientErrors, setClientErrors] = useState<Record<string, string>>({});
  const nameRef = useRef<HTMLInputElement>(null);
  useEffect(() => nameRef.current?.focus(), []);

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const parsed = ZCreateDepartmentRequest.safeParse(readForm(event.currentTarget));
    if (!parsed.success) {
      setClientErrors(getIssueFieldErrors(parsed.error.issues));
      return;
    }
    setClientErrors({});
    const input = department
      ? { departmentId: department.id, changes: parsed.data }
      : { departmentId: null, changes: parsed.data };
    save.mutate(input, { onSuccess: onClose });
  }

  const errors = {
    ...getProblemFieldErrors(isApiError(save.error) ? save.error.problem : undefined),
    ...clientErrors,
  };
  const title = department ? `Edit ${department.name}` : 'New department';
  return (
    <form className="card form form--panel" onSubmit={handleSubmit} noValidate aria-label={title}>
      <h3>{title}</h3>
      <ProblemAlert error={save.error} title="The department was not saved" />
      <div className="form__grid">
        <TextField
          ref={nameRef}
          label="Name"
          name="name"
          defaultValue={department?.name}
          required
          error={errors.name}
        />
        <SelectField
          label="Function"
          name="function"
          defaultValue={department?.function ?? 'other'}
          error={errors.function}
        >
          {DEPARTMENT_FUNCTIONS.map((value) => (
            <option key={value} value={value}>
              {DEPARTMENT_FUNCTION_LABELS[value]}
            </option>
          ))}
        </SelectField>
        <SelectField
          label="Line to the Customer Department"
          name="customerDepartmentLine"
          defaultValue={department?.customerDepartmentLine ?? 'none'}
          hint="Direct: its head reports to the CCO. Indirect: a dotted line to the CCO."
        >
          {CUSTOMER_DEPARTMENT_LINES.map((value) => (
            <option key={value} value={value}>
              {CUSTOMER_DEPARTMENT_LINE_LABELS[value]}
            </option>
          ))}
        </SelectField>
        <SelectField
          // Remounted once the people arrive, so the current head shows as chosen.
          key={people.isSuccess ? 'people' : 'loading'}
          label="Head of department"
          name="headId"
          defaultValue={department?.headId ?? ''}
          error={errors.headId}
        >
          <option value="">Nobody yet</option>
          {(people.data?.people ?? []).map((person) => (
            <option key={person.id} value={person.id}>
              {person.name}
            </option>
          ))}
        </SelectField>
      </div>
      <label className="checkbox">
        <input
          type="checkbox"
          name="customerFacing"
          defaultChecked={department?.customerFacing ?? true}
        />
        <span>
          Does customer work
          <span className="checkbox__description">
            Untick for work that is needed but is not customer work, such as tax, treasury or leave
            administration: the target band does not apply to it.
          </span>
        </span>
      </label>
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={save.isPending}>
          {save.isPending ? 'Saving…' : department ? 'Save department' : 'Create department'}
        </button>
        <button type="button" className="button" onClick={onClose}>
          Cancel
        </button>
      </div>
    </form>
  );
}
