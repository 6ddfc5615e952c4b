import { stepByNumber, stepNumber, type StepId } from '../domain/steps';

export type Route =
  | { name: 'plans' }
  | { name: 'glossary' }
  | { name: 'plan'; planId: string; step: StepId; part?: string }
  | { name: 'not-found'; hash: string };

/**
 * Reads `#/`, `#/glosario` (or `#/glossary`), `#/plan/<id>`, `#/plan/<id>/step/<1-6>` and
 * `#/plan/<id>/step/<1-6>/<part>`, a part of a step that has several (step 1's data, figures…).
 */
export function parseHash(hash: string): Route {
  const path = hash.replace(/^#/, '').replace(/\/+$/, '') || '/';
  if (path === '/' || path === '') return { name: 'plans' };
  if (path === '/glosario' || path === '/glossary') return { name: 'glossary' };
  const match = /^\/plan\/([\w-]+)(?:\/step\/(\d)(?:\/([a-z-]+))?)?$/.exec(path);
  if (match) {
    const step = stepByNumber(match[2] ? Number(match[2]) : 1);
    if (step) return match[3] ? { name: 'plan', planId: match[1], step, part: match[3] } : { name: 'plan', planId: match[1], step };
  }
  return { name: 'not-found', hash };
}

export function planHref(planId: string, step: StepId = 'diagnosis', part?: string): string {
  return `#/plan/${planId}/step/${stepNumber(step)}${part ? `/${part}` : ''}`;
}

export const PLANS_HREF = '#/';
export const GLOSSARY_HREF = '#/glosario';
