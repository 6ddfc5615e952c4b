import type { Component } from 'svelte';
import { STEP_IDS, type StepId } from '../domain/steps';
import type { PlanEditor } from '../state/plan-editor.svelte';
import { LazyModule } from '../state/lazy-module.svelte';

type StepComponent = Component<{ editor: PlanEditor }>;

// Each step is its own chunk, fetched when the step is first opened.
const LOADERS: Record<StepId, () => Promise<{ default: StepComponent }>> = {
  diagnosis: () => import('./diagnosis/DiagnosisStep.svelte'),
  objectives: () => import('./objectives/ObjectivesStep.svelte'),
  strategies: () => import('./strategies/StrategiesStep.svelte'),
  dissemination: () => import('./dissemination/DisseminationStep.svelte'),
  implementation: () => import('./implementation/ImplementationStep.svelte'),
  evaluation: () => import('./evaluation/EvaluationStep.svelte'),
};

export const STEP_COMPONENTS = Object.fromEntries(
  STEP_IDS.map((id) => [id, new LazyModule(() => LOADERS[id]().then((module) => module.default))]),
) as Record<StepId, LazyModule<StepComponent>>;
