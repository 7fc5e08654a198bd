import { resolve } from 'node:path';
import { defineConfig } from 'vite';

// Two pages: the investigator console at / and GraphiQL at /graphiql. The server serves dist/
// (copied into its output as wwwroot/ by the .NET build); nothing is fetched from a CDN.
export default defineConfig({
  base: '/',
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 6000,
    rolldownOptions: {
      // GraphiQL's dependencies carry React's "use client" directives, meaningless in a bundle.
      onwarn(warning, warn) {
        if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
      },
      input: {
        console: resolve(import.meta.dirname, 'index.html'),
        graphiql: resolve(import.meta.dirname, 'graphiql.html'),
      },
    },
  },
});
