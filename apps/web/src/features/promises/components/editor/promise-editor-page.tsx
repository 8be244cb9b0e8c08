import type { TPromiseView } from '@customeric/contracts';
import { Link, useNavigate, useParams } from 'react-router';
import { ConfirmButton } from '../../../../components/ui/confirm-button.tsx';
import { Loading } from '../../../../components/ui/loading.tsx';
import { PageHeader } from '../../../../components/ui/page-header.tsx';
import { ProblemAlert } from '../../../../components/ui/problem-alert.tsx';
import { useCan } from '../../../../lib/permissions.ts';
import { useRequestEvaluation } from '../../api/get-evaluation.ts';
import { usePromise } from '../../api/get-promises.ts';
import { useDeletePromise } from '../../api/save-promise.ts';
import { EvaluationProgress } from '../evaluation-progress.tsx';
import { PromiseEditor } from './promise-editor.tsx';

export function NewPromisePage() {
  return (
    <>
      <PageHeader
        title="New promise"
        description="Say it as your customers will read it, then write the rule that measures it. The preview replays the last 90 days as you type."
      />
      <PromiseEditor promise={null} />
    </>
  );
}

/** Deleting drops the promise with its outcomes and breaches; switching it off keeps them. */
function DeleteButton({ promise }: { promise: TPromiseView }) {
  const remove = useDeletePromise();
  const navigate = useNavigate();
  return (
    <>
      <ConfirmButton
        label="Delete"
        question="Delete it with its history? Switching it off keeps the history."
        confirmLabel="Delete"
        pending={remove.isPending}
        onConfirm={() => remove.mutate(promise.id, { onSuccess: () => navigate('/promises') })}
      />
      <ProblemAlert error={remove.error} title="The promise was not deleted" />
    </>
  );
}

function PromiseActions({ promise }: { promise: TPromiseView }) {
  const reevaluate = useRequestEvaluation();
  const running = promise.evaluation !== null && promise.evaluation.finishedAt === null;
  return (
    <span className="row-actions">
      <button
        type="button"
        className="button button--small"
        disabled={running || reevaluate.isPending}
        onClick={() => reevaluate.mutate(promise.id)}
      >
        Re-evaluate history
      </button>
      <DeleteButton promise={promise} />
      <ProblemAlert error={reevaluate.error} title="History was not re-evaluated" />
    </span>
  );
}

export function EditPromisePage() {
  const { promiseId = '' } = useParams();
  const promise = usePromise(promiseId);
  const canWrite = useCan('promises.write');
  if (promise.isPending) return <Loading label="Loading the promise…" />;
  if (promise.isError)
    return (
      <>
        <ProblemAlert error={promise.error} title="The promise could not be loaded" />
        <Link to="/promises">Back to the Bill of Rights</Link>
      </>
    );
  const { evaluation } = promise.data;
  return (
    <>
      <PageHeader
        title={promise.data.internalName}
        actions={canWrite ? <PromiseActions promise={promise.data} /> : null}
        description={
          <>
            <Link to="/promises">Bill of Rights</Link> · version {promise.data.version} ·{' '}
            {promise.data.ruleSentence}
          </>
        }
      />
      {evaluation && !evaluation.finishedAt ? (
        <EvaluationProgress promiseId={promise.data.id} evaluationId={evaluation.id} />
      ) : null}
      <PromiseEditor key={promise.data.updatedAt} promise={promise.data} />
    </>
  );
}
