import { describe, expect, it } from 'vitest';
import { CHURN_REASON_REFERENCE, churnCategories, classifyChurnReason, summariseChurnReasons } from '../../../src/domain/metrics/churn-reasons';

describe('classifyChurnReason', () => {
  it.each([
    ['Indiferencia', 'indifference'],
    ['indiferencia del personal', 'indifference'],
    ['Nos ignoraron', 'indifference'],
    ['Indifference of staff', 'indifference'],
    ['Mala atención', 'indifference'],
    ['Buscaba variedad', 'variety'],
    ['wanted variety', 'variety'],
    ['Quería probar otra marca', 'variety'],
    ['Precio', 'price'],
    ['precios altos', 'price'],
    ['Muy caro', 'price'],
    ['Too expensive', 'price'],
    ['Price', 'price'],
    ['Recomendación de un amigo', 'friend-recommendation'],
    ['Un amigo le recomendó otra tienda', 'friend-recommendation'],
    ["A friend's recommendation", 'friend-recommendation'],
    ['Cambio de necesidades', 'changing-needs'],
    ['Ya no lo necesita', 'changing-needs'],
    ['changing needs', 'changing-needs'],
    ['Mudanza', 'moving'],
    ['Se mudó a otra ciudad', 'moving'],
    ['Me mudé de ciudad', 'moving'],
    ['Nos mudamos', 'moving'],
    ['moved abroad', 'moving'],
    ['Fallecimiento', 'death'],
    ['falleció', 'death'],
    ['Deceased', 'death'],
    ['Características del producto', 'other'],
    ['Otro', 'other'],
    ['', 'other'],
  ])('"%s" is %s', (text, category) => {
    expect(classifyChurnReason(text)).toBe(category);
  });
});

describe('summariseChurnReasons', () => {
  it('counts reasons per category and as written, beside the reference shares', () => {
    const summary = summariseChurnReasons(['Precio', 'precio ', 'PRECIO', 'Mudanza', 'otro motivo', '', '  ']);
    expect(summary.total).toBe(5);
    const price = summary.categories.find((c) => c.category === 'price')!;
    expect(price).toEqual({ category: 'price', count: 3, share: 0.6, referenceShare: 0.09 });
    expect(summary.categories.find((c) => c.category === 'other')).toEqual({ category: 'other', count: 1, share: 0.2, referenceShare: null });
    expect(summary.reasons[0]).toEqual({ text: 'Precio', category: 'price', count: 3, share: 0.6 });
    expect(summary.reasons).toHaveLength(3);
  });

  it('lists the seven reference categories in the seed order, then other', () => {
    expect(summariseChurnReasons([]).categories.map((c) => [c.category, c.referenceShare])).toEqual([
      ['indifference', 0.68], ['variety', 0.1], ['price', 0.09], ['friend-recommendation', 0.05],
      ['changing-needs', 0.04], ['moving', 0.03], ['death', 0.01], ['other', null],
    ]);
  });

  it('has reference shares adding up to 100 %', () => {
    expect(Object.values(CHURN_REASON_REFERENCE).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
  });

  it('gives zero shares on empty input', () => {
    const summary = summariseChurnReasons([]);
    expect(summary.total).toBe(0);
    expect(summary.categories.every((c) => c.count === 0 && c.share === 0)).toBe(true);
  });
});

describe('churn categories per customer', () => {
  it('classifies each reason, whatever its spelling, and leaves customers without one empty', () => {
    expect(churnCategories(['Precio', null, '  ', 'PRECIO', 'Se mudó a otra ciudad', 'ni idea'])).toEqual([
      'price', null, null, 'price', 'moving', 'other',
    ]);
  });
});
