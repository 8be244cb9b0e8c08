import { newId, type TDatabase, type TTransaction, withTenant } from '@customeric/db';
import { insertScoreAnswers, type TTestAnswer } from './score-answers.ts';

export interface TWhyWorld {
  promiseId: string;
  themeId: string;
  smallBusiness: string[];
  enterprise: string[];
}

/** Scores 10 ×5, 8 ×3, 4 ×2 in turn: NPS 30 for any ten customers in a row. */
const usual = (index: number) => [10, 10, 10, 10, 10, 8, 8, 8, 4, 4][index % 10] as number;

/** A tagged template that sends its values as query parameters ($1, $2…), arrays included. */
function sqlIn(tx: TTransaction) {
  return (strings: TemplateStringsArray, ...values: unknown[]) =>
    tx.$client.query(
      strings
        .slice(1)
        .reduce((text, part, index) => `${text}$${index + 1}${part}`, strings[0] ?? ''),
      values,
    );
}

async function insertBasics(tx: TTransaction, orgId: string) {
  const departmentId = newId('dep');
  const promiseId = newId('prm');
  const themeId = newId('thm');
  await sqlIn(tx)`INSERT INTO departments (org_id, id, name, function, customer_facing)
    VALUES (${orgId}, ${departmentId}, 'Billing', 'billing', true)`;
  await sqlIn(tx)`INSERT INTO promises (org_id, id, customer_wording, internal_name, owner_kind,
      owner_department_id, target_rate, rule)
    VALUES (${orgId}, ${promiseId}, 'The invoice equals the order', 'Invoice = order', 'department',
      ${departmentId}, 0.95, '{"kind":"match"}')`;
  await sqlIn(tx)`INSERT INTO themes (org_id, id, name) VALUES (${orgId}, ${themeId}, 'Delivery')`;
  return { departmentId, promiseId, themeId };
}

async function insertCustomers(tx: TTransaction, orgId: string, segment: string) {
  const ids = Array.from({ length: 40 }, () => newId('cus'));
  for (const id of ids)
    await sqlIn(
      tx,
    )`INSERT INTO customers (org_id, id, name, segment) VALUES (${orgId}, ${id}, ${`${segment} ${id}`}, ${segment})`;
  return ids;
}

/**
 * Two quarters of 2026: Q1 as usual (NPS 30 in both segments); in Q2 half of the Small
 * business customers get a broken "invoice equals the order" promise in April and answer 2
 * in May. Two Small business customers had one in Q1 too. Ten Enterprise answers in each
 * quarter are about delivery, which changes nothing. Three customers' cases bounced in Q2.
 */
export async function buildWhyWorld(database: TDatabase, orgId: string): Promise<TWhyWorld> {
  const world = await withTenant(database, orgId, async (tx) => {
    const basics = await insertBasics(tx, orgId);
    const smallBusiness = await insertCustomers(tx, orgId, 'Small business');
    const enterprise = await insertCustomers(tx, orgId, 'Enterprise');
    const breach = async (customerId: string, at: string) =>
      sqlIn(
        tx,
      )`INSERT INTO promise_breaches (org_id, id, promise_id, outcome_key, customer_id, broken_at, reason, evidence_event_ids, segment)
        VALUES (${orgId}, ${newId('brc')}, ${basics.promiseId}, ${`k-${customerId}-${at}`}, ${customerId}, ${at}, 'Invoice 1,200 for an order of 1,000', '{}', 'Small business')`;
    for (const customerId of smallBusiness.slice(0, 20))
      await breach(customerId, '2026-04-10T09:00:00Z');
    for (const customerId of smallBusiness.slice(38))
      await breach(customerId, '2026-01-10T09:00:00Z');
    for (const customerId of smallBusiness.slice(20, 23)) {
      const caseId = newId('cas');
      await sqlIn(
        tx,
      )`INSERT INTO cases (org_id, id, customer_id, subject, category, status_key, status_category, opened_at, department_id, department_since)
        VALUES (${orgId}, ${caseId}, ${customerId}, 'Wrong invoice', 'billing', 'new', 'open', '2026-04-02T09:00:00Z', ${basics.departmentId}, '2026-04-02T09:00:00Z')`;
      await sqlIn(
        tx,
      )`INSERT INTO case_handoffs (org_id, id, case_id, to_department_id, reason, is_bounce, at)
        VALUES (${orgId}, ${newId('hof')}, ${caseId}, ${basics.departmentId}, 'Back to billing', true, '2026-04-03T09:00:00Z')`;
    }
    return { ...basics, smallBusiness, enterprise };
  });
  const answers: TTestAnswer[] = [];
  const answer = (customerId: string, segment: string, score: number, answeredAt: string) =>
    answers.push({ customerId, segment, score, answeredAt, departmentId: world.departmentId });
  world.smallBusiness.forEach((id, index) => {
    answer(id, 'Small business', index >= 38 ? 3 : usual(index), '2026-02-15T10:00:00Z');
    answer(id, 'Small business', index < 20 ? 2 : usual(index), '2026-05-15T10:00:00Z');
  });
  world.enterprise.forEach((id, index) => {
    answer(id, 'Enterprise', usual(index), '2026-02-16T10:00:00Z');
    answer(id, 'Enterprise', usual(index), '2026-05-16T10:00:00Z');
  });
  await insertScoreAnswers(database, orgId, answers);
  await withTenant(
    database,
    orgId,
    (tx) =>
      sqlIn(tx)`INSERT INTO answer_themes (org_id, answer_id, theme_id, origin)
      SELECT org_id, id, ${world.themeId}, 'rule' FROM survey_answers
      WHERE segment = 'Enterprise' AND customer_id = ANY(${world.enterprise.slice(0, 10)}::text[])`,
  );
  return {
    promiseId: world.promiseId,
    themeId: world.themeId,
    smallBusiness: world.smallBusiness,
    enterprise: world.enterprise,
  };
}
