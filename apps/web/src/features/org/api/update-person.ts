import { type TUpdatePersonRequest, ZPerson } from '@customeric/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';
import { ORG_QUERY_KEY } from './query-keys.ts';

interface TUpdatePersonInput {
  personId: string;
  changes: TUpdatePersonRequest;
}

function updatePerson({ personId, changes }: TUpdatePersonInput) {
  return apiRequest(`/api/org/people/${encodeURIComponent(personId)}`, {
    method: 'PATCH',
    body: changes,
    schema: ZPerson,
  });
}

export function useUpdatePerson() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updatePerson,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ORG_QUERY_KEY }),
  });
}
