import { describe, expect, it } from 'vitest';
import { restoreObjectives } from '../../src/domain/objectives/restore-objectives';
import { PLAN_SECTIONS, planSections, SECTION_NAMES, sectionsReader, type SectionName } from '../../src/domain/plan-sections';

describe('the plan sections', () => {
  it('restores each section with its own function, defaults for what is not stored', () => {
    const stored: Record<string, unknown> = { objectives: { general: { what: 'Fidelizar' } } };
    const sections = planSections({ sections: stored });
    expect(sections.objectives).toEqual(restoreObjectives(stored.objectives));
    expect(sections.objectives.general.what).toBe('Fidelizar');
    for (const name of SECTION_NAMES) expect(sections[name]).toEqual(PLAN_SECTIONS[name](stored[name]));
  });

  it('reads each section once, and only when asked for', () => {
    const reads: SectionName[] = [];
    const sections = sectionsReader((name) => {
      reads.push(name);
      return PLAN_SECTIONS[name](undefined) as never;
    });
    expect(reads).toEqual([]);
    void sections.objectives;
    void sections.objectives.specific;
    void sections.strategies;
    void sections.objectives;
    expect(reads).toEqual(['objectives', 'strategies']);
  });
});
