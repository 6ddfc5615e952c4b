import { describe, expect, it } from 'vitest';
import { objectiveValue } from '../../src/domain/business/objective-value';
import { businessWords } from '../../src/i18n/business-words';

const plain = (text: string) => text.replace(/\s/g, ' ');

describe('businessWords: the formula in plain words', () => {
  const figures = { customers_total: 2000, active_customers: 1148, clv_discounted: 155.5714 };
  const objective = { metric: 'churn_rate' as const, unit: '%' as const, baseline: 0.25, target: 0.2 };
  const result = objectiveValue(objective, figures);
  if (!result.ok) throw new Error('no value');

  it('writes the issue\'s example as a Spanish reader expects it, thousands grouped', () => {
    expect(plain(businessWords('es', 'EUR').formula(result, objective)))
      .toBe('0,05 × 1.148 clientes activos × 155,57 € (valor de vida actualizado) = 8.930 €');
  });

  it('and in English', () => {
    expect(plain(businessWords('en', 'EUR').formula(result, objective)))
      .toBe('0.05 × 1,148 active customers × €155.57 (discounted lifetime value) = €8,930');
  });

  it('names an objective with its segment, unless the metric already names it', () => {
    const words = businessWords('es', 'EUR');
    expect(words.objectiveName({ metric: 'share_of_wallet', unit: '%', segment: { kind: 'abc', key: 'A' } }, 1)).toBe('O2 · Cuota de cliente (Clientes A)');
    expect(words.objectiveName({ metric: 'type_opositor', unit: 'customers', segment: { kind: 'type', key: 'opositor' } }, 3)).toMatch(/^O4 · [^()]+$/);
  });
});
