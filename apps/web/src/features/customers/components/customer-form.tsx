import {
  type TCustomer,
  ZCreateCustomerRequest,
  ZUpdateCustomerRequest,
} from '@customeric/contracts';
import { CHURN_REASONS, CUSTOMER_STATUSES, RELATIONSHIP_LEVELS } from '@customeric/domain';
import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { SelectField, TextField } from '../../../components/ui/field.tsx';
import { ProblemAlert } from '../../../components/ui/problem-alert.tsx';
import { isApiError } from '../../../lib/api-client.ts';
import {
  getIssueFieldErrors,
  getProblemFieldErrors,
  type TFieldErrors,
} from '../../../lib/field-errors.ts';
import { useSaveCustomer } from '../api/save-customer.ts';
import { LEVEL_LABELS, STATUS_LABELS } from './customer-labels.ts';

interface TCustomerFormProps {
  /** null creates a new customer */
  customer: TCustomer | null;
  onClose: () => void;
}

const orNull = (value: FormDataEntryValue | null) => String(value ?? '').trim() || null;

/** "erp:C-1, crm:0042" → external keys; a part without a colon is refused by the schema. */
function parseKeys(text: string) {
  return text
    .split(/[\n,]/)
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => {
      const colon = part.indexOf(':');
      return colon < 0
        ? { source: '', externalId: part }
        : { source: part.slice(0, colon), externalId: part.slice(colon + 1) };
    });
}

function readForm(form: HTMLFormElement) {
  const data = new FormData(form);
  const status = String(data.get('status'));
  return {
    name: String(data.get('name') ?? ''),
    segment: orNull(data.get('segment')),
    relationshipLevel: String(data.get('relationshipLevel')),
    status,
    startedOn: orNull(data.get('startedOn')),
    churnedOn: status === 'churned' ? orNull(data.get('churnedOn')) : null,
    churnReason: status === 'churned' ? orNull(data.get('churnReason')) : null,
    externalKeys: parseKeys(String(data.get('externalKeys') ?? '')),
  };
}

export function CustomerForm({ customer, onClose }: TCustomerFormProps) {
  const save = useSaveCustomer();
  const [clientErrors, setClientErrors] = useState<TFieldErrors>({});
  const [status, setStatus] = useState(customer?.status ?? 'active');
  const firstField = useRef<HTMLInputElement>(null);
  const reasonsId = useId();
  useEffect(() => firstField.current?.focus(), []);

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const values = readForm(event.currentTarget);
    const parsed = (customer ? ZUpdateCustomerRequest : ZCreateCustomerRequest).safeParse(values);
    if (!parsed.success) {
      setClientErrors(getIssueFieldErrors(parsed.error.issues));
      return;
    }
    setClientErrors({});
    const input = customer
      ? { customerId: customer.id, request: ZUpdateCustomerRequest.parse(values) }
      : { customerId: null, request: ZCreateCustomerRequest.parse(values) };
    save.mutate(input, { onSuccess: onClose });
  }

  const errors = {
    ...getProblemFieldErrors(isApiError(save.error) ? save.error.problem : undefined),
    ...clientErrors,
  };
  const keys =
    customer?.externalKeys.map((key) => `${key.source}:${key.externalId}`).join(', ') ?? '';
  return (
    <form
      className="card form form--panel"
      onSubmit={handleSubmit}
      noValidate
      aria-label={customer ? 'Edit customer' : 'New customer'}
    >
      <h2>{customer ? `Edit ${customer.name}` : 'New customer'}</h2>
      <ProblemAlert error={save.error} title="The customer was not saved" />
      <div className="form__grid">
        <TextField
          ref={firstField}
          label="Name"
          name="name"
          defaultValue={customer?.name}
          required
          error={errors.name}
        />
        <TextField
          label="Segment"
          name="segment"
          defaultValue={customer?.segment ?? ''}
          hint="e.g. Enterprise, Mid-market"
          error={errors.segment}
        />
        <SelectField
          label="Relationship"
          name="relationshipLevel"
          defaultValue={customer?.relationshipLevel ?? 'transactional'}
        >
          {RELATIONSHIP_LEVELS.map((level) => (
            <option key={level} value={level}>
              {LEVEL_LABELS[level]}
            </option>
          ))}
        </SelectField>
        <SelectField
          label="Status"
          name="status"
          value={status}
          onChange={(event) => setStatus(event.target.value as typeof status)}
        >
          {CUSTOMER_STATUSES.map((value) => (
            <option key={value} value={value}>
              {STATUS_LABELS[value]}
            </option>
          ))}
        </SelectField>
        <TextField
          label="Customer since"
          name="startedOn"
          type="date"
          defaultValue={customer?.startedOn ?? ''}
          error={errors.startedOn}
        />
        {status === 'churned' ? (
          <>
            <TextField
              label="Churn date"
              name="churnedOn"
              type="date"
              defaultValue={customer?.churnedOn ?? ''}
              error={errors.churnedOn}
            />
            <TextField
              label="Churn reason"
              name="churnReason"
              list={reasonsId}
              defaultValue={customer?.churnReason ?? ''}
              error={errors.churnReason}
            />
            <datalist id={reasonsId}>
              {CHURN_REASONS.map((reason) => (
                <option key={reason} value={reason} />
              ))}
            </datalist>
          </>
        ) : null}
        <TextField
          label="External ids"
          name="externalKeys"
          defaultValue={keys}
          hint="source:id, comma-separated, e.g. erp:C-1042, crm:0042"
          error={errors.externalKeys}
        />
      </div>
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={save.isPending}>
          {save.isPending ? 'Saving…' : customer ? 'Save changes' : 'Create customer'}
        </button>
        <button type="button" className="button" onClick={onClose}>
          Cancel
        </button>
      </div>
    </form>
  );
}
