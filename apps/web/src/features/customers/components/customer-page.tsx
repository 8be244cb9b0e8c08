import { Link, useParams } from 'react-router';
import { Loading } from '../../../components/ui/loading.tsx';
import { PageHeader } from '../../../components/ui/page-header.tsx';
import { ProblemAlert } from '../../../components/ui/problem-alert.tsx';
import { useCan } from '../../../lib/permissions.ts';
import { useCustomer } from '../api/get-customer.ts';
import { useTimelineSummary } from '../api/get-timeline.ts';
import { AccountCard } from './account-card.tsx';
import { ContactsSection } from './contacts-section.tsx';
import { CustomerPromises } from './customer-promises.tsx';
import { DepartmentStrip } from './department-strip.tsx';
import { LaterModules } from './later-modules.tsx';
import { TimelineSection } from './timeline-section.tsx';

/** The customer 360: the account, its people, what happened across every silo, and what is to come. */
export function CustomerPage() {
  const { customerId = '' } = useParams();
  const overview = useCustomer(customerId);
  const summary = useTimelineSummary(customerId);
  const canWrite = useCan('customers.accounts.write');
  const canSeePromises = useCan('promises.read');
  if (overview.isPending) return <Loading label="Loading the customer…" />;
  if (overview.isError)
    return (
      <>
        <ProblemAlert error={overview.error} title="The customer could not be loaded" />
        <Link to="/customers">Back to the customers</Link>
      </>
    );
  const { customer } = overview.data;
  return (
    <>
      <PageHeader
        title={customer.name}
        description={
          <>
            <Link to="/customers">Customers</Link> · {overview.data.eventCount.toLocaleString()}{' '}
            events
            {overview.data.lastEventAt
              ? `, the last on ${overview.data.lastEventAt.slice(0, 10)}`
              : ''}
          </>
        }
      />
      <div className="grid-two">
        <AccountCard overview={overview.data} canWrite={canWrite} />
        <ContactsSection customerId={customer.id} canWrite={canWrite} />
      </div>
      {summary.data ? <DepartmentStrip summary={summary.data} /> : null}
      <CustomerPromises customerId={customer.id} enabled={canSeePromises} />
      <LaterModules />
      <TimelineSection customerId={customer.id} summary={summary.data} />
    </>
  );
}
