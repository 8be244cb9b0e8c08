import { MODULES } from '@customeric/contracts';
import { Link, useParams } from 'react-router';
import { NotFoundPage } from '../../../components/layout/not-found-page.tsx';
import { EmptyState } from '../../../components/ui/empty-state.tsx';
import { PageHeader } from '../../../components/ui/page-header.tsx';
import { MODULE_PREVIEWS } from '../module-previews.ts';

/** The page of a module whose screens are not built yet: what it is and what it will show. */
export function ModulePlaceholderPage() {
  const { moduleKey } = useParams();
  const module = MODULES.find((candidate) => candidate.key === moduleKey);
  if (!module) return <NotFoundPage />;
  const preview = MODULE_PREVIEWS[module.key];
  return (
    <>
      <PageHeader title={module.title} description={module.summary} />
      <EmptyState
        title="Not built yet"
        action={
          <Link className="button" to="/">
            Back to the dashboard
          </Link>
        }
      >
        <p>
          The {module.title} module arrives in a later release. Nothing here is made up in the
          meantime, so this page stays empty until it does. When it arrives it will show:
        </p>
        <ul className="bullet-list">
          {preview.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      </EmptyState>
    </>
  );
}
