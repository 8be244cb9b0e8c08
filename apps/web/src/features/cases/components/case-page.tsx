import { CASE_CATEGORY_LABELS, CASE_PRIORITY_LABELS } from '@customeric/domain';
import { Link, useParams } from 'react-router';
import { Loading } from '../../../components/ui/loading.tsx';
import { PageHeader } from '../../../components/ui/page-header.tsx';
import { ProblemAlert } from '../../../components/ui/problem-alert.tsx';
import { useCan } from '../../../lib/permissions.ts';
import { useCaseSettings } from '../api/case-settings.ts';
import { useCaseDetail } from '../api/get-case.ts';
import { formatAge, formatDay, PRIORITY_CLASS, STATUS_CLASS } from '../case-labels.ts';
import { CaseControls } from './case-controls.tsx';
import { CaseLedgerSection } from './case-ledger-section.tsx';
import { CaseProgrammeSections } from './case-programme-sections.tsx';
import { CommentsSection } from './comments-section.tsx';
import { CustomerTimeline } from './customer-timeline.tsx';

const SOURCES = {
  manual: 'opened by hand',
  event: 'opened by an event',
  promise: 'opened by a broken promise',
  survey: 'opened by a survey answer',
};

/** One case: its facts and controls, its ledger and conversation, the customer's timeline beside it. */
export function CasePage() {
  const { caseId = '' } = useParams();
  const detail = useCaseDetail(caseId);
  const settings = useCaseSettings();
  const canWrite = useCan('cases.write');
  const canSeeCustomers = useCan('customers.accounts.read');
  if (detail.isPending) return <Loading label="Loading the case…" />;
  if (detail.isError)
    return (
      <>
        <ProblemAlert error={detail.error} title="The case could not be loaded" />
        <Link to="/cases">Back to the cases</Link>
      </>
    );
  const theCase = detail.data.case;
  return (
    <>
      <PageHeader
        title={theCase.subject}
        description={
          <>
            <Link to="/cases">Cases</Link> · {theCase.customerName} · {SOURCES[theCase.sourceKind]}{' '}
            on {formatDay(theCase.openedAt)}
          </>
        }
      />
      <div className="case-layout">
        <div className="case-main">
          <section className="card case-facts" aria-label="The case">
            <p className="case-facts__badges">
              <span className={STATUS_CLASS[theCase.statusCategory]}>{theCase.statusName}</span>
              <span className={PRIORITY_CLASS[theCase.priority]}>
                {CASE_PRIORITY_LABELS[theCase.priority]}
              </span>
              <span className="tag">{CASE_CATEGORY_LABELS[theCase.category]}</span>
            </p>
            <dl className="facts">
              <dt>{theCase.resolvedAt ? 'Last held by' : 'Held by'}</dt>
              <dd>
                {theCase.departmentName ?? 'Not placed yet'}
                {theCase.departmentSince && !theCase.resolvedAt
                  ? ` for ${formatAge(theCase.departmentSince)}`
                  : ''}
              </dd>
              <dt>Owner</dt>
              <dd>{theCase.ownerName ?? 'Unassigned'}</dd>
              <dt>Customer contact</dt>
              <dd>{theCase.frontOwnerName ?? 'Nobody yet'}</dd>
              {theCase.rootCause ? (
                <>
                  <dt>Root cause</dt>
                  <dd>{theCase.rootCause}</dd>
                </>
              ) : null}
            </dl>
            {theCase.description ? (
              <p className="case-facts__description">{theCase.description}</p>
            ) : null}
          </section>
          <CaseControls key={theCase.version} detail={detail.data} canWrite={canWrite} />
          <CaseProgrammeSections caseId={theCase.id} />
          <CaseLedgerSection caseId={theCase.id} />
          <CommentsSection
            caseId={theCase.id}
            canWrite={canWrite}
            emailConfigured={settings.data?.emailConfigured}
          />
        </div>
        {canSeeCustomers ? (
          <CustomerTimeline customerId={theCase.customerId} customerName={theCase.customerName} />
        ) : null}
      </div>
    </>
  );
}
