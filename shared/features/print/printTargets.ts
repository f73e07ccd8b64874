/**
 * What can be printed, and the print route of each: `#/afdrukken/…`. One place for both sides: the
 * renderer's router parses these paths, main builds the hidden window's address from a target (it
 * never loads a path the renderer sends). The coach report names the 360° figures the coachee chose.
 */
import { z } from 'zod';
import { uuidSchema } from '../../kernel/primitives';
import { SET_KEYS, setKeySchema, type SetKey } from '../feedback/reportModel';

export const printTargetSchema = z.discriminatedUnion('kind', [
  /** One meetmoment: compass, scores, reflections. */
  z.strictObject({ kind: z.literal('meetmoment'), id: uuidSchema }),
  /** The 360° report of a closed round. */
  z.strictObject({ kind: z.literal('rapport'), roundId: uuidSchema }),
  /** Compass, priorities, plan, shared session notes and the chosen 360° figures (none: roundId null). */
  z.strictObject({
    kind: z.literal('coachrapport'),
    roundId: uuidSchema.nullable(),
    sets: z.array(setKeySchema).max(SET_KEYS.length),
    comments: z.boolean(),
  }),
]);
export type PrintTarget = z.infer<typeof printTargetSchema>;
export type CoachReportChoice = Extract<PrintTarget, { kind: 'coachrapport' }>;

const PREFIX = '/afdrukken';
const UUID = '([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})';
const COMMENTS = { with: 'met-opmerkingen', without: 'zonder-opmerkingen' } as const;

/** The path (after `#`) of a target's print route. Sets keep the report's order, once each. */
export function printPath(target: PrintTarget): string {
  switch (target.kind) {
    case 'meetmoment':
      return `${PREFIX}/meetmoment/${target.id}`;
    case 'rapport':
      return `${PREFIX}/rapport/${target.roundId}`;
    case 'coachrapport': {
      if (target.roundId === null) return `${PREFIX}/coachrapport`;
      const sets = SET_KEYS.filter((k) => target.sets.includes(k));
      return `${PREFIX}/coachrapport/${target.roundId}/${sets.length > 0 ? sets.join('+') : '-'}/${target.comments ? COMMENTS.with : COMMENTS.without}`;
    }
  }
}

function isSetKey(value: string): value is SetKey {
  return (SET_KEYS as readonly string[]).includes(value);
}

/** The target of a print path, or null when the path is not one (or names an unknown set). */
export function parsePrintPath(path: string): PrintTarget | null {
  const meetmoment = new RegExp(`^${PREFIX}/meetmoment/${UUID}$`).exec(path);
  if (meetmoment?.[1]) return { kind: 'meetmoment', id: meetmoment[1] };
  const report = new RegExp(`^${PREFIX}/rapport/${UUID}$`).exec(path);
  if (report?.[1]) return { kind: 'rapport', roundId: report[1] };
  if (path === `${PREFIX}/coachrapport`) return { kind: 'coachrapport', roundId: null, sets: [], comments: false };
  const coach = new RegExp(`^${PREFIX}/coachrapport/${UUID}/([a-z+-]+)/(${COMMENTS.with}|${COMMENTS.without})$`).exec(path);
  if (!coach?.[1] || !coach[2]) return null;
  const parts = coach[2] === '-' ? [] : coach[2].split('+');
  if (!parts.every(isSetKey)) return null;
  return { kind: 'coachrapport', roundId: coach[1], sets: SET_KEYS.filter((k) => parts.includes(k)), comments: coach[3] === COMMENTS.with };
}
