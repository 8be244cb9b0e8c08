import { ZBridgePeople } from '@customeric/contracts';
import { useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';
import { CASES_QUERY_KEY } from './query-keys.ts';

export function useBridgePeople(departmentId: string) {
  return useQuery({
    queryKey: [...CASES_QUERY_KEY, 'bridges', departmentId],
    queryFn: ({ signal }) =>
      apiRequest('/api/case-bridges', {
        query: { departmentId: departmentId || undefined },
        schema: ZBridgePeople,
        signal,
      }),
  });
}
