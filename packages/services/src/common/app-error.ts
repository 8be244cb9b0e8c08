import type { TProblemCode, TProblemFieldError } from '@customeric/contracts';

/** The one error type services throw; the API turns it into an RFC 9457 problem. */
export class AppError extends Error {
  readonly code: TProblemCode;
  readonly detail: string;
  readonly errors: TProblemFieldError[] | undefined;

  constructor(code: TProblemCode, options: { detail: string; errors?: TProblemFieldError[] }) {
    super(options.detail);
    this.name = 'AppError';
    this.code = code;
    this.detail = options.detail;
    this.errors = options.errors;
  }
}
