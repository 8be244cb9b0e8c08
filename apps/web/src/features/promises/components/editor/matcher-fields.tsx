import { type TWhereOperator, WHERE_OPERATORS } from '@customeric/domain';
import { useId } from 'react';
import { TextField } from '../../../../components/ui/field.tsx';
import type { TPathErrors } from '../../rule-form/path-errors.ts';
import { newWhereDraft, type TMatcherDraft, type TWhereDraft } from '../../rule-form/rule-draft.ts';

const OPERATOR_LABELS: Record<TWhereOperator, string> = {
  eq: 'equals',
  neq: 'does not equal',
  in: 'is one of',
  exists: 'is present',
  gt: 'is more than',
  gte: 'is at least',
  lt: 'is less than',
  lte: 'is at most',
};

interface TMatcherFieldsProps {
  /** 'opener' or 'closer': where its errors are found. */
  name: 'opener' | 'closer';
  legend: string;
  hint: string;
  matcher: TMatcherDraft;
  onChange: (matcher: TMatcherDraft) => void;
  typesListId: string;
  errors: TPathErrors;
}

function ConditionRow(props: {
  row: TWhereDraft;
  index: number;
  legend: string;
  errorOf: (field: string) => string | undefined;
  onChange: (row: TWhereDraft) => void;
  onRemove: () => void;
}) {
  const { row, index, legend, errorOf, onChange, onRemove } = props;
  const id = useId();
  const label = `condition ${index + 1} of ${legend.toLowerCase()}`;
  const error = errorOf('attribute') ?? errorOf('op') ?? errorOf('value') ?? errorOf('');
  return (
    <li className="condition">
      <div className="condition__inputs">
        <label className="visually-hidden" htmlFor={`${id}-attribute`}>
          Attribute of {label}
        </label>
        <input
          id={`${id}-attribute`}
          className="input"
          placeholder="attribute, e.g. channel"
          value={row.attribute}
          aria-invalid={errorOf('attribute') ? true : undefined}
          onChange={(event) => onChange({ ...row, attribute: event.target.value })}
        />
        <label className="visually-hidden" htmlFor={`${id}-op`}>
          Test of {label}
        </label>
        <select
          id={`${id}-op`}
          className="input"
          value={row.op}
          onChange={(event) => onChange({ ...row, op: event.target.value as TWhereOperator })}
        >
          {WHERE_OPERATORS.map((op) => (
            <option key={op} value={op}>
              {OPERATOR_LABELS[op]}
            </option>
          ))}
        </select>
        {row.op === 'exists' ? (
          <span />
        ) : (
          <>
            <label className="visually-hidden" htmlFor={`${id}-value`}>
              Value of {label}
            </label>
            <input
              id={`${id}-value`}
              className="input"
              placeholder={row.op === 'in' ? 'a, b, c' : 'value'}
              value={row.value}
              aria-invalid={errorOf('value') ? true : undefined}
              onChange={(event) => onChange({ ...row, value: event.target.value })}
            />
          </>
        )}
        <button type="button" className="button button--small button--ghost" onClick={onRemove}>
          Remove<span className="visually-hidden"> {label}</span>
        </button>
      </div>
      {error ? <p className="field__error">{error}</p> : null}
    </li>
  );
}

/** One event matcher: its type (exact or `invoice.*`) and conditions on its attributes. */
export function MatcherFields(props: TMatcherFieldsProps) {
  const { name, legend, hint, matcher, onChange, typesListId, errors } = props;
  const base = `rule.${name}`;
  const setRow = (index: number, row: TWhereDraft) =>
    onChange({ ...matcher, where: matcher.where.map((old, i) => (i === index ? row : old)) });
  return (
    <fieldset className="fieldset matcher">
      <legend className="field__label">{legend}</legend>
      <TextField
        label="Event type"
        list={typesListId}
        placeholder="invoice.issued or invoice.*"
        value={matcher.type}
        onChange={(event) => onChange({ ...matcher, type: event.target.value })}
        hint={hint}
        error={errors[`${base}.type`] ?? errors[base]}
        autoComplete="off"
        spellCheck={false}
      />
      {matcher.where.length > 0 ? (
        <ul className="condition-list" aria-label={`Conditions of ${legend.toLowerCase()}`}>
          {matcher.where.map((row, index) => (
            <ConditionRow
              key={row.key}
              row={row}
              index={index}
              legend={legend}
              errorOf={(field) =>
                errors[field ? `${base}.where.${index}.${field}` : `${base}.where.${index}`]
              }
              onChange={(next) => setRow(index, next)}
              onRemove={() =>
                onChange({ ...matcher, where: matcher.where.filter((_, i) => i !== index) })
              }
            />
          ))}
        </ul>
      ) : null}
      <p>
        <button
          type="button"
          className="button button--small"
          onClick={() => onChange({ ...matcher, where: [...matcher.where, newWhereDraft()] })}
        >
          Add a condition
        </button>
      </p>
    </fieldset>
  );
}
