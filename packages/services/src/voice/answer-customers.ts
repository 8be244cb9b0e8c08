import type { TTransaction } from '@customeric/db';
import type { TAnswerProblem, TParsedAnswer } from '@customeric/domain';
import { sql } from 'drizzle-orm';
import { bigintArray, textArray } from '../common/sql-arrays.ts';

/** Who answered and what about, as stored with the answer. */
export interface TResolvedAnswer {
  customerId: string;
  contactId: string | null;
  segment: string | null;
  relationshipLevel: string;
  event: {
    id: string;
    type: string;
    departmentId: string | null;
    valueChainId: string | null;
    stageId: string | null;
  } | null;
}

type TResolution = { ok: true; value: TResolvedAnswer } | { ok: false; problems: TAnswerProblem[] };

const problem = (pointer: string, message: string): TResolution => ({
  ok: false,
  problems: [{ pointer, message }],
});

/** Every lookup a batch needs, one query per kind of reference. */
async function loadLookups(
  tx: TTransaction,
  answers: readonly TParsedAnswer[],
  customerSource: string | null,
) {
  const refs = answers.map((answer) => answer.customer);
  const externals = refs.flatMap((ref) => (ref.kind === 'external' ? [ref.externalId] : []));
  const emails = refs.flatMap((ref) => (ref.kind === 'email' ? [ref.email] : []));
  const keys = await tx.execute<{ source: string; external_id: string; customer_id: string }>(sql`
    SELECT source, external_id, customer_id FROM customer_external_keys
    WHERE external_id = ANY(${textArray(externals)})
      ${customerSource ? sql`AND source = ${customerSource}` : sql``}`);
  const byEmail = await tx.execute<{ email: string; id: string; customer_id: string }>(sql`
    SELECT email, id, customer_id FROM contacts WHERE email = ANY(${textArray(emails)})`);
  const contactIds = answers.flatMap((answer) => (answer.contactId ? [answer.contactId] : []));
  const contacts = await tx.execute<{ id: string; customer_id: string }>(sql`
    SELECT id, customer_id FROM contacts WHERE id = ANY(${textArray(contactIds)})`);
  const eventIds = answers.flatMap((answer) => (answer.eventId ? [answer.eventId.slice(4)] : []));
  const events = await tx.execute<{
    id: string;
    customer_id: string;
    type: string;
    department_id: string | null;
    value_chain_id: string | null;
    stage_id: string | null;
  }>(sql`
    SELECT id::text, customer_id, type, department_id, value_chain_id, stage_id FROM events
    WHERE id = ANY(${bigintArray(eventIds)})`);
  return {
    keys: keys.rows,
    emails: byEmail.rows,
    contacts: new Map(contacts.rows.map((row) => [row.id, row.customer_id])),
    events: new Map(events.rows.map((row) => [`evt_${row.id}`, row])),
  };
}

type TLookups = Awaited<ReturnType<typeof loadLookups>>;

type TFound = { id: string; contactId: string | null } | { pointer: string; message: string };

function customerOf(
  answer: TParsedAnswer,
  lookups: TLookups,
  customerSource: string | null,
): TFound {
  const ref = answer.customer;
  if (ref.kind === 'id') return { id: ref.id, contactId: null };
  if (ref.kind === 'email') {
    const found = lookups.emails.filter((row) => row.email === ref.email);
    const customers = new Set(found.map((row) => row.customer_id));
    if (customers.size === 1)
      return { id: found[0]?.customer_id as string, contactId: found[0]?.id ?? null };
    return customers.size === 0
      ? { pointer: '/contactEmail', message: `no contact has the e-mail ${ref.email}` }
      : {
          pointer: '/contactEmail',
          message: `contacts of ${customers.size} customers have this e-mail: name the customer instead`,
        };
  }
  const source = ref.source ?? customerSource;
  const found = lookups.keys.filter(
    (row) => row.external_id === ref.externalId && (!source || row.source === source),
  );
  const customers = new Set(found.map((row) => row.customer_id));
  if (customers.size === 1) return { id: found[0]?.customer_id as string, contactId: null };
  return customers.size === 0
    ? {
        pointer: '/customerExternalId',
        message: `no customer has the id ${ref.externalId}${source ? ` in ${source}` : ''}`,
      }
    : {
        pointer: '/customerExternalId',
        message: `the id ${ref.externalId} names customers in ${customers.size} systems: give customerSource`,
      };
}

/**
 * Finds the customer (and contact, and event) of each answer, and the customer's segment and
 * relationship level as they are now, to store with the answer.
 */
export async function resolveAnswerCustomers(
  tx: TTransaction,
  answers: readonly TParsedAnswer[],
  customerSource: string | null,
): Promise<TResolution[]> {
  const lookups = await loadLookups(tx, answers, customerSource);
  const found = answers.map((answer) => customerOf(answer, lookups, customerSource));
  const ids = found.flatMap((entry) => ('id' in entry ? [entry.id] : []));
  const customers = await tx.execute<{
    id: string;
    segment: string | null;
    relationship_level: string;
  }>(sql`
    SELECT id, segment, relationship_level FROM customers WHERE id = ANY(${textArray(ids)})`);
  const byId = new Map(customers.rows.map((row) => [row.id, row]));
  return answers.map((answer, index) => {
    const entry = found[index] as TFound;
    if (!('id' in entry)) return problem(entry.pointer, entry.message);
    const customer = byId.get(entry.id);
    if (!customer) return problem('/customerId', `no customer has the id ${entry.id}`);
    const contactId = answer.contactId ?? entry.contactId;
    if (answer.contactId && lookups.contacts.get(answer.contactId) !== customer.id)
      return problem('/contactId', 'is not a contact of this customer');
    const event = answer.eventId ? lookups.events.get(answer.eventId) : undefined;
    if (answer.eventId && event?.customer_id !== customer.id)
      return problem('/eventId', 'is not an event of this customer');
    return {
      ok: true,
      value: {
        customerId: customer.id,
        contactId,
        segment: customer.segment,
        relationshipLevel: customer.relationship_level,
        event: event
          ? {
              id: event.id,
              type: event.type,
              departmentId: event.department_id,
              valueChainId: event.value_chain_id,
              stageId: event.stage_id,
            }
          : null,
      },
    };
  });
}
