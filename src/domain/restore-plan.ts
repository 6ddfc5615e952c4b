import * as v from 'valibot';
import { LANGUAGES, type Plan } from './plan';

const isoDate = v.pipe(v.string(), v.isoTimestamp());

/**
 * The one gate every plan read from outside (a backup file, an older database) passes:
 * fills the fields older versions lacked and refuses what is not a plan. Keys it does not
 * know are kept, so that nothing a newer step stored is lost on the way through.
 */
const planSchema = v.looseObject({
  id: v.pipe(v.string(), v.minLength(1), v.maxLength(100)),
  name: v.pipe(v.string(), v.minLength(1)),
  company: v.optional(v.string(), ''),
  sector: v.optional(v.string(), ''),
  currency: v.optional(v.pipe(v.string(), v.regex(/^[A-Z]{3}$/)), 'EUR'),
  language: v.optional(v.picklist(LANGUAGES), 'es'),
  author: v.optional(v.string(), ''),
  createdAt: isoDate,
  updatedAt: isoDate,
  fields: v.optional(v.record(v.string(), v.string()), {}),
  sections: v.optional(v.record(v.string(), v.unknown()), {}),
  backedUpAt: v.optional(v.nullable(isoDate), null),
  deletedAt: v.optional(v.nullable(isoDate), null),
});

export type RestoreError = { code: 'invalid-plan'; path: string; detail: string };

export function restorePlan(raw: unknown): { ok: true; value: Plan } | { ok: false; error: RestoreError } {
  const result = v.safeParse(planSchema, raw);
  if (result.success) return { ok: true, value: result.output as Plan };
  const issue = result.issues[0];
  return {
    ok: false,
    error: { code: 'invalid-plan', path: v.getDotPath(issue) ?? '', detail: issue.message },
  };
}
