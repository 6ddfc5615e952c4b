import type { Language } from '../plan';
import { composeGeneralSentence, type GeneralObjective } from '../objectives/objective';
import type { Clash } from './merge-three-way';

/**
 * After a merge, recomputes what a section derives from its parts, so that a value written by
 * both tabs only because each recomposed it is not taken for a clash. Today: the general
 * objective's sentence, while the user has not written it by hand.
 */
export function settleDerived(address: string, merged: unknown, clashes: Clash[], language: Language): { merged: unknown; clashes: Clash[] } {
  const general = (merged as { general?: Partial<GeneralObjective> } | null)?.general;
  if (address !== 'sections.objectives' || typeof general?.sentence !== 'string' || general.sentenceEdited) return { merged, clashes };
  const parts = { what: general.what ?? '', where: general.where ?? '', whatFor: general.whatFor ?? '' };
  return {
    merged: { ...(merged as object), general: { ...general, sentence: composeGeneralSentence(parts, language) } },
    clashes: clashes.filter((c) => !(c.path.length === 2 && c.path[0] === 'general' && c.path[1] === 'sentence')),
  };
}
