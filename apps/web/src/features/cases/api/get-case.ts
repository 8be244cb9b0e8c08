import { ZCaseDetail } from '@customeric/contracts';
import { useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';
import { CASES_QUERY_KEY } from './query-keys.ts';

export function useCaseDetail(caseId: string) {
  return useQuery({
    queryKey: [...CASES_QUERY_KEY, 'one', caseId],
    queryFn: ({ signal }) =>
      apiRequest(`/api/cases/${encodeURIComponent(caseId)}`, { schema: ZCaseDetail, signal }),
  });
}
