import { render, waitFor } from '@testing-library/svelte';
import { tick, type Component } from 'svelte';
import { expect } from 'vitest';
import { diagnose } from '../../src/domain/metrics/diagnose';
import { DEFAULT_PARAMS } from '../../src/domain/metrics/params';
import { isoToEpochDay } from '../../src/domain/dates';
import type { Plan } from '../../src/domain/plan';
import { openDb } from '../../src/storage/db';
import { PlansRepository } from '../../src/storage/plans-repository';
import type { DiagnosisView } from '../../src/state/diagnosis-context';
import { PlanEditor } from '../../src/state/plan-editor.svelte';
import { router } from '../../src/state/router.svelte';
import { transactionTable } from '../domain/metrics/tables';
import { WORKED_EXAMPLE } from '../domain/metrics/worked-example';
import StepHarness from './StepHarness.svelte';

export const NO_DIAGNOSIS: DiagnosisView = { diagnosis: null, figures: {}, computedAt: null };

/** The diagnosis of METRICS.md's worked example (T = 2025-12-31): churn 0.25, 4 active, 2 inactive. */
export function workedExampleView(): DiagnosisView {
  const diagnosis = diagnose(
    { transactions: transactionTable(WORKED_EXAMPLE), customers: null },
    { ...DEFAULT_PARAMS, analysisDate: isoToEpochDay('2025-12-31') },
  );
  return { diagnosis, figures: diagnosis.figures, computedAt: '2026-01-10T10:00:00.000Z' };
}

/**
 * A stored plan open in an editor, with one step rendered the way the plan page renders it.
 * `sections` and `fields` are stored before the step opens.
 */
export async function renderStep(
  step: Component<{ editor: PlanEditor }>,
  options: { view?: DiagnosisView; sections?: Plan['sections']; fields?: Plan['fields'] } = {},
) {
  // Each step opens on its first part, whatever part the test before opened.
  if (router.route.name === 'plan' && router.route.part) await openPart(1, null);
  const db = openDb(`test-${crypto.randomUUID()}`);
  const repository = new PlansRepository(db);
  const plan = await repository.create({ name: 'Plan', company: 'Sol', sector: '', currency: 'EUR', language: 'es' });
  if (options.sections || options.fields) {
    await db.plans.update(plan.id, { sections: options.sections ?? {}, fields: options.fields ?? {} });
  }
  const editor = new PlanEditor(plan.id, repository, 0);
  const result = render(StepHarness, { editor, view: options.view ?? NO_DIAGNOSIS, step });
  return {
    ...result,
    editor,
    repository,
    /** Saves what is pending and reads the plan back from the database. */
    async stored() {
      await editor.flush();
      return (await repository.get(plan.id))!;
    },
    async close() {
      await editor.dispose();
      db.close();
      await db.delete();
    },
  };
}

/**
 * Opens a part of a step in parts the way its navigation's link does: the route follows the
 * location hash (`part` alone goes back to the step's first part).
 */
export async function openPart(step: number, part: string | null): Promise<void> {
  location.hash = `#/plan/p/step/${step}${part ? `/${part}` : ''}`;
  await waitFor(() => expect(router.route.name === 'plan' ? (router.route.part ?? null) : 'elsewhere').toBe(part));
  await tick();
}
