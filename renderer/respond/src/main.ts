/** Entry of the respondent form: read the invitation, then show the form or a clear message. */
import { startForm } from './app';
import { readInvitation } from './invitation';
import { renderProblem } from './problem';
import { canEncrypt, saveResponse } from './save';

const root = document.getElementById('app');
if (root !== null) {
  const result = readInvitation(document);
  if (!result.ok) renderProblem(root, result.problem);
  else if (!canEncrypt()) renderProblem(root, 'noCrypto');
  else startForm(root, result.invitation, { save: saveResponse, newId: () => globalThis.crypto.randomUUID() });
}
