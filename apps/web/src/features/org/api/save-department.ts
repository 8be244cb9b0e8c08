import {
  type TCreateDepartmentRequest,
  type TUpdateDepartmentRequest,
  ZDepartment,
} from '@customeric/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';
import { ORG_QUERY_KEY } from './query-keys.ts';

type TSaveDepartmentInput =
  | { departmentId: null; changes: TCreateDepartmentRequest }
  | { departmentId: string; changes: TUpdateDepartmentRequest };

function saveDepartment({ departmentId, changes }: TSaveDepartmentInput) {
  if (departmentId === null)
    return apiRequest('/api/org/departments', {
      method: 'POST',
      body: changes,
      schema: ZDepartment,
    });
  return apiRequest(`/api/org/departments/${encodeURIComponent(departmentId)}`, {
    method: 'PATCH',
    body: changes,
    schema: ZDepartment,
  });
}

/** Creates (departmentId null) or changes a department, archiving included. */
export function useSaveDepartment() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: saveDepartment,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ORG_QUERY_KEY }),
  });
}
