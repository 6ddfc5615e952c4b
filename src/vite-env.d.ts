/// <reference types="svelte" />
/// <reference types="vite/client" />
/// <reference types="vite-plugin-pwa/client" />

// One language of the message index (build/one-language-plugin.ts); typed where it is imported.
declare module '*?lang=es';
declare module '*?lang=en';
