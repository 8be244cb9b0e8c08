import { useEffect, useRef, useState } from 'react';

interface TConfirmButtonProps {
  label: string;
  /** The question asked before acting, e.g. "Revoke this key?" */
  question: string;
  confirmLabel: string;
  onConfirm: () => void;
  disabled?: boolean;
  pending?: boolean;
}

/** A destructive action in two steps, inline, so nothing is lost to a stray click. */
export function ConfirmButton(props: TConfirmButtonProps) {
  const { label, question, confirmLabel, onConfirm, disabled, pending } = props;
  const [asking, setAsking] = useState(false);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const triggerRef = useRef<HTMLButtonElement>(null);
  const wasAsking = useRef(false);

  // Keep keyboard focus on the control that replaced the one just pressed; Cancel is the safe one.
  useEffect(() => {
    if (asking) cancelRef.current?.focus();
    else if (wasAsking.current) triggerRef.current?.focus();
    wasAsking.current = asking;
  }, [asking]);

  if (!asking) {
    return (
      <button
        ref={triggerRef}
        type="button"
        className="button button--small button--danger-outline"
        disabled={disabled || pending}
        onClick={() => setAsking(true)}
      >
        {pending ? 'Working…' : label}
      </button>
    );
  }
  return (
    <span className="confirm">
      <span className="confirm__question">{question}</span>
      <span className="confirm__buttons">
        <button
          type="button"
          className="button button--small button--danger"
          onClick={() => {
            setAsking(false);
            onConfirm();
          }}
        >
          {confirmLabel}
        </button>
        <button
          ref={cancelRef}
          type="button"
          className="button button--small"
          onClick={() => setAsking(false)}
        >
          Cancel
        </button>
      </span>
    </span>
  );
}
