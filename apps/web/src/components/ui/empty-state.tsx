import type { ReactNode } from 'react';

interface TEmptyStateProps {
  title: string;
  children?: ReactNode;
  action?: ReactNode;
}

/** An honest "nothing here", which always says what to do next. */
export function EmptyState({ title, children, action }: TEmptyStateProps) {
  return (
    <section className="empty-state">
      <h2 className="empty-state__title">{title}</h2>
      {children ? <div className="empty-state__body">{children}</div> : null}
      {action ? <div className="empty-state__action">{action}</div> : null}
    </section>
  );
}
