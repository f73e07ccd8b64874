/**
 * The personal development plan ("routekaart"): chosen routes (a–j) with why, the needles they should
 * move, a status, concrete actions with reisgenoten and dated reflections; a log of conversations
 * with reisgenoten; and the review rhythm for reminders. One document per profile.
 */
import { z } from 'zod';
import { ROUTE_IDS } from '../../kernel/compass/model';
import { isoDateSchema, isoDateTimeSchema, needleIdSchema, routeIdSchema, uuidSchema } from '../../kernel/primitives';

export const PLAN_TEXT_MAX = 2000;
export const PLAN_SHORT_MAX = 200;

/** gepland → onderweg → afgerond, or gestopt; the transition rules are in shared/plan/status.ts. */
export const ROUTE_STATUSES = ['gepland', 'onderweg', 'afgerond', 'gestopt'] as const;
export type RouteStatus = (typeof ROUTE_STATUSES)[number];
export const routeStatusSchema = z.enum(ROUTE_STATUSES);

const text = z.string().trim().max(PLAN_TEXT_MAX);
const short = z.string().trim().min(1).max(PLAN_SHORT_MAX);

export const actionSchema = z.strictObject({
  id: uuidSchema,
  what: short,
  /** By when; null = no date. */
  due: isoDateSchema.nullable(),
  /** Reisgenoten: who travels along on this action. */
  companions: z.array(short).max(20),
  doneOn: isoDateSchema.nullable(),
});
export type PlanAction = z.infer<typeof actionSchema>;

export const routeReflectionSchema = z.strictObject({
  id: uuidSchema,
  date: isoDateSchema,
  text: text.min(1),
});
export type RouteReflection = z.infer<typeof routeReflectionSchema>;

export const chosenRouteSchema = z.strictObject({
  route: routeIdSchema,
  why: text,
  /** The needles (of the route's own dimension) this route should move: at least one. */
  needles: z.array(needleIdSchema).min(1).max(2),
  status: routeStatusSchema,
  chosenOn: isoDateSchema,
  actions: z.array(actionSchema).max(100),
  reflections: z.array(routeReflectionSchema).max(500),
});
export type ChosenRoute = z.infer<typeof chosenRouteSchema>;

export const conversationSchema = z.strictObject({
  id: uuidSchema,
  date: isoDateSchema,
  with: short,
  learned: text.min(1),
  /** The route this conversation served, if any. */
  route: routeIdSchema.nullable(),
});
export type Conversation = z.infer<typeof conversationSchema>;

export const REVIEW_RHYTHMS = [1, 2, 3, 4, 6, 12] as const;

export const PLAN_SCHEMA_VERSION = 1;
export const planDocumentSchema = z.strictObject({
  schemaVersion: z.literal(PLAN_SCHEMA_VERSION),
  profileId: uuidSchema,
  /** Review every N months (counted from the latest meetmoment); null = no reminders for reviews. */
  reviewEveryMonths: z.literal(REVIEW_RHYTHMS).nullable(),
  routes: z.array(chosenRouteSchema).max(ROUTE_IDS.length),
  conversations: z.array(conversationSchema).max(2000),
  updatedAt: isoDateTimeSchema,
});
export type PlanDocument = z.infer<typeof planDocumentSchema>;
