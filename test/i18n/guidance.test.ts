import { describe, expect, it } from 'vitest';
import { STEP_CONCEPTS } from '../../src/components/guidance-concepts';
import { COMPLETENESS_ITEMS } from '../../src/domain/plan-completeness';
import { STEP_IDS } from '../../src/domain/steps';
import { messages } from '../../src/i18n/messages';
import { GLOSSARY_TERMS } from '../../src/i18n/messages/glossary';

/** Keys the guide, the checklist and the glossary build at run time. */
function runtimeKeys(): string[] {
  const keys: string[] = [];
  for (const step of STEP_IDS) {
    keys.push(`guidance.${step}.purpose`);
    for (const concept of STEP_CONCEPTS[step]) {
      for (const part of ['title', 'body', 'example']) keys.push(`guidance.concept.${concept.id}.${part}`);
      for (let n = 1; n <= (concept.items ?? 0); n++) keys.push(`guidance.concept.${concept.id}.item${n}`);
    }
    for (const item of COMPLETENESS_ITEMS[step]) keys.push(`completeness.${item}`);
  }
  for (const term of GLOSSARY_TERMS) keys.push(`glossary.${term}.term`, `glossary.${term}.definition`);
  return keys;
}

describe('guidance and glossary texts', () => {
  it.each(['es', 'en'] as const)('has every key the components build, in %s', (language) => {
    const table = messages[language] as Record<string, unknown>;
    expect(runtimeKeys().filter((key) => !(key in table))).toEqual([]);
  });

  it('has no item key beyond the items a concept declares', () => {
    const declared = new Set(runtimeKeys());
    const items = Object.keys(messages.es).filter((key) => /^guidance\.concept\.\w+\.item\d+$/.test(key));
    expect(items.filter((key) => !declared.has(key))).toEqual([]);
  });

  it('explains the concepts the method names: pyramid, customer types, data levels, SMART, strategy families, multichannel steps, audiences, control ratios', () => {
    const all = STEP_IDS.flatMap((step) => STEP_CONCEPTS[step].map((c) => c.id));
    expect(all).toEqual(expect.arrayContaining(['pyramid', 'customerTypes', 'dataLevels', 'smart', 'families', 'multichannel', 'audiences', 'controlRatios']));
  });
});
