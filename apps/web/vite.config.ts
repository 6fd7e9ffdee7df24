import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { compression } from 'vite-plugin-compression2';

const apiPort = process.env.API_PORT ?? '3000';

export default defineConfig(({ isSsrBuild }) => ({
  plugins: [
    react(),
    // .br and .gz beside every text asset over 1 KB, made once here at full strength: the API
    // serves them as they are (preCompressed in plugins/static-web.ts) instead of compressing
    // the same bytes on every request.
    isSsrBuild ? null : compression({ algorithms: ['brotliCompress', 'gzip'], threshold: 1024 }),
  ],
  server: {
    port: 5173,
    strictPort: true,
    // Same-origin /api in dev as in production, where the API serves the built app itself.
    proxy: { '/api': `http://localhost:${apiPort}` },
  },
  // `vite build --ssr src/entry-server.tsx` (the server renderer the API loads): npm packages stay
  // external and load from node_modules; workspace packages are bundled.
  build: isSsrBuild
    ? { outDir: 'dist-server', emptyOutDir: true, target: 'node20' }
    : {
        outDir: 'dist',
        emptyOutDir: true,
        target: 'es2022',
        // Pages are split by the router's `lazy` imports. On top of that, libraries get chunks of
        // their own: they change far less often than our code, so a deploy does not make returning
        // visitors download React again. zod is needed only by pages that fetch data.
        rolldownOptions: {
          output: {
            advancedChunks: {
              groups: [
                {
                  name: 'vendor',
                  test: /node_modules[\\/](react|react-dom|scheduler|react-router|@tanstack)[\\/]/,
                },
                // With its configuration (src/lib/zod-config.ts), so that it is set before any
                // other chunk builds a schema.
                { name: 'zod', test: /node_modules[\\/]zod[\\/]|src[\\/]lib[\\/]zod-config/ },
              ],
            },
          },
        },
      },
}));
