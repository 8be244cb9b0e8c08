import type { TCaseClock, TCaseClocks } from '@customeric/contracts';
import { Loading } from '../../../components/ui/loading.tsx';
import { ProblemAlert } from '../../../components/ui/problem-alert.tsx';
import { formatDateTime } from '../../../lib/format.ts';
import { useCaseClocks } from '../api/case-clocks.ts';
import {
  CLOCK_STATE_CLASS,
  CLOCK_STATE_LABELS,
  describeClock,
  formatMinutes,
} from '../clock-labels.ts';

function progressClass(clock: TCaseClock, warnAt: number): string {
  if (clock.state === 'breached') return 'clock__fill clock__fill--breached';
  if (clock.percent >= warnAt && clock.state !== 'met') return 'clock__fill clock__fill--warning';
  return 'clock__fill';
}

function clockLine(clock: TCaseClock): string {
  if (clock.kind === 'handoffs') {
    const left = (clock.max ?? 0) - (clock.count ?? 0);
    if (clock.state === 'breached') return `${clock.count} handoffs: more than promised.`;
    return `${clock.count} so far${clock.state === 'met' ? '' : left === 0 ? ': one more breaks the promise' : `, ${left} more allowed`}.`;
  }
  const due = formatDateTime(clock.dueAt);
  if (clock.state === 'met')
    return `Met on ${formatDateTime(clock.stoppedAt)}, after ${formatMinutes(clock.elapsedMinutes)} of working time.`;
  if (clock.state === 'breached') {
    const over = clock.elapsedMinutes - (clock.targetMinutes ?? 0);
    const stopped = clock.stoppedAt ? ` It stopped on ${formatDateTime(clock.stoppedAt)}.` : '';
    return `Was due ${due}${over >= 1 ? `; ${formatMinutes(over)} of working time over` : ''}.${stopped}`;
  }
  if (clock.state === 'paused')
    return `${formatMinutes(clock.remainingMinutes ?? 0)} left; due ${due} if work resumes now.`;
  return `Due ${due}: ${formatMinutes(clock.remainingMinutes ?? 0)} of working time left.`;
}

function Clock({ clock, warnAt }: { clock: TCaseClock; warnAt: number }) {
  const width = Math.min(100, clock.percent);
  return (
    <li className="clock">
      <div className="clock__head">
        <strong>{describeClock(clock)}</strong>
        <span className={CLOCK_STATE_CLASS[clock.state]}>{CLOCK_STATE_LABELS[clock.state]}</span>
      </div>
      {clock.promiseWording ? <p className="clock__promise">“{clock.promiseWording}”</p> : null}
      <div className="clock__track" aria-hidden="true">
        <span className={progressClass(clock, warnAt)} style={{ width: `${width}%` }} />
        {clock.kind === 'handoffs' ? null : (
          <span
            className="clock__warn"
            style={{ left: `${warnAt}%` }}
            title={`Warning at ${warnAt} %`}
          />
        )}
      </div>
      <p className="clock__line">{clockLine(clock)}</p>
    </li>
  );
}

function Raised({ data }: { data: TCaseClocks }) {
  if (data.escalations.length === 0) return null;
  return (
    <ul className="clock-alerts" aria-label="Warnings and escalations raised">
      {data.escalations.map((alert) => (
        <li key={alert.id} className={`clock-alerts__item clock-alerts__item--${alert.kind}`}>
          <time dateTime={alert.raisedAt}>{formatDateTime(alert.raisedAt)}</time> {alert.reason}
          {alert.notified.length > 0 ? (
            <span className="muted">
              {' '}
              · told {alert.notified.map((person) => person.name).join(', ')}
            </span>
          ) : null}
        </li>
      ))}
    </ul>
  );
}

/** The promises that apply to the case, as clocks on business hours, and what they raised. */
export function CaseClocksPanel({ caseId }: { caseId: string }) {
  const clocks = useCaseClocks(caseId);
  if (clocks.isPending) return <Loading label="Loading the clocks…" />;
  if (clocks.isError)
    return <ProblemAlert error={clocks.error} title="The clocks could not be loaded" />;
  const data = clocks.data;
  return (
    <section aria-labelledby="clocks-title" className="card case-clocks">
      <div className="section-heading">
        <h2 id="clocks-title">Clocks</h2>
        <p className="muted">
          {data.policy
            ? `${data.policy.name}${data.calendar ? ` · ${data.calendar.name} (${data.calendar.timeZone})` : ''}`
            : 'No clock policy applies to this case: an administrator sets them under Escalations.'}
        </p>
      </div>
      {data.problem ? <p className="field__error">{data.problem}</p> : null}
      {data.clocks.length > 0 ? (
        <ul className="clocks">
          {data.clocks.map((clock) => (
            <Clock key={clock.kind} clock={clock} warnAt={data.policy?.warnAtPercent ?? 75} />
          ))}
        </ul>
      ) : null}
      <Raised data={data} />
    </section>
  );
}
