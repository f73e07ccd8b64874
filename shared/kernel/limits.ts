/** Limits on what users can type, shared by the forms and the schemas. */
export const REFLECTION_MAX = 2000;
/** A respondent's comment (each open question, each needle): spec §2. */
export const COMMENT_MAX = 2000;
