import { describe, expect, it } from 'vitest';
import { createPlan, duplicatePlan, validatePlanInput, type NewPlanInput } from '../../src/domain/plan';

const valid: NewPlanInput = { name: 'Plan 2027', company: 'Sol', sector: 'Panadería', currency: 'EUR', language: 'es' };

describe('validatePlanInput', () => {
  it.each([
    [{}, []],
    [{ name: '   ' }, [{ field: 'name', code: 'required' }]],
    [{ currency: 'euro' }, [{ field: 'currency', code: 'invalid-currency' }]],
    [{ company: 'x'.repeat(201) }, [{ field: 'company', code: 'too-long' }]],
  ])('%j → %j', (change, errors) => {
    expect(validatePlanInput({ ...valid, ...change })).toEqual(errors);
  });
});

describe('createPlan and duplicatePlan', () => {
  it('trims the text and starts with no answers', () => {
    const plan = createPlan({ ...valid, name: '  Plan 2027 ' }, 'id-1', new Date('2026-11-23T10:00:00Z'));
    expect(plan).toMatchObject({ id: 'id-1', name: 'Plan 2027', fields: {}, deletedAt: null, backedUpAt: null });
    expect(plan.createdAt).toBe('2026-11-23T10:00:00.000Z');
  });

  it('copies answers into a new identity without sharing objects', () => {
    const plan = createPlan(valid, 'a', new Date('2026-01-01T00:00:00Z'));
    plan.fields['diagnosis.needs'] = 'Alimentación';
    const copy = duplicatePlan(plan, 'b', new Date('2026-02-01T00:00:00Z'), 'Plan 2027 (copia)');
    copy.fields['diagnosis.needs'] = 'changed';
    expect(copy).toMatchObject({ id: 'b', name: 'Plan 2027 (copia)', createdAt: '2026-02-01T00:00:00.000Z' });
    expect(plan.fields['diagnosis.needs']).toBe('Alimentación');
  });
});
