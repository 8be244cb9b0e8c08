import { CaseClocksPanel } from './case-clocks-panel.tsx';
import { CaseFollowUpPanel } from './case-follow-up-panel.tsx';
import { CaseProgrammePanel } from './case-programme-panel.tsx';

/** What the rest of issue 6 adds to a case page: its clocks, its closed loop, its executive. */
export function CaseProgrammeSections({ caseId }: { caseId: string }) {
  return (
    <>
      <CaseClocksPanel caseId={caseId} />
      <CaseFollowUpPanel caseId={caseId} />
      <CaseProgrammePanel caseId={caseId} />
    </>
  );
}
