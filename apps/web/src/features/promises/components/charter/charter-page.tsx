import type { TPublicCharter } from '@customeric/contracts';
import { useParams } from 'react-router';
import { isApiError } from '../../../../lib/api-client.ts';
import { useCharter } from '../../api/get-charter.ts';
import { formatCount, formatRate } from '../../format.ts';

type TCharterPromise = TPublicCharter['promises'][number];

function Measure({ promise }: { promise: TCharterPromise }) {
  const resolved = promise.kept + promise.broken;
  if (promise.rate === null || resolved === 0)
    return <p className="charter__measure">Not measured yet this quarter.</p>;
  const met = promise.rate >= promise.targetRate;
  return (
    <div className="charter__measure">
      <p>
        Kept <strong>{formatRate(promise.rate)}</strong> of {formatCount(resolved)} times · our
        target is {formatRate(promise.targetRate)}
        {met ? '' : ', and we fell short'}.
      </p>
      <div className="charter__bar" aria-hidden="true">
        <span
          className={met ? 'charter__fill' : 'charter__fill charter__fill--short'}
          style={{ width: `${promise.rate * 100}%` }}
        />
        <span className="charter__target" style={{ left: `${promise.targetRate * 100}%` }} />
      </div>
    </div>
  );
}

function Charter({ charter }: { charter: TPublicCharter }) {
  return (
    <>
      <header className="charter__header">
        <title>{`${charter.organizationName} · Our promises to you`}</title>
        <p className="charter__org">{charter.organizationName}</p>
        <h1>Our promises to you</h1>
        <p className="charter__lead">
          Our Customer Bill of Rights. Each promise is measured on what actually happened, and the
          figures are those of {charter.quarter.label} ({charter.quarter.from} to{' '}
          {charter.quarter.to}).
        </p>
      </header>
      {charter.promises.length === 0 ? (
        <p>We have not published our promises yet.</p>
      ) : (
        <ol className="charter__list">
          {charter.promises.map((promise) => (
            <li key={promise.wording} className="charter__promise">
              <p className="charter__wording">{promise.wording}</p>
              {promise.valueChain || promise.stage ? (
                <p className="charter__where">
                  {[promise.valueChain, promise.stage].filter(Boolean).join(' · ')}
                </p>
              ) : null}
              <Measure promise={promise} />
            </li>
          ))}
        </ol>
      )}
      <footer className="charter__footer">
        <p>Measured continuously on live events with Customeric.</p>
        <button type="button" className="button charter__print" onClick={() => window.print()}>
          Print this page
        </button>
      </footer>
    </>
  );
}

/** The public Bill of Rights at /charter/:slug: no log-in, readable on a phone and on paper. */
export function CharterPage() {
  const { slug = '' } = useParams();
  const charter = useCharter(slug);
  return (
    <main className="charter" id="main">
      {charter.isPending ? <p role="status">Loading the promises…</p> : null}
      {charter.isError ? (
        <div role="alert">
          <title>Promises not found</title>
          <h1>
            {isApiError(charter.error) && charter.error.status === 404
              ? 'No such charter'
              : 'The promises could not be loaded'}
          </h1>
          <p>
            {isApiError(charter.error) && charter.error.status === 404
              ? 'There is no organisation at this address. Check the link you were given.'
              : 'Please try again in a moment.'}
          </p>
        </div>
      ) : null}
      {charter.data ? <Charter charter={charter.data} /> : null}
    </main>
  );
}
