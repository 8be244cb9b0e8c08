import type { TValueChain } from '@customeric/contracts';
import { buildValueChainMap } from '@customeric/domain';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { EmptyState } from '../../../components/ui/empty-state.tsx';
import { Loading } from '../../../components/ui/loading.tsx';
import { ProblemAlert } from '../../../components/ui/problem-alert.tsx';
import { useCurrentSession } from '../../../lib/current-session.ts';
import { useCan } from '../../../lib/permissions.ts';
import { useDepartmentDirectory } from '../api/get-departments.ts';
import { useValueChain } from '../api/get-value-chains.ts';
import { useReplaceStages } from '../api/save-value-chain.ts';
import { HandoffList } from './handoff-list.tsx';
import { type TStageDraft, toDrafts } from './stage-draft.ts';
import { StagesEditor } from './stages-editor.tsx';
import { ValueChainDetails } from './value-chain-details.tsx';
import { ValueChainMap } from './value-chain-map.tsx';

/** Value Chain Managers edit the chains they manage; the CEO, the CCO and administrators all. */
function useChainAccess(chain: TValueChain) {
  const { user } = useCurrentSession();
  const canWrite = useCan('org.value_chains.write');
  const canManage =
    canWrite && (user.role !== 'value_chain_manager' || chain.managerId === user.id);
  return { canManage, canEditStages: canManage && !chain.archivedAt };
}

function ChainView({ chain }: { chain: TValueChain }) {
  const departments = useDepartmentDirectory();
  const { canManage, canEditStages: canEdit } = useChainAccess(chain);
  const replace = useReplaceStages();
  const [drafts, setDrafts] = useState<TStageDraft[]>(() => toDrafts(chain.stages));
  const saved = JSON.stringify(toDrafts(chain.stages));
  const dirty = JSON.stringify(drafts) !== saved;
  const shown = canEdit ? drafts : toDrafts(chain.stages);
  const nameOf = (id: string) => departments.data?.find((d) => d.id === id)?.name ?? '…';
  const map = buildValueChainMap(
    shown.map((d) => ({
      id: d.key,
      name: d.name || 'Unnamed',
      ownerDepartmentIds: d.ownerDepartmentIds,
    })),
    (departments.data ?? []).map((d) => ({ id: d.id, name: d.name })),
  );

  function save() {
    const stages = drafts.map(({ id, name, description, ownerDepartmentIds }) => ({
      ...(id ? { id } : {}),
      name: name.trim(),
      description,
      ownerDepartmentIds,
    }));
    replace.mutate(
      { id: chain.id, stages },
      { onSuccess: (next) => setDrafts(toDrafts(next.stages)) },
    );
  }

  return (
    <>
      <ValueChainDetails chain={chain} canEdit={canManage} />
      <section aria-labelledby="map-heading">
        <div className="section-heading">
          <h2 id="map-heading">The horizontal map</h2>
          <span className="muted">Stages left to right, departments top to bottom</span>
        </div>
        {map.stages.length === 0 ? (
          <EmptyState title="No stages yet">
            <p>
              {canEdit
                ? 'Add the first stage of the customer journey below.'
                : 'Nobody has drawn the journey of this chain yet.'}
            </p>
          </EmptyState>
        ) : (
          <>
            <ValueChainMap
              map={map}
              title={chain.name}
              // Measured breaches belong to the saved journey, not to a draft being rearranged.
              breaches={dirty ? undefined : chain.breaches}
            />
            <h3 className="map-subtitle">Handoffs between silos</h3>
            <HandoffList map={map} nameOf={nameOf} />
          </>
        )}
      </section>
      {canEdit ? (
        <StagesEditor
          drafts={drafts}
          onChange={setDrafts}
          departments={departments.data ?? []}
          dirty={dirty}
          saving={replace.isPending}
          error={replace.error}
          onSave={save}
          onDiscard={() => {
            setDrafts(toDrafts(chain.stages));
            replace.reset();
          }}
        />
      ) : null}
    </>
  );
}

export function ValueChainPage() {
  const { valueChainId = '' } = useParams();
  const chain = useValueChain(valueChainId);
  return (
    <section aria-labelledby="chain-title">
      <p className="breadcrumb">
        <Link to="/org/value-chains">Value chains</Link>
      </p>
      {chain.isPending ? <Loading label="Loading the value chain…" /> : null}
      <ProblemAlert error={chain.error} title="The value chain could not be loaded" />
      {chain.data ? <ChainView key={chain.data.id} chain={chain.data} /> : null}
    </section>
  );
}
