import { resolve } from 'node:path';
import { defineConfig, mergeConfig } from 'vite';
import base from './vite.config.js';

// `npm run build:demo`: the sandbox as a static site (MSW's worker and the mocks included) in
// demo-dist/, with relative URLs so it works from any folder of any static file server.
export default mergeConfig(
  { ...base, build: {} },
  defineConfig({
    base: './',
    build: {
      target: 'es2022',
      outDir: 'demo-dist',
      emptyOutDir: true,
      copyPublicDir: true,
      rolldownOptions: {
        input: {
          helpdesk: resolve(import.meta.dirname, 'demo/index.html'),
          crm: resolve(import.meta.dirname, 'demo/crm.html'),
          inbox: resolve(import.meta.dirname, 'demo/inbox.html'),
          log: resolve(import.meta.dirname, 'demo/log.html'),
          playground: resolve(import.meta.dirname, 'demo/playground.html'),
          secure: resolve(import.meta.dirname, 'demo/secure.html'),
          hostile: resolve(import.meta.dirname, 'demo/hostile-input.html'),
          api: resolve(import.meta.dirname, 'demo/api.html'),
          react: resolve(import.meta.dirname, 'demo/react.html'),
          vue: resolve(import.meta.dirname, 'demo/vue.html'),
        },
      },
    },
  }),
);
