import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

/** The portal's single-page app: built into dist/portal, served by the portal server. */
export default defineConfig({
  root,
  plugins: [react()],
  build: {
    outDir: fileURLToPath(new URL('../../dist/portal', import.meta.url)),
    emptyOutDir: true,
    chunkSizeWarningLimit: 1500,
  },
  // `npx vite --config apps/portal/vite.config.mts` for development, beside a running `npm start`.
  server: {
    proxy: { '/api': 'http://127.0.0.1:3000', '/portal': 'http://127.0.0.1:3000' },
  },
});
