import { EmptyState } from '../../../components/ui/empty-state.tsx';
import { Loading } from '../../../components/ui/loading.tsx';
import { ProblemAlert } from '../../../components/ui/problem-alert.tsx';
import { useCan } from '../../../lib/permissions.ts';
import {
  useProgrammeAssignments,
  useProgrammeOverview,
  useProgrammeSettings,
  useRunProgramme,
} from '../api/case-programme.ts';
import { CallListenedForm } from './call-listened-form.tsx';
import { LearningsFeed } from './learnings-feed.tsx';
import { ProgrammeAssignments } from './programme-assignments.tsx';
import { ProgrammeGrid } from './programme-grid.tsx';
import { ProgrammeSettingsForm } from './programme-settings-form.tsx';

function RunButton() {
  const run = useRunProgramme();
  const result = run.data;
  return (
    <div className="programme-run">
      <button
        type="button"
        className="button"
        onClick={() => run.mutate()}
        disabled={run.isPending}
      >
        {run.isPending ? 'Assigning…' : 'Assign this month’s complaints'}
      </button>
      <span role="status" className="muted">
        {result
          ? `${result.assigned} assigned (run ${result.runs} this month)${result.short.length > 0 ? `; not enough complaints for ${result.short.map((entry) => entry.name).join(', ')}` : ''}.`
          : 'Runs by itself on the first of the month; running again only tops up.'}
      </span>
      <ProblemAlert error={run.error} title="The complaints were not assigned" />
    </div>
  );
}

function MyComplaints() {
  const mine = useProgrammeAssignments({ executiveUserId: 'me', status: 'open' });
  if (!mine.isSuccess || mine.data.length === 0) return null;
  return (
    <section aria-labelledby="mine-title">
      <div className="section-heading">
        <h2 id="mine-title">Yours to handle personally</h2>
        <p className="muted">
          Call the customer, see it through, then mark it handled on the case with what you learned.
        </p>
      </div>
      <ProgrammeAssignments items={mine.data} showExecutive={false} />
    </section>
  );
}

function Overdue() {
  const overdue = useProgrammeAssignments({ status: 'overdue' });
  if (!overdue.isSuccess || overdue.data.length === 0) return null;
  return (
    <section aria-labelledby="overdue-title">
      <div className="section-heading">
        <h2 id="overdue-title">Overdue</h2>
        <p className="muted">
          Past their date and not handled; their executives get a reminder each morning.
        </p>
      </div>
      <ProgrammeAssignments items={overdue.data} showExecutive />
    </section>
  );
}

/**
 * The executive programme (seed 001): every senior executive handles a few complaints a month
 * personally and listens in on calls. Completion per executive and month, what is overdue, and
 * what they learned.
 */
export function ProgrammePage() {
  const overview = useProgrammeOverview(6);
  const settings = useProgrammeSettings();
  const canManage = useCan('cases.programme.manage');
  const canWrite = useCan('cases.programme.write');
  if (overview.isPending) return <Loading label="Loading the programme…" />;
  if (overview.isError)
    return <ProblemAlert error={overview.error} title="The programme could not be loaded" />;
  const data = overview.data;
  return (
    <div className="programme">
      <section aria-labelledby="grid-title">
        <div className="section-heading">
          <h2 id="grid-title">Completion</h2>
          <p className="muted">
            {settings.data
              ? `${settings.data.monthlyQuota} complaints a month for each person marked executive. `
              : ''}
            {data.totals.handled} of {data.totals.assigned} handled in the last six months,{' '}
            {data.totals.overdue} overdue, {data.totals.calls} calls listened to.
          </p>
        </div>
        {canManage ? <RunButton /> : null}
        {canManage && settings.data ? (
          <details className="programme-settings__more">
            <summary>Settings</summary>
            <ProgrammeSettingsForm key={settings.data.monthlyQuota} settings={settings.data} />
          </details>
        ) : null}
        {data.executives.length === 0 ? (
          <EmptyState title="Nobody is marked executive">
            <p>
              Mark the senior executives on their person page (Org → People); each then gets
              complaints every month.
            </p>
          </EmptyState>
        ) : (
          <ProgrammeGrid data={data} />
        )}
      </section>
      <MyComplaints />
      <Overdue />
      <div className="programme__columns">
        <section aria-labelledby="learnings-title">
          <div className="section-heading">
            <h2 id="learnings-title">What they learned</h2>
          </div>
          <LearningsFeed />
        </section>
        {canWrite ? <CallListenedForm /> : null}
      </div>
    </div>
  );
}
