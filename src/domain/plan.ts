export const LANGUAGES = ['es', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/** A relational-marketing plan as stored. Free text lives in `fields`, keyed `<step>.<field>`. */
export interface Plan {
  id: string;
  name: string;
  company: string;
  sector: string;
  /** ISO 4217 code, e.g. EUR. */
  currency: string;
  language: Language;
  author: string;
  createdAt: string;
  updatedAt: string;
  fields: Record<string, string>;
  /**
   * Structured content of the steps (objectives, strategies, actions, KPIs, analysis settings…),
   * one entry per section name. Each step reads its entry through its own restore function,
   * which fills defaults, so the storage needs no change when a step grows.
   */
  sections: Record<string, unknown>;
  /** When the plan was last written to a backup file; null if never. */
  backedUpAt: string | null;
  /** Set when the user deletes the plan; it is purged once the undo window has passed. */
  deletedAt: string | null;
}

export interface NewPlanInput {
  name: string;
  company: string;
  sector: string;
  currency: string;
  language: Language;
  author?: string;
}

export type PlanInputError = { field: keyof NewPlanInput; code: 'required' | 'too-long' | 'invalid-currency' };

const MAX_TEXT = 200;

/** Checks what a person typed in the new-plan form; an empty list means it can be saved. */
export function validatePlanInput(input: NewPlanInput): PlanInputError[] {
  const errors: PlanInputError[] = [];
  if (!input.name.trim()) errors.push({ field: 'name', code: 'required' });
  for (const field of ['name', 'company', 'sector', 'author'] as const) {
    if ((input[field] ?? '').length > MAX_TEXT) errors.push({ field, code: 'too-long' });
  }
  if (!/^[A-Z]{3}$/.test(input.currency)) errors.push({ field: 'currency', code: 'invalid-currency' });
  return errors;
}

export function createPlan(input: NewPlanInput, id: string, now: Date): Plan {
  const stamp = now.toISOString();
  return {
    id,
    name: input.name.trim(),
    company: input.company.trim(),
    sector: input.sector.trim(),
    currency: input.currency,
    language: input.language,
    author: (input.author ?? '').trim(),
    createdAt: stamp,
    updatedAt: stamp,
    fields: {},
    sections: {},
    backedUpAt: null,
    deletedAt: null,
  };
}

/** A copy with a new identity, named so the user can tell it apart. */
export function duplicatePlan(plan: Plan, id: string, now: Date, copyName: string): Plan {
  const stamp = now.toISOString();
  return {
    ...structuredClone(plan),
    id,
    name: copyName,
    createdAt: stamp,
    updatedAt: stamp,
    backedUpAt: null,
    deletedAt: null,
  };
}

/** Where an edit goes: a free-text answer or a step's structured section. */
export type PlanAddress = `fields.${string}` | `sections.${string}`;

export function readAddress(plan: Pick<Plan, 'fields' | 'sections'>, address: PlanAddress): unknown {
  const [target, ...rest] = address.split('.');
  const key = rest.join('.');
  return target === 'fields' ? plan.fields[key] ?? '' : plan.sections[key];
}
