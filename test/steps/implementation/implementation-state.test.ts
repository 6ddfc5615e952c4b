import { describe, it, expect } from 'vitest';
import { restoreSection, type PlanSection, type SectionName } from '../../../src/domain/plan-sections';
import { ImplementationState } from '../../../src/steps/implementation/implementation-state';
import { restoreImplementation } from '../../../src/domain/implementation/restore-implementation';

function memoryEditor(sections: Record<string, unknown>) {
  return {
    section<N extends SectionName>(name: N): PlanSection<N> {
      return restoreSection(name, sections[name]);
    },
    editSection(name: SectionName, value: unknown) {
      sections[name] = structuredClone(value);
    },
  };
}

describe('ImplementationState', () => {
  const strategies = { strategies: [{ id: 's1', family: 'retention', name: 'Club' }, { id: 's2', family: 'recovery', name: 'Vuelve' }] };

  it('puts a new action in the strategy of the previous one, from today for 30 days', () => {
    const sections: Record<string, unknown> = { strategies };
    let n = 0;
    const state = new ImplementationState(memoryEditor(sections), () => `a${++n}`, () => '2026-02-15');
    state.addAction();
    state.updateAction('a1', { strategyId: 's2' });
    state.addAction();
    const { actions } = restoreImplementation(sections.implementation);
    expect(actions.map((a) => [a.id, a.strategyId, a.start, a.end])).toEqual([
      ['a1', 's2', '2026-02-15', '2026-03-16'],
      ['a2', 's2', '2026-02-15', '2026-03-16'],
    ]);
  });

  it('leaves a new action without a strategy when there are none', () => {
    const sections: Record<string, unknown> = {};
    const state = new ImplementationState(memoryEditor(sections), () => 'a1', () => '2026-02-15');
    state.addAction();
    expect(restoreImplementation(sections.implementation).actions[0].strategyId).toBe('');
  });

  it('removes the predecessor link when it is cleared', () => {
    const sections: Record<string, unknown> = {};
    let n = 0;
    const state = new ImplementationState(memoryEditor(sections), () => `a${++n}`, () => '2026-02-15');
    state.addAction();
    state.addAction();
    state.updateAction('a2', { predecessorId: 'a1' });
    state.updateAction('a2', { predecessorId: undefined });
    expect('predecessorId' in restoreImplementation(sections.implementation).actions[1]).toBe(false);
  });
});
