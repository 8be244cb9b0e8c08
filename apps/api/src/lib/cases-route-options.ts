import type { TDatabase } from '@customeric/db';
import type { TMailer } from '@customeric/services';

/** What the case routes are given: the database, and the mailer (null: e-mail not set up). */
export interface TCasesRoutesOptions {
  database: TDatabase;
  mailer: TMailer | null;
}
