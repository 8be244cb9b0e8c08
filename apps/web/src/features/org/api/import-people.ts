import { ZPeopleImportPreview, ZPeopleImportResult } from '@customeric/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';
import { ORG_QUERY_KEY } from './query-keys.ts';

function previewPeopleImport(csv: string) {
  return apiRequest('/api/org/people/import/preview', {
    method: 'POST',
    body: { csv },
    schema: ZPeopleImportPreview,
  });
}

export function usePreviewPeopleImport() {
  return useMutation({ mutationFn: previewPeopleImport });
}

function importPeople(input: { csv: string; previewHash: string }) {
  return apiRequest('/api/org/people/import', {
    method: 'POST',
    body: input,
    schema: ZPeopleImportResult,
  });
}

/** Sends the very file that was previewed, with the preview's hash: all of it or nothing. */
export function useImportPeople() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: importPeople,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ORG_QUERY_KEY }),
  });
}
