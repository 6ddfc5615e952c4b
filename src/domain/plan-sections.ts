import { restoreBusiness } from './business/restore-business';
import { restorePredictive } from './clv-models/restore-predictive';
import { restoreDissemination } from './dissemination/restore-dissemination';
import { restoreEvaluation } from './evaluation/restore-evaluation';
import { restoreImplementation } from './implementation/restore-implementation';
import { restoreAnalysis } from './metrics/restore-analysis';
import { restoreObjectives } from './objectives/restore-objectives';
import type { Plan } from './plan';
import { restoreQuality } from './quality/restore-quality';
import { restoreReportSection } from './report-section';
import { restoreStrategies } from './strategies/restore-strategies';

/**
 * Every structured section of a plan: the name it is stored under (`plan.sections.<name>`) and
 * the function that reads it back, filling what older versions lacked and dropping what is
 * not valid. The one place a section is named.
 */
export const PLAN_SECTIONS = {
  analysis: restoreAnalysis,
  quality: restoreQuality,
  predictive: restorePredictive,
  objectives: restoreObjectives,
  business: restoreBusiness,
  strategies: restoreStrategies,
  dissemination: restoreDissemination,
  implementation: restoreImplementation,
  evaluation: restoreEvaluation,
  report: restoreReportSection,
} as const satisfies Record<string, (raw: unknown) => unknown>;

export type SectionName = keyof typeof PLAN_SECTIONS;
export type PlanSection<N extends SectionName> = ReturnType<(typeof PLAN_SECTIONS)[N]>;
export type PlanSections = { readonly [N in SectionName]: PlanSection<N> };

export const SECTION_NAMES = Object.keys(PLAN_SECTIONS) as SectionName[];

export function restoreSection<N extends SectionName>(name: N, raw: unknown): PlanSection<N> {
  return PLAN_SECTIONS[name](raw) as PlanSection<N>;
}

/** The sections `read` gives, each read at most once, when first asked for. */
export function sectionsReader(read: <N extends SectionName>(name: N) => PlanSection<N>): PlanSections {
  const sections = {};
  for (const name of SECTION_NAMES) {
    let value: unknown;
    let done = false;
    Object.defineProperty(sections, name, {
      enumerable: true,
      get: () => {
        if (!done) [value, done] = [read(name), true];
        return value;
      },
    });
  }
  return sections as PlanSections;
}

/** A stored plan's sections, each restored at most once: what a document or a check reads the plan through. */
export function planSections(plan: Pick<Plan, 'sections'>): PlanSections {
  return sectionsReader((name) => restoreSection(name, plan.sections[name]));
}
