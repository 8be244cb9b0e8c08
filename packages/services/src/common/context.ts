import type { TDatabase } from '@customeric/db';
import type { TRole } from '@customeric/domain';

/** Who is acting: a signed-in person, or an integration through an API key. */
export interface TActor {
  orgId: string;
  userId: string | null;
  apiKeyId: string | null;
  role: TRole | null;
  scopes: readonly string[];
}

export interface TServiceContext {
  database: TDatabase;
  actor: TActor;
}
