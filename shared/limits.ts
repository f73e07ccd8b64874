/** Limits on what users can type, shared by the forms and the schemas. */
export const REFLECTION_MAX = 2000;
