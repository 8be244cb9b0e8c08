import { schema, withTenant } from '@customeric/db';
import { eq } from 'drizzle-orm';
import type { TServiceContext } from '../common/context.ts';

export async function logout(context: TServiceContext, sessionId: string): Promise<void> {
  await withTenant(context.database, context.actor.orgId, (tx) =>
    tx.delete(schema.sessions).where(eq(schema.sessions.id, sessionId)),
  );
}
