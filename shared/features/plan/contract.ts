/** The routekaart: routes with why, needles, status, actions and reflections; conversations; reminders. */
import { z } from 'zod';
import { isoDateSchema, routeIdSchema, uuidSchema } from '../../kernel/primitives';
import { op, profileOnly, profileScope } from '../../contract/op';
import { actionSchema, chosenRouteSchema, conversationSchema, planDocumentSchema, routeReflectionSchema, routeStatusSchema } from './schemas';

/** The plan as the UI sees it (the stored document without its bookkeeping). */
export const planViewSchema = z.strictObject({
  reviewEveryMonths: planDocumentSchema.shape.reviewEveryMonths,
  routes: z.array(chosenRouteSchema),
  conversations: z.array(conversationSchema),
});
export type PlanView = z.infer<typeof planViewSchema>;

/**
 * Something due: a review of the compass, an action of the plan, or the next coaching session (from
 * the newest session note, shared/features/notes/reminders.ts). Dates are local calendar dates.
 */
export const dueItemSchema = z.strictObject({
  kind: z.enum(['review', 'session', 'action']),
  due: isoDateSchema,
  overdue: z.boolean(),
  route: routeIdSchema.nullable(),
  actionId: uuidSchema.nullable(),
  what: z.string(),
});
export type DueItem = z.infer<typeof dueItemSchema>;

const routeInput = { ...profileScope, route: routeIdSchema };
const routeFields = { ...routeInput, why: chosenRouteSchema.shape.why, needles: chosenRouteSchema.shape.needles };
const actionInput = { what: actionSchema.shape.what, due: actionSchema.shape.due, companions: actionSchema.shape.companions };

export const planContract = {
  getPlan: op(profileOnly, planViewSchema),
  chooseRoute: op(z.strictObject(routeFields), planViewSchema),
  updateRoute: op(z.strictObject(routeFields), planViewSchema),
  setRouteStatus: op(z.strictObject({ ...routeInput, status: routeStatusSchema }), planViewSchema),
  removeRoute: op(z.strictObject(routeInput), planViewSchema),
  addAction: op(z.strictObject({ ...routeInput, ...actionInput }), planViewSchema),
  updateAction: op(z.strictObject({ ...routeInput, id: uuidSchema, ...actionInput, done: z.boolean() }), planViewSchema),
  removeAction: op(z.strictObject({ ...routeInput, id: uuidSchema }), planViewSchema),
  addRouteReflection: op(z.strictObject({ ...routeInput, date: isoDateSchema, text: routeReflectionSchema.shape.text }), planViewSchema),
  addConversation: op(conversationSchema.omit({ id: true }).extend(profileScope), planViewSchema),
  removeConversation: op(z.strictObject({ ...profileScope, id: uuidSchema }), planViewSchema),
  setReviewRhythm: op(z.strictObject({ ...profileScope, months: planDocumentSchema.shape.reviewEveryMonths }), planViewSchema),
  getReminders: op(profileOnly, z.strictObject({ today: isoDateSchema, items: z.array(dueItemSchema) })),
} as const;
