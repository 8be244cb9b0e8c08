import { withOwnerBypassingRls } from '../lib/events-database.ts';
import { round } from '../lib/report.ts';
import { insertAnswers, readIndexes } from './generate.ts';
import type { TBenchOrganization } from './seed.ts';
import { buildWhyWorld } from './why-world.ts';

const TABLES = [
  'survey_answers',
  'score_counts',
  'promises',
  'themes',
  'customers',
  'promise_breaches',
  'cases',
  'case_handoffs',
  'answer_themes',
];

/**
 * Loads as the owner with the secondary indexes of survey_answers dropped, then builds them
 * again from their own definitions and analyses, the usual way to bulk-load. The score counts
 * are kept by the trigger during the load, as for any insert. Returns the seconds it took.
 */
export async function bulkLoad(
  ownerUrl: string,
  work: {
    table: { org: TBenchOrganization; from: number; to: number } | null;
    why: { org: TBenchOrganization; answers: number } | null;
  },
): Promise<{ loadSeconds: number; indexSeconds: number }> {
  return withOwnerBypassingRls(ownerUrl, TABLES, async (client) => {
    const indexes = await readIndexes(client);
    for (const index of indexes)
      await client.query(
        index.constraint
          ? `ALTER TABLE survey_answers DROP CONSTRAINT ${index.name}`
          : `DROP INDEX ${index.name}`,
      );
    const started = performance.now();
    if (work.why) await buildWhyWorld(client, work.why.org, work.why.answers);
    if (work.table) await insertAnswers(client, work.table.org, work.table.from, work.table.to);
    const loaded = performance.now();
    await client.query("SET maintenance_work_mem = '512MB'");
    for (const index of indexes) {
      if (index.constraint) {
        const columns = /\((.*)\)$/.exec(index.definition)?.[1] ?? '';
        await client.query(
          `ALTER TABLE survey_answers ADD CONSTRAINT ${index.name} UNIQUE (${columns})`,
        );
      } else await client.query(index.definition);
    }
    // Every loaded table, as autovacuum would in time: without statistics the first "why"
    // was planned blind (a minute, where it takes seconds once the tables are analysed).
    for (const table of TABLES) await client.query(`VACUUM ANALYZE ${table}`);
    return {
      loadSeconds: round((loaded - started) / 1000, 1),
      indexSeconds: round((performance.now() - loaded) / 1000, 1),
    };
  });
}
