/**
 * The standalone respondent form (renderer/respond): one self-contained HTML file with all JS and CSS
 * inline, so it opens from file:// in any current browser. Build: npx vite build --config vite.respond.config.ts
 * The app fills in the invitation with embedInvitation() (shared/exchange/invitation.ts).
 */
import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import { viteSingleFile } from 'vite-plugin-singlefile';
import { aliases } from './aliases.config';

export default defineConfig({
  root: resolve(import.meta.dirname, 'renderer/respond'),
  base: './',
  publicDir: false,
  resolve: { alias: aliases },
  plugins: [viteSingleFile({ removeViteModuleLoader: true })],
  build: {
    outDir: resolve(import.meta.dirname, 'out/respond'),
    emptyOutDir: true,
    minify: true,
    cssMinify: true,
    modulePreload: false,
    reportCompressedSize: false,
  },
});
