import { ZCommitmentSummary } from '@customeric/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';
import { ORG_QUERY_KEY } from './query-keys.ts';

function getCommitmentQueryOptions() {
  return queryOptions({
    queryKey: [...ORG_QUERY_KEY, 'commitment'],
    queryFn: ({ signal }) =>
      apiRequest('/api/org/commitment', { schema: ZCommitmentSummary, signal }),
  });
}

export function useCommitmentSummary(enabled = true) {
  return useQuery({ ...getCommitmentQueryOptions(), enabled });
}
