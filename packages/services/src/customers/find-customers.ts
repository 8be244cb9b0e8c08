import type { TCustomer, TCustomerListQuery, TPage } from '@customeric/contracts';
import { schema, withTenant } from '@customeric/db';
import { and, eq, type SQL, sql } from 'drizzle-orm';
import type { TServiceContext } from '../common/context.ts';
import { buildKeyset } from '../common/sort-cursor.ts';
import { selectCustomers, toCustomers } from './customer-query.ts';

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (char) => `\\${char}`);
}

/** Name (anywhere in it), a contact's e-mail (anywhere) or an external id (from its start). */
function searchFilter(q: string): SQL {
  const anywhere = `%${escapeLike(q)}%`;
  const prefix = `${escapeLike(q)}%`;
  return sql`(${schema.customers.name} ILIKE ${anywhere}
    OR EXISTS (SELECT 1 FROM contacts c WHERE c.org_id = ${schema.customers.orgId}
      AND c.customer_id = ${schema.customers.id} AND c.email ILIKE ${anywhere})
    OR EXISTS (SELECT 1 FROM customer_external_keys k WHERE k.org_id = ${schema.customers.orgId}
      AND k.customer_id = ${schema.customers.id} AND k.external_id ILIKE ${prefix}))`;
}

export async function findCustomers(
  context: TServiceContext,
  query: TCustomerListQuery,
): Promise<TPage<TCustomer>> {
  const keyset = buildKeyset<{ id: string; name: string }>({
    sort: query.sort,
    cursor: query.cursor,
    id: schema.customers.id,
    fields: {
      name: {
        expression: sql`lower(${schema.customers.name})`,
        valueOf: (row) => row.name.toLowerCase(),
      },
      createdAt: { expression: schema.customers.id, valueOf: (row) => row.id },
    },
  });
  const filters = [
    keyset.where,
    query.q ? searchFilter(query.q) : undefined,
    query.status ? eq(schema.customers.status, query.status) : undefined,
    query.relationshipLevel
      ? eq(schema.customers.relationshipLevel, query.relationshipLevel)
      : undefined,
    query.segment ? eq(schema.customers.segment, query.segment) : undefined,
  ];
  return withTenant(context.database, context.actor.orgId, async (tx) => {
    const rows = await selectCustomers(tx)
      .where(and(...filters))
      .orderBy(...keyset.orderBy)
      .limit(query.limit + 1);
    const page = keyset.toPage(rows, query.limit, (row) => row);
    return { items: await toCustomers(tx, page.items), nextCursor: page.nextCursor };
  });
}
