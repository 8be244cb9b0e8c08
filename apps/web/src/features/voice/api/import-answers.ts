import { type TAnswerImportResult, ZAnswerImportResult, ZProblem } from '@customeric/contracts';
import { getCsrfToken } from '../../../lib/api-client.ts';

export interface TUploadProgress {
  sent: number;
  total: number;
}

/**
 * Sends a CSV file of answers to the import route as it is (the server reads it as it
 * arrives), with XMLHttpRequest because fetch cannot report upload progress.
 */
export function uploadAnswerFile(
  surveyId: string,
  file: File,
  customerSource: string,
  onProgress: (progress: TUploadProgress) => void,
): { done: Promise<TAnswerImportResult>; abort: () => void } {
  const request = new XMLHttpRequest();
  const query = customerSource ? `?customerSource=${encodeURIComponent(customerSource)}` : '';
  const done = new Promise<TAnswerImportResult>((resolve, reject) => {
    request.open('POST', `/api/surveys/${encodeURIComponent(surveyId)}/answers:import${query}`);
    request.setRequestHeader('content-type', 'text/csv');
    request.setRequestHeader('accept', 'application/json, application/problem+json');
    const csrf = getCsrfToken();
    if (csrf) request.setRequestHeader('x-csrf-token', csrf);
    request.upload.onprogress = (event) =>
      onProgress({ sent: event.loaded, total: event.total || file.size });
    request.onerror = () =>
      reject(new Error('The server cannot be reached; check your connection and try again.'));
    request.onabort = () => reject(new Error('The upload was stopped.'));
    request.onload = () => {
      try {
        const body = JSON.parse(request.responseText);
        if (request.status === 200) return resolve(ZAnswerImportResult.parse(body));
        const problem = ZProblem.safeParse(body);
        reject(
          new Error(
            problem.success ? problem.data.detail : `The server answered ${request.status}.`,
          ),
        );
      } catch {
        reject(
          new Error(
            `The server answered ${request.status} in a form this page does not understand.`,
          ),
        );
      }
    };
    request.send(file);
  });
  return { done, abort: () => request.abort() };
}
