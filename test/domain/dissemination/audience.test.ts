import { describe, it, expect } from 'vitest';
import { AUDIENCE_KINDS, AUDIENCE_SCOPE, audiencesOf, type Audience } from '../../../src/domain/dissemination/audience';

const audience = (id: string, kind: Audience['kind']): Audience => ({
  id, kind, message: '', channel: 'meeting', schedule: { kind: 'frequency', frequency: 'monthly' }, owner: '',
});

describe('audiences', () => {
  it.each([
    ['employees', 'internal'], ['salesForce', 'internal'], ['management', 'internal'],
    ['suppliers', 'external'], ['partners', 'external'], ['distributors', 'external'], ['customers', 'external'],
  ] as const)('%s are %s', (kind, scope) => {
    expect(AUDIENCE_SCOPE[kind]).toBe(scope);
  });

  it('lists the seven audiences of the issue', () => {
    expect(AUDIENCE_KINDS).toHaveLength(7);
  });

  it('splits a plan\'s audiences into internal and external, in the canonical order', () => {
    const list = [audience('1', 'customers'), audience('2', 'management'), audience('3', 'employees'), audience('4', 'suppliers'), audience('5', 'employees')];
    expect(audiencesOf(list, 'internal').map((a) => a.id)).toEqual(['3', '5', '2']);
    expect(audiencesOf(list, 'external').map((a) => a.id)).toEqual(['4', '1']);
  });

  it('keeps a dated audience as plain data', () => {
    const dated: Audience = { ...audience('1', 'partners'), schedule: { kind: 'date', date: '2026-03-01' } };
    expect(JSON.parse(JSON.stringify(dated))).toEqual(dated);
  });
});
