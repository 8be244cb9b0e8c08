import type { TDatabase } from '@customeric/db';
import type { TMailer } from '@customeric/services';

/** What the routes of clocks, the executive programme, the closed loop and bridges are given. */
export interface TCaseProgrammeRoutesOptions {
  database: TDatabase;
  mailer: TMailer | null;
}
