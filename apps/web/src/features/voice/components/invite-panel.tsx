import type { TSurvey } from '@customeric/contracts';
import { useState } from 'react';
import { Loading } from '../../../components/ui/loading.tsx';
import { ProblemAlert } from '../../../components/ui/problem-alert.tsx';
import { useDebouncedValue } from '../../../lib/use-debounced-value.ts';
import { useCreateInvitations, useCustomerSearch } from '../api/invitations.ts';
import { InvitationResult } from './invitation-result.tsx';

/** Choose customers, check who the recontact rule lets through, then make one link each. */
export function InvitePanel({ survey }: { survey: TSurvey }) {
  const [search, setSearch] = useState('');
  const [segment, setSegment] = useState('');
  const [chosen, setChosen] = useState<ReadonlyMap<string, string>>(new Map());
  const customers = useCustomerSearch(
    useDebouncedValue(search.trim()),
    useDebouncedValue(segment.trim()),
  );
  const invite = useCreateInvitations(survey.id);
  const items = customers.data?.items ?? [];
  const active = survey.status === 'active';

  const toggle = (id: string, name: string, on: boolean) =>
    setChosen((current) => {
      const next = new Map(current);
      if (on) next.set(id, name);
      else next.delete(id);
      return next;
    });
  const send = (dryRun: boolean) => invite.mutate({ customerIds: [...chosen.keys()], dryRun });

  return (
    <section className="card voice-invite" aria-labelledby="invite-title">
      <h2 id="invite-title">Invite customers</h2>
      <p className="muted">
        Each customer’s primary contact gets a unique link to answer once, without logging in.
        {active
          ? ''
          : ' Activate the survey to make links; checking who could be invited works now.'}
      </p>
      <search className="toolbar">
        <label className="toolbar__field">
          <span className="toolbar__label">Find customers</span>
          <input
            className="input"
            type="search"
            value={search}
            onChange={(event) => setSearch(event.target.value)}
            placeholder="Name, e-mail or external id"
          />
        </label>
        <label className="toolbar__field">
          <span className="toolbar__label">Segment</span>
          <input
            className="input"
            value={segment}
            onChange={(event) => setSegment(event.target.value)}
            placeholder="e.g. Small business"
          />
        </label>
        <button
          type="button"
          className="button button--small"
          onClick={() => {
            for (const item of items) toggle(item.id, item.name, true);
          }}
          disabled={items.length === 0}
        >
          Choose all {items.length} shown
        </button>
        {customers.isFetching ? <Loading label="Searching…" /> : null}
      </search>
      <fieldset className="voice-picker">
        <legend className="visually-hidden">Customers to invite</legend>
        {items.map((item) => (
          <label key={item.id} className="checkbox">
            <input
              type="checkbox"
              checked={chosen.has(item.id)}
              onChange={(event) => toggle(item.id, item.name, event.target.checked)}
            />
            <span>
              {item.name}{' '}
              <span className="checkbox__description">{item.segment ?? 'No segment'}</span>
            </span>
          </label>
        ))}
      </fieldset>
      <div className="form__actions">
        <span aria-live="polite">{chosen.size} chosen</span>
        <button
          type="button"
          className="button"
          disabled={chosen.size === 0 || invite.isPending}
          onClick={() => send(true)}
        >
          Check who can be invited
        </button>
        <button
          type="button"
          className="button button--primary"
          disabled={chosen.size === 0 || !active || invite.isPending}
          onClick={() => send(false)}
        >
          {invite.isPending ? 'Working…' : `Make ${chosen.size === 1 ? 'the link' : 'the links'}`}
        </button>
        {chosen.size > 0 ? (
          <button
            type="button"
            className="button button--ghost"
            onClick={() => setChosen(new Map())}
          >
            Clear
          </button>
        ) : null}
      </div>
      <ProblemAlert error={invite.error} title="No links were made" />
      {invite.data ? <InvitationResult result={invite.data} /> : null}
    </section>
  );
}
