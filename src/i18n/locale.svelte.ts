import { LANGUAGES, type Language } from '../domain/plan';
import type { MessageParams } from './define-messages';
import { hasMessages, loadMessages } from './message-tables';
import type { MessageKey } from './messages';
import { wordsFor, wordsIn, type LanguageWords, type Words } from './words';

const STORAGE_KEY = 'fideliza.language';

function initialLanguage(): Language {
  const saved = globalThis.localStorage?.getItem(STORAGE_KEY);
  if (saved && (LANGUAGES as readonly string[]).includes(saved)) return saved as Language;
  const asked = globalThis.navigator?.languages ?? [globalThis.navigator?.language ?? ''];
  return asked.some((tag) => tag?.toLowerCase().startsWith('es')) ? 'es' : 'en';
}

/**
 * The interface language: chosen by the user and remembered, else the browser's if Spanish.
 * Only a loaded language is ever shown: the app waits for `ready()` before its first paint, and
 * a switch takes effect once the other language's texts have arrived. Words come from `words.ts`.
 */
class Locale {
  #language = $state<Language>(initialLanguage());
  /** The last language asked for, so that a slow fetch does not undo a later choice. */
  #wanted: Language = this.#language;
  #loaded = $state({ es: hasMessages('es'), en: hasMessages('en') });

  get language(): Language {
    return this.#language;
  }

  set language(value: Language) {
    void this.use(value).catch(() => {});
  }

  /** Switches to `value`, at once when its texts are loaded, else when they arrive (rejects if they cannot). */
  use(value: Language): Promise<void> {
    this.#wanted = value;
    if (hasMessages(value)) {
      this.#apply(value);
      return Promise.resolve();
    }
    return this.load(value).then(() => {
      if (this.#wanted === value) this.#apply(value);
    });
  }

  /** The current language's texts, before the first paint. */
  ready(): Promise<void> {
    return this.load(this.#language);
  }

  /** Whether a language's texts are here (reactive): a plan's own language may not be the interface's. */
  has(language: Language): boolean {
    return this.#loaded[language] || hasMessages(language);
  }

  /** Fetches a language's texts (a plan's, before its words are used) without switching to it. */
  async load(language: Language): Promise<void> {
    await loadMessages(language);
    this.#loaded[language] = true;
  }

  #apply(value: Language): void {
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
