import { MODULES } from '@customeric/contracts';
import { ROLE_LABELS } from '@customeric/domain';
import { PageHeader } from '../../../components/ui/page-header.tsx';
import { useCurrentSession } from '../../../lib/current-session.ts';
import { describePermission } from '../../../lib/permissions.ts';
import { KeyScores } from './key-scores.tsx';
import { ModuleCard } from './module-card.tsx';

export function DashboardPage() {
  const { user, organization, permissions } = useCurrentSession();
  const builtCount = MODULES.filter((module) => module.built).length;
  return (
    <>
      <PageHeader title="Dashboard" />
      {permissions.includes('scores.read') ? <KeyScores /> : null}
      <section className="card welcome" aria-labelledby="welcome-title">
        <h2 id="welcome-title" className="welcome__title">
          Welcome, {user.name}
        </h2>
        <p className="welcome__meta">
          You are signed in to <strong>{organization.name}</strong> as{' '}
          <strong>{ROLE_LABELS[user.role]}</strong>
          {user.isExecutive ? ', in the executive programme' : ''}.
        </p>
        <h3 className="welcome__subtitle">What your role may do</h3>
        {permissions.length > 0 ? (
          <ul className="check-list">
            {permissions.map((permission) => (
              <li key={permission}>{describePermission(permission)}</li>
            ))}
          </ul>
        ) : (
          <p>Your role has no permissions yet. Ask an administrator to change it.</p>
        )}
      </section>
      <section aria-labelledby="modules-title">
        <div className="section-heading">
          <h2 id="modules-title">Modules</h2>
          <p className="muted">
            {builtCount} of {MODULES.length} built so far; the others arrive in later releases.
          </p>
        </div>
        <ul className="module-grid">
          {MODULES.map((module) => (
            <li key={module.key}>
              <ModuleCard
                moduleKey={module.key}
                title={module.title}
                summary={module.summary}
                built={module.built}
              />
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
