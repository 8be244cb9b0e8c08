import type { TCreateSurveyRequest } from '@customeric/contracts';
import { schema, type TTransaction } from '@customeric/db';
import { CUSTOM_SCALE_LIMITS, FIXED_SCALES, type TSurveyKind } from '@customeric/domain';
import { and, eq, isNull } from 'drizzle-orm';
import { AppError } from '../common/app-error.ts';

type TPlacement = Pick<TCreateSurveyRequest, 'departmentId' | 'valueChainId' | 'stageId'>;

function invalid(pointer: string, message: string, detail: string): AppError {
  return new AppError('validation_failed', { detail, errors: [{ pointer, message }] });
}

/** The department and value chain exist (and are not archived); the stage is of that chain. */
export async function assertPlacement(tx: TTransaction, placement: TPlacement): Promise<void> {
  if (placement.departmentId) {
    const [found] = await tx
      .select({ id: schema.departments.id })
      .from(schema.departments)
      .where(
        and(
          eq(schema.departments.id, placement.departmentId),
          isNull(schema.departments.archivedAt),
        ),
      );
    if (!found)
      throw invalid(
        '/departmentId',
        'is not a department of this organisation',
        `There is no department ${placement.departmentId}.`,
      );
  }
  if (placement.valueChainId) {
    const [found] = await tx
      .select({ id: schema.valueChains.id })
      .from(schema.valueChains)
      .where(
        and(
          eq(schema.valueChains.id, placement.valueChainId),
          isNull(schema.valueChains.archivedAt),
        ),
      );
    if (!found)
      throw invalid(
        '/valueChainId',
        'is not a value chain of this organisation',
        `There is no value chain ${placement.valueChainId}.`,
      );
  }
  if (placement.stageId) {
    const [found] = await tx
      .select({ chain: schema.valueChainStages.valueChainId })
      .from(schema.valueChainStages)
      .where(eq(schema.valueChainStages.id, placement.stageId));
    if (!found || found.chain !== placement.valueChainId)
      throw invalid(
        '/stageId',
        'is not a stage of the chosen value chain',
        `The stage ${placement.stageId} is not a stage of that value chain.`,
      );
  }
}

/** NPS, CSAT and CES have fixed scales; a custom survey keeps the one it asks for (1–5 by default). */
export function scaleFor(
  kind: TSurveyKind,
  asked: { scaleMin?: number | undefined; scaleMax?: number | undefined },
): { scaleMin: number; scaleMax: number } {
  if (kind !== 'custom')
    return { scaleMin: FIXED_SCALES[kind].min, scaleMax: FIXED_SCALES[kind].max };
  const scaleMin = asked.scaleMin ?? 1;
  const scaleMax = asked.scaleMax ?? 5;
  if (
    scaleMin < CUSTOM_SCALE_LIMITS.lowest ||
    scaleMax > CUSTOM_SCALE_LIMITS.highest ||
    scaleMax - scaleMin + 1 < CUSTOM_SCALE_LIMITS.minPoints
  )
    throw invalid(
      '/scaleMax',
      'must make a scale of 2 to 11 points between 0 and 10',
      'A custom scale runs from 0 to 10 at most, with at least two points.',
    );
  return { scaleMin, scaleMax };
}

function isUniqueViolation(error: unknown): boolean {
  const cause = (error as { cause?: { code?: string }; code?: string }) ?? {};
  return cause.code === '23505' || cause.cause?.code === '23505';
}

/** Turns the unique-name index's refusal into a 409 that names the field. */
export function explainNameTaken(what: 'survey' | 'theme', name: string) {
  return (error: unknown): never => {
    if (!isUniqueViolation(error)) throw error;
    throw new AppError('conflict', {
      detail: `There is already a ${what} named “${name}”.`,
      errors: [{ pointer: '/name', message: `is already the name of another ${what}` }],
    });
  };
}
