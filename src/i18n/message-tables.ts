import type { Language } from '../domain/plan';
import type { messages } from './messages';

/** Every area's texts in one language, as the index `messages.ts` merges them. */
export type MessageTable = typeof messages.es;

type Index = { messages: typeof messages };

// Each language is a chunk of its own: the build keeps one language of every message file per
// import (build/one-language-plugin.ts), so only the language in use is downloaded.
const LOADERS: Record<Language, () => Promise<MessageTable>> = {
  es: () => (import('./messages?lang=es') as Promise<Index>).then((module) => module.messages.es),
  en: () => (import('./messages?lang=en') as Promise<Index>).then((module) => module.messages.en),
};

const loaded: Partial<Record<Language, MessageTable>> = {};
const loading: Partial<Record<Language, Promise<void>>> = {};

/** Fetches a language's table once (again after a failure); resolves when `messageTable` can give it. */
export function loadMessages(language: Language): Promise<void> {
  loading[language] ??= LOADERS[language]().then(
    (table) => void (loaded[language] = table),
    (error: unknown) => {
      delete loading[language];
      throw error;
    },
  );
  return loading[language];
}

export function hasMessages(language: Language): boolean {
  return language in loaded;
}

/** The table of a loaded language; a language nobody loaded is a bug in the caller, said plainly. */
export function messageTable(language: Language): MessageTable {
  const table = loaded[language];
  if (!table) throw new Error(`The ${language} texts are not loaded: await loadMessages('${language}') first.`);
  return table;
}
