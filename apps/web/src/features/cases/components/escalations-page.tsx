import type { TClockPolicy, TEscalationListQuery } from '@customeric/contracts';
import { CLOCK_KIND_LABELS, describeClockTarget, ROLE_LABELS } from '@customeric/domain';
import { useState } from 'react';
import { Link } from 'react-router';
import { EmptyState } from '../../../components/ui/empty-state.tsx';
import { SelectField } from '../../../components/ui/field.tsx';
import { LoadMore } from '../../../components/ui/load-more.tsx';
import { ProblemAlert } from '../../../components/ui/problem-alert.tsx';
import { formatDateTime } from '../../../lib/format.ts';
import { useClockPolicies, useEscalations } from '../api/case-clocks.ts';

const KIND_LABELS = { warning: 'Warning', breach: 'Breach', escalation: 'Escalation' } as const;

function describePolicy(policy: TClockPolicy): string {
  const clocks = policy.clocks.map((clock) =>
    clock.kind === 'handoffs'
      ? `at most ${clock.max} handoffs`
      : `${CLOCK_KIND_LABELS[clock.kind].toLowerCase()} within ${describeClockTarget(clock.target)}`,
  );
  const applies = [...policy.priorities, ...policy.categories, ...policy.sourceKinds];
  return `${applies.length > 0 ? applies.join(', ') : 'All cases'}: ${clocks.join(', ')}; warning at ${policy.warnAtPercent} %.`;
}

function Policies() {
  const policies = useClockPolicies();
  if (!policies.isSuccess || policies.data.items.length === 0) return null;
  return (
    <section aria-labelledby="policies-title">
      <div className="section-heading">
        <h2 id="policies-title">Clock policies</h2>
        <p className="muted">
          The first active policy that matches a case runs its clocks, on its business calendar.
        </p>
      </div>
      <ul className="policies">
        {policies.data.items.map((policy) => (
          <li key={policy.id} className={policy.active ? 'policy' : 'policy policy--inactive'}>
            <strong>{policy.name}</strong>{' '}
            <span className="muted">· {policy.calendarName ?? 'default calendar'}</span>
            <p>{describePolicy(policy)}</p>
            {policy.escalations.length > 0 ? (
              <ol className="policy__levels">
                {policy.escalations.map((level) => (
                  <li key={level.level}>
                    Level {level.level}: {CLOCK_KIND_LABELS[level.clock].toLowerCase()}{' '}
                    {level.trigger.kind === 'elapsed'
                      ? `at ${level.trigger.percent} %`
                      : `breached${level.trigger.afterMinutes ? ` + ${level.trigger.afterMinutes} min` : ''}`}{' '}
                    →{' '}
                    {level.notify.kind === 'role'
                      ? ROLE_LABELS[level.notify.role]
                      : 'a named person'}
                  </li>
                ))}
              </ol>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** Every warning, breach and escalation the case clocks raised, newest first. */
export function EscalationsPage() {
  const [kind, setKind] = useState<TEscalationListQuery['kind']>(undefined);
  const escalations = useEscalations(kind);
  const items = escalations.data?.pages.flatMap((page) => page.items) ?? [];
  return (
    <>
      <section aria-labelledby="escalations-title">
        <div className="section-heading">
          <h2 id="escalations-title">Raised by the clocks</h2>
          <p className="muted">
            Checked every minute; each is raised once and e-mailed to the people it names.
          </p>
        </div>
        <div className="toolbar">
          <SelectField
            label="Show"
            value={kind ?? ''}
            onChange={(event) =>
              setKind((event.target.value || undefined) as TEscalationListQuery['kind'])
            }
          >
            <option value="">Everything</option>
            <option value="warning">Warnings</option>
            <option value="breach">Breaches</option>
            <option value="escalation">Escalations</option>
          </SelectField>
        </div>
        <ProblemAlert error={escalations.error} title="The escalations could not be loaded" />
        {escalations.isSuccess && items.length === 0 ? (
          <EmptyState title="Nothing raised">
            <p>
              No clock has warned or breached yet. Clocks run on cases that a clock policy applies
              to.
            </p>
          </EmptyState>
        ) : (
          <div className="table-wrap">
            <table className="table">
              <thead>
                <tr>
                  <th scope="col">Raised</th>
                  <th scope="col">Case</th>
                  <th scope="col">What</th>
                  <th scope="col">Told</th>
                </tr>
              </thead>
              <tbody>
                {items.map((item) => (
                  <tr key={item.id}>
                    <td>
                      <time dateTime={item.raisedAt}>{formatDateTime(item.raisedAt)}</time>
                    </td>
                    <th scope="row">
                      <Link to={`/cases/${item.caseId}`}>{item.caseSubject}</Link>
                      <span className="muted">
                        {' '}
                        · {item.customerName}
                        {item.departmentName ? ` · ${item.departmentName}` : ''}
                      </span>
                    </th>
                    <td>
                      <span className={`escalation-kind escalation-kind--${item.kind}`}>
                        {KIND_LABELS[item.kind]}
                      </span>{' '}
                      {item.reason}
                    </td>
                    <td>{item.notified.map((person) => person.name).join(', ') || '—'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        {items.length > 0 ? (
          <LoadMore
            hasNextPage={escalations.hasNextPage}
            isFetchingNextPage={escalations.isFetchingNextPage}
            onLoadMore={() => escalations.fetchNextPage()}
            shown={items.length}
            nouns={['alert', 'alerts']}
          />
        ) : null}
      </section>
      <Policies />
    </>
  );
}
