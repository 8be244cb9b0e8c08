import { ZScoreOverview } from '@customeric/contracts';
import { useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';

/** The CCO's key scores and the reasons for their latest move (one request). */
export function useScoreOverview() {
  return useQuery({
    queryKey: ['dashboard', 'score-overview'],
    queryFn: ({ signal }) => apiRequest('/api/scores/overview', { schema: ZScoreOverview, signal }),
  });
}
