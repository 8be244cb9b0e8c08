import { type ComponentProps, type ReactNode, useId } from 'react';

interface TFieldFrameProps {
  id: string;
  label: string;
  error?: string | undefined;
  hint?: ReactNode;
  children: ReactNode;
}

const PREDICATE = /^(is|are|must|should|cannot|can|has|needs?|was)\b/;

/** Messages that read as predicates ("must be …") get the label in front; others stand alone. */
function formatFieldError(label: string, message: string): string {
  if (PREDICATE.test(message)) return `${label} ${message}`;
  return message.charAt(0).toUpperCase() + message.slice(1);
}

function FieldFrame({ id, label, error, hint, children }: TFieldFrameProps) {
  return (
    <div className={error ? 'field field--invalid' : 'field'}>
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      {children}
      {hint && !error ? (
        <p className="field__hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      {error ? (
        <p className="field__error" id={`${id}-error`}>
          {formatFieldError(label, error)}
        </p>
      ) : null}
    </div>
  );
}

function describedBy(id: string, error: string | undefined, hint: ReactNode): string | undefined {
  if (error) return `${id}-error`;
  return hint ? `${id}-hint` : undefined;
}

type TTextFieldProps = ComponentProps<'input'> & {
  label: string;
  error?: string | undefined;
  hint?: ReactNode;
};

export function TextField({ label, error, hint, id, className, ...inputProps }: TTextFieldProps) {
  const generatedId = useId();
  const inputId = id ?? generatedId;
  return (
    <FieldFrame id={inputId} label={label} error={error} hint={hint}>
      <input
        id={inputId}
        className={className ? `input ${className}` : 'input'}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(inputId, error, hint)}
        {...inputProps}
      />
    </FieldFrame>
  );
}

type TSelectFieldProps = ComponentProps<'select'> & {
  label: string;
  error?: string | undefined;
  hint?: ReactNode;
};

export function SelectField({
  label,
  error,
  hint,
  id,
  children,
  ...selectProps
}: TSelectFieldProps) {
  const generatedId = useId();
  const selectId = id ?? generatedId;
  return (
    <FieldFrame id={selectId} label={label} error={error} hint={hint}>
      <select
        id={selectId}
        className="input"
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(selectId, error, hint)}
        {...selectProps}
      >
        {children}
      </select>
    </FieldFrame>
  );
}
