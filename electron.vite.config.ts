import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import type { Plugin } from 'vite';
import { contentSecurityPolicy } from './src/main/security-policy';

// The page's CSP comes from the same constant the Electron session and the harness send,
// minus frame-ancestors, which a <meta> tag cannot carry.
const cspMeta: Plugin = {
  name: 'thu-ky-csp-meta',
  transformIndexHtml: (html) =>
    html.replace(
      '%CONTENT_SECURITY_POLICY%',
      contentSecurityPolicy
        .split('; ')
        .filter((d) => !d.startsWith('frame-ancestors'))
        .join('; '),
    ),
};

export default defineConfig({
  main: {
    build: {
      rollupOptions: {
        input: {
          index: 'src/main/index.ts',
          // The services' thread, and the browser door that reuses it (see README).
          'data-worker': 'src/main/host/data-worker.ts',
          'parse-worker': 'src/main/import/parse-worker.ts',
          harness: 'src/harness/main.ts',
        },
      },
    },
  },
  preload: {
    build: {
      // A sandboxed preload can load no module from disk: bundle everything, as CommonJS.
      externalizeDeps: false,
      rollupOptions: {
        input: { index: 'src/preload/index.ts' },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: 'src/renderer',
    build: { rollupOptions: { input: 'src/renderer/index.html' } },
    plugins: [react(), cspMeta],
  },
});
