import { Link } from 'react-router';
import { EmptyState } from '../../../components/ui/empty-state.tsx';
import { LoadMore } from '../../../components/ui/load-more.tsx';
import { ProblemAlert } from '../../../components/ui/problem-alert.tsx';
import { useLearnings } from '../api/case-programme.ts';
import { formatDay } from '../case-labels.ts';

/** What executives learned from the calls they listened to and the complaints they handled. */
export function LearningsFeed() {
  const learnings = useLearnings();
  const items = learnings.data?.pages.flatMap((page) => page.items) ?? [];
  if (learnings.isError)
    return <ProblemAlert error={learnings.error} title="The learnings could not be loaded" />;
  if (learnings.isSuccess && items.length === 0)
    return (
      <EmptyState title="Nothing learned yet">
        <p>
          Log a call you listened to, or handle a complaint personally: what you learn shows here
          for everyone leading.
        </p>
      </EmptyState>
    );
  return (
    <>
      <ol className="learnings">
        {items.map((item) =>
          item.kind === 'call' ? (
            <li key={item.id} className="learning learning--call">
              <p className="learning__meta">
                <strong>{item.call.userName}</strong> listened to a call with{' '}
                {item.call.customerName}
                {item.call.departmentName ? ` (${item.call.departmentName})` : ''} ·{' '}
                {item.call.listenedOn}
                {item.call.minutes ? ` · ${item.call.minutes} min` : ''}
              </p>
              <p className="learning__text">{item.call.learned}</p>
            </li>
          ) : (
            <li key={item.id} className="learning learning--handling">
              <p className="learning__meta">
                <strong>{item.handling.userName}</strong> handled{' '}
                <Link to={`/cases/${item.handling.caseId}`}>{item.caseSubject}</Link> (
                {item.customerName}) · {formatDay(item.at)}
              </p>
              <p className="learning__text">{item.handling.notes}</p>
            </li>
          ),
        )}
      </ol>
      <LoadMore
        hasNextPage={learnings.hasNextPage}
        isFetchingNextPage={learnings.isFetchingNextPage}
        onLoadMore={() => learnings.fetchNextPage()}
        shown={items.length}
        nouns={['learning', 'learnings']}
      />
    </>
  );
}
