import { type ReactNode, useEffect, useRef, useState } from 'react';
import { useParams } from 'react-router';
import { Loading } from '../../../components/ui/loading.tsx';
import { isApiError } from '../../../lib/api-client.ts';
import { usePublicSurvey } from '../api/public-survey.ts';
import { PublicSurveyForm } from './public-survey-form.tsx';

type TFinished = { thankYouMessage: string } | { used: string };

const CLOSED_TITLES: Record<string, string> = {
  link_used: 'This link has already been used',
  link_expired: 'This link is no longer valid',
};

/** A page that ends the visit: thanks, or why the link cannot be used; after sending, focus goes to its title. */
function EndCard({
  title,
  children,
  focus = false,
}: {
  title: string;
  children: ReactNode;
  focus?: boolean;
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focus) heading.current?.focus();
  }, [focus]);
  return (
    <section className="survey-page__end" role="status">
      <h1 ref={heading} tabIndex={-1} className="survey-page__title">
        {title}
      </h1>
      {children}
    </section>
  );
}

function Closed({ error }: { error: unknown }) {
  const code = isApiError(error) ? error.code : 'unknown';
  const detail = isApiError(error) ? error.problem.detail : 'Please try again later.';
  return (
    <EndCard title={CLOSED_TITLES[code] ?? 'This survey link does not work'}>
      <p>
        {code === 'not_found' || code === 'validation_failed'
          ? 'Check that the whole link was copied from the message.'
          : detail}
      </p>
    </EndCard>
  );
}

/**
 * The answer page a customer reaches from the link in a message: no log-in, one screen that
 * works on a phone, one answer per link, then thanks.
 */
export function PublicSurveyPage() {
  const { token = '' } = useParams();
  const survey = usePublicSurvey(token);
  const [finished, setFinished] = useState<TFinished | null>(null);
  const organization = survey.data?.organizationName;
  return (
    <div className="survey-page" lang={survey.data?.language ?? 'en'}>
      <title>{organization ? `Your opinion · ${organization}` : 'Your opinion'}</title>
      <main className="survey-page__card">
        {organization ? <p className="survey-page__brand">{organization}</p> : null}
        {survey.isPending ? <Loading label="Opening the survey…" /> : null}
        {survey.isError ? <Closed error={survey.error} /> : null}
        {finished && 'thankYouMessage' in finished ? (
          <EndCard title="Thank you!" focus>
            <p>{finished.thankYouMessage}</p>
          </EndCard>
        ) : null}
        {finished && 'used' in finished ? (
          <EndCard title="This link has already been used" focus>
            <p>{finished.used}</p>
          </EndCard>
        ) : null}
        {survey.data && !finished ? (
          <>
            <h1 className="survey-page__title">
              {survey.data.greetingName ? `Hello ${survey.data.greetingName},` : 'Hello,'} a quick
              question
            </h1>
            <p className="muted">
              It takes less than a minute. Your answer goes to {organization}.
            </p>
            <PublicSurveyForm token={token} survey={survey.data} onDone={setFinished} />
          </>
        ) : null}
      </main>
    </div>
  );
}
