import { ZCreateEventMappingRequest } from '@customeric/contracts';
import { type FormEvent, useState } from 'react';
import { ConfirmButton } from '../../../components/ui/confirm-button.tsx';
import { SelectField, TextField } from '../../../components/ui/field.tsx';
import { ProblemAlert } from '../../../components/ui/problem-alert.tsx';
import { getIssueFieldErrors, type TFieldErrors } from '../../../lib/field-errors.ts';
import { useCan } from '../../../lib/permissions.ts';
import {
  useCreateEventMapping,
  useDeleteEventMapping,
  useDepartmentChoices,
  useEventMappings,
  useValueChainChoices,
} from '../api/event-mappings.ts';

/** The rules that place events of a type in a department, value chain and stage. */
export function MappingsSection() {
  const canWrite = useCan('events.mappings.write');
  const mappings = useEventMappings();
  const departments = useDepartmentChoices(true);
  const create = useCreateEventMapping();
  const remove = useDeleteEventMapping();
  const [errors, setErrors] = useState<TFieldErrors>({});
  const chains = useValueChainChoices();

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const parsed = ZCreateEventMappingRequest.safeParse(Object.fromEntries(data.entries()));
    if (!parsed.success) return setErrors(getIssueFieldErrors(parsed.error.issues));
    setErrors({});
    create.mutate(parsed.data, { onSuccess: () => form.reset() });
  }

  return (
    <section aria-labelledby="mappings-title">
      <div className="section-heading">
        <h2 id="mappings-title">Mapping rules</h2>
        <p className="muted">
          An event that names no department, value chain or stage takes them from the most specific
          rule.
        </p>
      </div>
      <ProblemAlert
        error={mappings.error ?? remove.error}
        title="The rules could not be loaded or changed"
      />
      <div className="table-wrap">
        <table className="table">
          <thead>
            <tr>
              <th scope="col">Event type</th>
              <th scope="col">Department</th>
              <th scope="col">Value chain</th>
              <th scope="col">Stage</th>
              {canWrite ? (
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              ) : null}
            </tr>
          </thead>
          <tbody>
            {(mappings.data?.items ?? []).map((rule) => (
              <tr key={rule.id}>
                <th scope="row">
                  <code>{rule.typePattern}</code>
                </th>
                <td>{rule.departmentName ?? rule.departmentId ?? '—'}</td>
                <td>{rule.valueChainName ?? rule.valueChainId ?? '—'}</td>
                <td>{rule.stageName ?? rule.stageId ?? '—'}</td>
                {canWrite ? (
                  <td className="table__actions">
                    <ConfirmButton
                      label="Delete"
                      question={`Delete the rule for ${rule.typePattern}?`}
                      confirmLabel="Delete"
                      pending={remove.isPending}
                      onConfirm={() => remove.mutate(rule.id)}
                    />
                  </td>
                ) : null}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {canWrite ? (
        <form
          className="form form--panel card"
          onSubmit={handleSubmit}
          noValidate
          aria-label="New mapping rule"
        >
          <ProblemAlert error={create.error} title="The rule was not added" />
          <div className="form__grid">
            <TextField
              label="Event type"
              name="typePattern"
              placeholder="invoice.* or invoice.corrected"
              required
              error={errors.typePattern}
            />
            <SelectField
              label="Department"
              name="departmentId"
              defaultValue=""
              error={errors.departmentId}
            >
              <option value="">None</option>
              {(departments.data?.items ?? []).map((department) => (
                <option key={department.id} value={department.id}>
                  {department.name}
                </option>
              ))}
            </SelectField>
            <SelectField
              label="Value chain"
              name="valueChainId"
              defaultValue=""
              error={errors.valueChainId}
            >
              <option value="">None, or the stage’s</option>
              {chains.map((chain) => (
                <option key={chain.id} value={chain.id}>
                  {chain.name}
                </option>
              ))}
            </SelectField>
            <SelectField label="Stage" name="stageId" defaultValue="" error={errors.stageId}>
              <option value="">None</option>
              {chains.map((chain) => (
                <optgroup key={chain.id} label={chain.name}>
                  {chain.stages.map((stage) => (
                    <option key={stage.id} value={stage.id}>
                      {stage.name}
                    </option>
                  ))}
                </optgroup>
              ))}
            </SelectField>
          </div>
          <div className="form__actions">
            <button type="submit" className="button button--primary" disabled={create.isPending}>
              Add rule
            </button>
          </div>
        </form>
      ) : null}
    </section>
  );
}
