interface TLoadingProps {
  label?: string;
}

export function Loading({ label = 'Loading…' }: TLoadingProps) {
  return (
    <div className="loading" role="status" aria-live="polite">
      <span className="loading__spinner" aria-hidden="true" />
      <span>{label}</span>
    </div>
  );
}
