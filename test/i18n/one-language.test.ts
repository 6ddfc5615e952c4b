import { describe, expect, it } from 'vitest';
import { messages } from '../../src/i18n/messages';
import type { MessageTable } from '../../src/i18n/message-tables';
import * as spanishIndex from '../../src/i18n/messages?lang=es';
import * as englishIndex from '../../src/i18n/messages?lang=en';

type Index = { messages: { es: MessageTable; en: MessageTable } };
const spanish = (spanishIndex as Index).messages;
const english = (englishIndex as Index).messages;
/** A text, or a worded function by its source (each import has its own function objects). */
const comparable = (table: MessageTable) => Object.fromEntries(Object.entries(table).map(([key, text]) => [key, String(text)]));

describe('one language per chunk (build/one-language-plugin.ts)', () => {
  it('keeps every Spanish text, and nothing of the English, in the Spanish table', () => {
    expect(Object.keys(spanish.en ?? {})).toEqual([]);
    expect(comparable(spanish.es)).toEqual(comparable(messages.es));
  });

  it('keeps every English text, and nothing of the Spanish, in the English table', () => {
    expect(Object.keys(english.es ?? {})).toEqual([]);
    expect(comparable(english.en)).toEqual(comparable(messages.en));
  });
});
