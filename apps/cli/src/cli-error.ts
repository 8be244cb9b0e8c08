import { AppError } from '@customeric/services';
import { ZodError } from 'zod';

/** A mistake the person at the terminal can fix: printed as is, without a stack. */
export class CliError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CliError';
  }
}

/** Turns Zod issues into one line per field, e.g. "role: must be one of …". */
export function describeZodError(error: ZodError, subject: string): string {
  const lines = error.issues.map((issue) => {
    // Zod's own wording for enums ('expected one of "a"|"b"') reads like code; list them plainly.
    const message =
      issue.code === 'invalid_value' ? `must be one of ${issue.values.join(', ')}` : issue.message;
    return `  ${issue.path.join('.') || 'value'}: ${message}`;
  });
  return `The ${subject} is not valid:\n${lines.join('\n')}`;
}

/** The text to show for an error that ends a command; stacks only when asked for. */
export function describeError(error: unknown, verbose: boolean): string {
  if (error instanceof CliError) return error.message;
  if (error instanceof AppError) {
    const fields = (error.errors ?? []).map(
      (field) => `\n  ${field.pointer.slice(1)}: ${field.message}`,
    );
    return `${error.detail}${fields.join('')}`;
  }
  if (error instanceof ZodError) return describeZodError(error, 'input');
  const message = error instanceof Error ? error.message : String(error);
  const stack = verbose && error instanceof Error && error.stack ? `\n${error.stack}` : '';
  return `Error: ${message}${stack}`;
}
