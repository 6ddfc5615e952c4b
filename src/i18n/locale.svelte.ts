import { LANGUAGES, type Language } from '../domain/plan';
import type { MessageParams } from './define-messages';
import type { MessageKey } from './messages';
import { wordsFor, wordsIn, type LanguageWords, type Words } from './words';

const STORAGE_KEY = 'fideliza.language';

function initialLanguage(): Language {
  const saved = globalThis.localStorage?.getItem(STORAGE_KEY);
  if (saved && (LANGUAGES as readonly string[]).includes(saved)) return saved as Language;
  const asked = globalThis.navigator?.languages ?? [globalThis.navigator?.language ?? ''];
  return asked.some((tag) => tag?.toLowerCase().startsWith('es')) ? 'es' : 'en';
}

/** The interface language: chosen by the user and remembered, else the browser's if Spanish. Words come from `words.ts`. */
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

  /** The interface language's words without money (numbers, shares, dates). */
  get words(): LanguageWords {
    return wordsIn(this.#language);
  }

  /** The interface language's words with money in a plan's currency. */
  wordsWith = (currency: string): Words => wordsFor(this.#language, currency);

  t = (key: MessageKey, params?: MessageParams): string => wordsIn(this.#language).t(key, params);
}

export const locale = new Locale();
