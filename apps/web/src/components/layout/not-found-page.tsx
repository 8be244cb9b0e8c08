import { Link } from 'react-router';
import { EmptyState } from '../ui/empty-state.tsx';
import { PageHeader } from '../ui/page-header.tsx';

export function NotFoundPage() {
  return (
    <>
      <PageHeader title="Page not found" />
      <EmptyState
        title="There is no page at this address"
        action={
          <Link className="button button--primary" to="/">
            Go to the dashboard
          </Link>
        }
      >
        <p>The link may be old or mistyped. Every module is listed in the navigation.</p>
      </EmptyState>
    </>
  );
}
