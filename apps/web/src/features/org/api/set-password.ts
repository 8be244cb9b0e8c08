import { ZUser } from '@customeric/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';
import { ORG_QUERY_KEY } from './query-keys.ts';

interface TSetPasswordInput {
  personId: string;
  password: string;
}

/** An administrator gives an imported person their first password (through Access's route). */
function setPassword({ personId, password }: TSetPasswordInput) {
  return apiRequest(`/api/users/${encodeURIComponent(personId)}`, {
    method: 'PATCH',
    body: { password },
    schema: ZUser,
  });
}

export function useSetPassword() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: setPassword,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ORG_QUERY_KEY }),
  });
}
