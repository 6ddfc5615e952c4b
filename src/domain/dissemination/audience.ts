/** Who hears about the plan (step 4, *difusión interna y externa*). */
export type AudienceKind =
  | 'employees' | 'salesForce' | 'management'
  | 'suppliers' | 'partners' | 'distributors' | 'customers';

export type AudienceScope = 'internal' | 'external';

export const AUDIENCE_SCOPE: Record<AudienceKind, AudienceScope> = {
  employees: 'internal',
  salesForce: 'internal',
  management: 'internal',
  suppliers: 'external',
  partners: 'external',
  distributors: 'external',
  customers: 'external',
};

export const AUDIENCE_KINDS = Object.keys(AUDIENCE_SCOPE) as AudienceKind[];

export const DISSEMINATION_CHANNELS = [
  'meeting', 'training', 'intranet', 'email', 'newsletter', 'phone', 'mail',
  'web', 'social', 'events', 'shop', 'other',
] as const;

export type DisseminationChannel = (typeof DISSEMINATION_CHANNELS)[number];

export const FREQUENCIES = ['weekly', 'fortnightly', 'monthly', 'quarterly', 'yearly'] as const;

export type Frequency = (typeof FREQUENCIES)[number];

/** A one-off communication on a date ('' until chosen), or a recurring one. */
export type AudienceSchedule =
  | { kind: 'date'; date: string }
  | { kind: 'frequency'; frequency: Frequency };

export interface Audience {
  id: string;
  kind: AudienceKind;
  message: string;
  channel: DisseminationChannel;
  schedule: AudienceSchedule;
  owner: string;
}

/** Audiences of one scope, in the order of `AUDIENCE_KINDS` and then as given. */
export function audiencesOf(audiences: readonly Audience[], scope: AudienceScope): Audience[] {
  return audiences
    .filter((a) => AUDIENCE_SCOPE[a.kind] === scope)
    .sort((a, b) => AUDIENCE_KINDS.indexOf(a.kind) - AUDIENCE_KINDS.indexOf(b.kind));
}
