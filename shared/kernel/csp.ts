/**
 * The one Content-Security-Policy of the app, sent with every page in Electron (app:// protocol)
 * and in browser mode. No remote origins, no inline scripts, no eval.
 */
export const CONTENT_SECURITY_POLICY =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; font-src 'self'; " +
  "connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'; object-src 'none'";
