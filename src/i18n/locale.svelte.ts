import { LANGUAGES, type Language } from '../domain/plan';
import { interpolate, type MessageParams } from './define-messages';
import { messages, type MessageKey } from './messages';

const STORAGE_KEY = 'fideliza.language';

function initialLanguage(): Language {
  const saved = globalThis.localStorage?.getItem(STORAGE_KEY);
  if (saved && (LANGUAGES as readonly string[]).includes(saved)) return saved as Language;
  const asked = globalThis.navigator?.languages ?? [globalThis.navigator?.language ?? ''];
  return asked.some((tag) => tag?.toLowerCase().startsWith('es')) ? 'es' : 'en';
}

/** The interface language: chosen by the user and remembered, else the browser's if Spanish. */
class Locale {
  #language = $state<Language>(initialLanguage());

  get language(): Language {
    return this.#language;
  }

  set language(value: Language) {
    this.#language = value;
    globalThis.localStorage?.setItem(STORAGE_KEY, value);
    if (globalThis.document) document.documentElement.lang = value;
  }

  t = (key: MessageKey, params?: MessageParams): string => interpolate(messages[this.#language][key], params);

  /** For keys built at run time (a step id, an error code); falls back to the key itself. */
  tDynamic = (key: string, params?: MessageParams): string => {
    const table = messages[this.#language] as Record<string, Parameters<typeof interpolate>[0]>;
    return key in table ? interpolate(table[key], params) : key;
  };
}

export const locale = new Locale();
