import type { TScoreDimension } from '@customeric/contracts';
import type { TTransaction } from '@customeric/db';
import { RELATIONSHIP_LEVEL_LABELS } from '@customeric/domain';
import { sql } from 'drizzle-orm';

const NONE: Record<TScoreDimension, string> = {
  department: 'No department',
  stage: 'No stage',
  value_chain: 'No value chain',
  segment: 'No segment',
  relationship_level: 'No relationship level',
};

async function namesOf(tx: TTransaction, dimension: TScoreDimension): Promise<Map<string, string>> {
  if (dimension === 'segment') return new Map();
  if (dimension === 'relationship_level')
    return new Map(
      Object.entries(RELATIONSHIP_LEVEL_LABELS).map(([key, label]) => [
        key,
        label.split(' — ')[0] ?? key,
      ]),
    );
  const query =
    dimension === 'department'
      ? sql`SELECT id, name FROM departments`
      : dimension === 'value_chain'
        ? sql`SELECT id, name FROM value_chains`
        : sql`SELECT s.id, s.name || ' (' || c.name || ')' AS name FROM value_chain_stages s
              JOIN value_chains c ON c.id = s.value_chain_id`;
  const result = await tx.execute<{ id: string; name: string }>(query);
  return new Map(result.rows.map((row) => [row.id, row.name]));
}

/** Turns stored dimension values into the names people read ('' becomes "No segment"…). */
export async function loadDimensionLabels(tx: TTransaction, dimension: TScoreDimension) {
  const names = await namesOf(tx, dimension);
  return (value: string): string => {
    if (value === '') return NONE[dimension];
    return names.get(value) ?? value;
  };
}
