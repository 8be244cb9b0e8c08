import { ZCreateValueChainRequest } from '@customeric/contracts';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import { SelectField, TextField } from '../../../components/ui/field.tsx';
import { ProblemAlert } from '../../../components/ui/problem-alert.tsx';
import { isApiError } from '../../../lib/api-client.ts';
import { useCurrentSession } from '../../../lib/current-session.ts';
import { getIssueFieldErrors, getProblemFieldErrors } from '../../../lib/field-errors.ts';
import { useCan } from '../../../lib/permissions.ts';
import { useOrgChart } from '../api/get-org-chart.ts';
import { useCreateValueChain } from '../api/save-value-chain.ts';

export function NewValueChainForm({ onClose }: { onClose: () => void }) {
  const { user } = useCurrentSession();
  const isManager = user.role === 'value_chain_manager';
  const people = useOrgChart(useCan('org.people.read') && !isManager);
  const create = useCreateValueChain();
  const navigate = useNavigate();
  const [clientErrors, setClientErrors] = useState<Record<string, string>>({});
  const nameRef = useRef<HTMLInputElement>(null);
  useEffect(() => nameRef.current?.focus(), []);

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const parsed = ZCreateValueChainRequest.safeParse({
      name: String(data.get('name') ?? ''),
      description: String(data.get('description') ?? '').trim() || null,
      managerId: isManager ? user.id : String(data.get('managerId') ?? '') || null,
    });
    if (!parsed.success) {
      setClientErrors(getIssueFieldErrors(parsed.error.issues));
      return;
    }
    setClientErrors({});
    create.mutate(parsed.data, { onSuccess: (chain) => navigate(`/org/value-chains/${chain.id}`) });
  }

  const errors = {
    ...getProblemFieldErrors(isApiError(create.error) ? create.error.problem : undefined),
    ...clientErrors,
  };
  return (
    <form
      className="card form form--panel"
      onSubmit={handleSubmit}
      noValidate
      aria-label="New value chain"
    >
      <h3>New value chain</h3>
      <ProblemAlert error={create.error} title="The value chain was not created" />
      <div className="form__grid">
        <TextField
          ref={nameRef}
          label="Name"
          name="name"
          placeholder="Widgets: make, sell, deliver, bill, support"
          error={errors.name}
        />
        {isManager ? null : (
          <SelectField
            label="Value Chain Manager"
            name="managerId"
            defaultValue=""
            error={errors.managerId}
          >
            <option value="">Nobody yet</option>
            {(people.data?.people ?? []).map((person) => (
              <option key={person.id} value={person.id}>
                {person.name}
                {person.title ? ` — ${person.title}` : ''}
              </option>
            ))}
          </SelectField>
        )}
      </div>
      <TextField
        label="Description"
        name="description"
        placeholder="What flows through it, for whom"
        error={errors.description}
      />
      {isManager ? <p className="field__hint">You will manage this value chain.</p> : null}
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={create.isPending}>
          {create.isPending ? 'Creating…' : 'Create and add stages'}
        </button>
        <button type="button" className="button" onClick={onClose}>
          Cancel
        </button>
      </div>
    </form>
  );
}
