import type { Component } from 'svelte';
import type { StepId } from '../domain/steps';
import type { PlanEditor } from '../state/plan-editor.svelte';
import DiagnosisStep from './diagnosis/DiagnosisStep.svelte';
import ObjectivesStep from './objectives/ObjectivesStep.svelte';
import StrategiesStep from './strategies/StrategiesStep.svelte';
import DisseminationStep from './dissemination/DisseminationStep.svelte';
import ImplementationStep from './implementation/ImplementationStep.svelte';
import EvaluationStep from './evaluation/EvaluationStep.svelte';

export const STEP_COMPONENTS: Record<StepId, Component<{ editor: PlanEditor }>> = {
  diagnosis: DiagnosisStep,
  objectives: ObjectivesStep,
  strategies: StrategiesStep,
  dissemination: DisseminationStep,
  implementation: ImplementationStep,
  evaluation: EvaluationStep,
};
