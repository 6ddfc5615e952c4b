import { describe, it, expect } from 'vitest';
import { crmRolloutChecklist, CRM_ROLLOUT_IDS } from '../../../src/domain/implementation/crm-rollout';

describe('crmRolloutChecklist', () => {
  it('puts the customer-centred strategy first and technology after roles and processes', () => {
    expect(CRM_ROLLOUT_IDS[0]).toBe('customer-centred-strategy');
    const at = (id: (typeof CRM_ROLLOUT_IDS)[number]) => CRM_ROLLOUT_IDS.indexOf(id);
    expect(at('roles-redesigned')).toBeLessThan(at('technology-supports'));
    expect(at('processes-reengineered')).toBeLessThan(at('technology-supports'));
  });

  it('keeps saved ticks', () => {
    const list = crmRolloutChecklist([{ id: 'database-deduplicated', ticked: true, comment: '' }]);
    expect(list.map((i) => i.id)).toEqual(CRM_ROLLOUT_IDS);
    expect(list.filter((i) => i.ticked).map((i) => i.id)).toEqual(['database-deduplicated']);
  });
});
