import { type TUpdateUserRequest, ZUser } from '@customeric/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';
import { ACCESS_QUERY_KEY } from './query-keys.ts';

interface TUpdateUserInput {
  userId: string;
  changes: TUpdateUserRequest;
}

function updateUser({ userId, changes }: TUpdateUserInput) {
  return apiRequest(`/api/users/${encodeURIComponent(userId)}`, {
    method: 'PATCH',
    body: changes,
    schema: ZUser,
  });
}

export function useUpdateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateUser,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ACCESS_QUERY_KEY }),
  });
}
