import { describe, expect, it } from 'vitest';
import { GLOSSARY_HREF, parseHash, planHref } from '../../src/state/route';

describe('parseHash', () => {
  it.each([
    ['', { name: 'plans' }],
    ['#/', { name: 'plans' }],
    ['#/plan/abc-123', { name: 'plan', planId: 'abc-123', step: 'diagnosis' }],
    ['#/plan/abc-123/step/3', { name: 'plan', planId: 'abc-123', step: 'strategies' }],
    ['#/plan/abc-123/step/6/', { name: 'plan', planId: 'abc-123', step: 'evaluation' }],
    ['#/plan/abc-123/step/1/figures', { name: 'plan', planId: 'abc-123', step: 'diagnosis', part: 'figures' }],
    ['#/plan/abc-123/step/1/questions/', { name: 'plan', planId: 'abc-123', step: 'diagnosis', part: 'questions' }],
    ['#/plan/abc-123/step/1/Bad_part', { name: 'not-found', hash: '#/plan/abc-123/step/1/Bad_part' }],
    ['#/plan/abc-123/step/9', { name: 'not-found', hash: '#/plan/abc-123/step/9' }],
    ['#/elsewhere', { name: 'not-found', hash: '#/elsewhere' }],
    ['#/glosario', { name: 'glossary' }],
    ['#/glossary/', { name: 'glossary' }],
  ])('%j → %j', (hash, route) => {
    expect(parseHash(hash)).toEqual(route);
  });

  it('reads back the links it writes', () => {
    expect(parseHash(planHref('p1', 'implementation'))).toEqual({ name: 'plan', planId: 'p1', step: 'implementation' });
    expect(parseHash(planHref('p1', 'diagnosis', 'charts'))).toEqual({ name: 'plan', planId: 'p1', step: 'diagnosis', part: 'charts' });
    expect(parseHash(GLOSSARY_HREF)).toEqual({ name: 'glossary' });
  });
});
