export interface TBenchWorld {
  orgId: string;
  customerIds: string[];
  departmentIds: string[];
}

const TYPES = ['order.placed', 'invoice.issued', 'delivery.completed', 'call.completed', 'usage'];
const START = Date.UTC(2025, 0, 1);

/** Event number `index`, the same in the COPY baseline and through the API. */
export function generateEvent(world: TBenchWorld, index: number) {
  return {
    source: 'bench',
    externalId: `ev-${index}`,
    customer: world.customerIds[(index * 7) % world.customerIds.length] as string,
    type: TYPES[index % TYPES.length] as string,
    occurredAt: new Date(START + index * 15_000).toISOString(),
    department: world.departmentIds[index % world.departmentIds.length] as string,
    amount: index % 3 === 0 ? (index % 10_000) / 100 : null,
    attributes: { seq: index, channel: index % 2 ? 'web' : 'phone' },
  };
}

function escapeCopy(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n');
}

/** The same events as COPY text, made before the clock starts (like the API's bodies). */
export function buildCopyChunks(world: TBenchWorld, count: number): string[] {
  return [
    ...(function* () {
      let buffer = '';
      for (let index = 0; index < count; index++) {
        const event = generateEvent(world, index);
        const cells = [
          world.orgId,
          event.source,
          event.externalId,
          event.customer,
          event.type,
          event.occurredAt,
          event.department,
          event.amount === null ? '\\N' : event.amount.toFixed(2),
          escapeCopy(JSON.stringify(event.attributes)),
        ];
        buffer += `${cells.join('\t')}\n`;
        if (buffer.length > 1 << 16) {
          yield buffer;
          buffer = '';
        }
      }
      yield buffer;
    })(),
  ];
}

export const COPY_COLUMNS =
  '(org_id, source, external_id, customer_id, type, occurred_at, department_id, amount, attributes)';
