import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { VitePWA } from 'vite-plugin-pwa';
import { oneLanguagePlugin } from './build/one-language-plugin.ts';

export default defineConfig({
  base: './',
  plugins: [
    oneLanguagePlugin(),
    svelte(),
    VitePWA({
      registerType: 'prompt',
      injectRegister: false,
      includeAssets: ['favicon.svg'],
      manifest: {
        name: 'Fideliza: plan de marketing relacional',
        short_name: 'Fideliza',
        description: 'Plan de marketing relacional con datos reales, sin salir del navegador',
        lang: 'es',
        start_url: './',
        scope: './',
        display: 'standalone',
        background_color: '#f4f6f9',
        theme_color: '#1f5f8b',
        icons: [
          { src: 'favicon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
          { src: 'icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: 'icon-512.png', sizes: '512x512', type: 'image/png' },
        ],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,png,ttf,woff2,webmanifest}'],
        maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
        navigateFallback: 'index.html',
        cleanupOutdatedCaches: true,
      },
    }),
  ],
  build: {
    target: 'es2022',
    sourcemap: false,
    rolldownOptions: {
      output: {
        // V8 compiles a function on its first call, by default: the first chart drawn paid for
        // ECharts' (30–40 ms of a 60 ms task). This comment has Chromium compile the whole
        // chunk while it loads, off the main thread.
        postBanner: (chunk) => (chunk.name === 'echarts-setup' ? '//# allFunctionsCalledOnLoad' : ''),
      },
    },
  },
  worker: {
    format: 'es',
    // The same for the diagnosis worker, loaded when step 1 opens: compiling as the first file was
    // read took it 70–100 ms, now spent before the file is picked.
    rolldownOptions: { output: { postBanner: (chunk) => (chunk.name.startsWith('diagnosis.worker') ? '//# allFunctionsCalledOnLoad' : '') } },
  },
  resolve: process.env.VITEST ? { conditions: ['browser'] } : undefined,
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'jsdom',
          include: ['test/**/*.test.ts'],
          exclude: ['test/e2e/**'],
          setupFiles: ['test/setup.ts'],
          // A component test waits for what it expects; the limit only catches a hang, not a slow machine.
          testTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['test/e2e/**/*.e2e.ts'],
          globalSetup: ['test/e2e/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
