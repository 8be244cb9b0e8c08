import { OPERATING_MODEL_LABELS } from '@customeric/domain';
import { useState } from 'react';
import { Link } from 'react-router';
import { Loading } from '../../../components/ui/loading.tsx';
import { ProblemAlert } from '../../../components/ui/problem-alert.tsx';
import { useCan } from '../../../lib/permissions.ts';
import { useCommitmentSummary } from '../api/get-commitment.ts';
import { useOrgChart } from '../api/get-org-chart.ts';
import { useOrgSettings } from '../api/get-org-settings.ts';
import { CommitmentChart } from './commitment-chart.tsx';
import { SettingsForm } from './settings-form.tsx';

function CommitmentSection() {
  const summary = useCommitmentSummary();
  return (
    <section aria-labelledby="commitment-title">
      <div className="section-heading">
        <h2 id="commitment-title">Customer-work commitment by department</h2>
        <Link to="/org/people?sort=-customerWorkShare">Who is outside the band</Link>
      </div>
      <p className="muted">
        The average share of working time people commit to customer work, against the target band.
        Departments that do not serve customers (tax, treasury, leave administration) are shown, but
        the band does not apply to them.
      </p>
      {summary.isPending ? <Loading label="Loading the commitment summary…" /> : null}
      <ProblemAlert error={summary.error} title="The summary could not be loaded" />
      {summary.data ? <CommitmentChart summary={summary.data} /> : null}
    </section>
  );
}

export function OrgOverviewPage() {
  const settings = useOrgSettings();
  const canWrite = useCan('org.settings.write');
  const canReadPeople = useCan('org.people.read');
  const chart = useOrgChart(canReadPeople);
  const [editing, setEditing] = useState(false);
  const head = chart.data?.people.find(
    (person) => person.id === chart.data?.customerDepartmentHeadId,
  );
  return (
    <>
      <title>Org & value chains · Customeric</title>
      <section className="card operating-model" aria-labelledby="model-title">
        <div className="section-heading section-heading--flush">
          <h2 id="model-title">Operating model</h2>
          {canWrite && !editing && settings.data ? (
            <button type="button" className="button" onClick={() => setEditing(true)}>
              Change
            </button>
          ) : null}
        </div>
        {settings.isPending ? <Loading /> : null}
        <ProblemAlert error={settings.error} title="The settings could not be loaded" />
        {settings.data && !editing ? (
          <>
            <p className="operating-model__name">
              {OPERATING_MODEL_LABELS[settings.data.operatingModel]}
            </p>
            <p className="operating-model__sentence">{settings.data.operatingModelExplanation}</p>
            <dl className="facts">
              <dt>Target band of customer work</dt>
              <dd>
                {settings.data.targetBand.min}–{settings.data.targetBand.max} % of working time
              </dd>
              {canReadPeople ? (
                <>
                  <dt>Head of the Customer Department</dt>
                  <dd>
                    {head ? `${head.name}${head.title ? `, ${head.title}` : ''}` : 'Nobody yet'}
                  </dd>
                </>
              ) : null}
            </dl>
          </>
        ) : null}
        {settings.data && editing ? (
          <SettingsForm settings={settings.data} onClose={() => setEditing(false)} />
        ) : null}
      </section>
      {canReadPeople ? <CommitmentSection /> : null}
    </>
  );
}
