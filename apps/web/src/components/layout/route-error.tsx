import { isRouteErrorResponse, Link, useRouteError } from 'react-router';
import { ProblemAlert } from '../ui/problem-alert.tsx';

/** Last resort when a page throws while rendering: say so, and offer a way out. */
export function RouteError() {
  const error = useRouteError();
  const message = isRouteErrorResponse(error) ? `${error.status} ${error.statusText}` : error;
  return (
    <div className="centered-page">
      <div className="card card--narrow">
        <title>Error · Customeric</title>
        <h1>This page stopped working</h1>
        <ProblemAlert error={message} title="An unexpected error happened" />
        <p>
          <Link to="/" reloadDocument>
            Reload Customeric
          </Link>
        </p>
      </div>
    </div>
  );
}
