import { z } from 'zod';

/**
 * Every error code the API can answer, with its HTTP status and a title a person understands.
 * Services throw AppError with one of these codes; one error handler turns it into an
 * RFC 9457 problem. The `type` of a problem is `/problems/<code>`.
 */
export const PROBLEM_CODES = {
  validation_failed: { status: 400, title: 'The request is not valid' },
  bad_request: { status: 400, title: 'The request cannot be understood' },
  unauthenticated: { status: 401, title: 'You are not signed in' },
  invalid_credentials: { status: 401, title: 'The e-mail or password is wrong' },
  csrf_failed: { status: 403, title: 'The request did not carry a valid CSRF token' },
  forbidden: { status: 403, title: 'You may not do this' },
  not_found: { status: 404, title: 'Not found' },
  route_not_found: { status: 404, title: 'There is no such route' },
  method_not_allowed: { status: 405, title: 'This method is not allowed here' },
  conflict: { status: 409, title: 'This conflicts with what is already stored' },
  edit_conflict: { status: 409, title: 'Someone else changed this first' },
  link_used: { status: 409, title: 'This link has already been used' },
  link_expired: { status: 410, title: 'This link is no longer valid' },
  payload_too_large: { status: 413, title: 'The request body is too large' },
  idempotency_key_reused: {
    status: 422,
    title: 'This Idempotency-Key was used for another request',
  },
  invalid_transition: { status: 422, title: 'This status change is not allowed' },
  precondition_required: {
    status: 428,
    title: 'Say which version you are changing (If-Match)',
  },
  unsupported_media_type: { status: 415, title: 'This content type is not accepted' },
  rate_limited: { status: 429, title: 'Too many requests' },
  internal_error: { status: 500, title: 'Something went wrong on our side' },
  database_unavailable: { status: 503, title: 'The database is not reachable' },
} as const satisfies Record<string, { status: number; title: string }>;

export type TProblemCode = keyof typeof PROBLEM_CODES;

export const ZProblemFieldError = z.object({
  pointer: z.string().meta({ description: 'JSON pointer to the invalid field, e.g. /email' }),
  message: z.string(),
});

export const ZProblem = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    instance: z.string(),
    code: z.string(),
    requestId: z.string().optional(),
    errors: z.array(ZProblemFieldError).optional(),
  })
  .meta({ id: 'Problem', description: 'An RFC 9457 problem details object' });

export type TProblem = z.infer<typeof ZProblem>;
export type TProblemFieldError = z.infer<typeof ZProblemFieldError>;
