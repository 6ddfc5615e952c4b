import type { SuccessConditionId } from '../dissemination/success-conditions';
import type { CrmRolloutId } from '../implementation/crm-rollout';
import type { Channel } from '../strategies/strategy';

export type SampleObjectiveKey = 'churn' | 'wallet' | 'active' | 'opponents';
export type SampleStrategyKey = 'welcome' | 'club' | 'orders' | 'winBack';
export type SampleAudienceKey = 'management' | 'staff' | 'shopManagers' | 'millers' | 'partners' | 'customers';
export type SampleActionKey = 'analysis' | 'cleanup' | 'training' | 'welcomeEmail' | 'club' | 'survey' | 'winBack' | 'cakes' | 'roscon';
export type SampleKpiKey = 'openRate' | 'followers' | 'responseRate';

/** Everything the sample plan says in words, in one language. */
export interface SamplePlanTexts {
  name: string;
  sector: string;
  author: string;
  /** The executive summary the planner wrote for the document. */
  executiveSummary: string;
  /** The six free-text answers of step 1, by question. */
  diagnosis: Record<'whoAreCustomers' | 'whyPreferUs' | 'potentialCustomers' | 'whyCustomersLeave' | 'needs' | 'databaseState', string>;
  general: { what: string; where: string; whatFor: string };
  objectives: Record<SampleObjectiveKey, { description: string; owner: string }>;
  strategies: Record<SampleStrategyKey, {
    name: string;
    offer: string;
    /** The default message first, then one version per channel. */
    messages: { channel?: Channel; text: string }[];
    responseProtocol: string;
    learningGoal: string;
    notes: string;
  }>;
  alliances: { tactical: { partner: string; goal: string }; partial: { partner: string; goal: string } };
  audiences: Record<SampleAudienceKey, { message: string; owner: string }>;
  /** Comments on the conditions for success already met. */
  conditions: Partial<Record<SuccessConditionId, string>>;
  actions: Record<SampleActionKey, { name: string; owner: string }>;
  /** Comments on the CRM roll-out steps already done. */
  rollout: Partial<Record<CrmRolloutId, string>>;
  kpiOwner: string;
  /** Where the latest measurement of each control ratio came from. */
  measurementNotes: Record<SampleKpiKey, string>;
}
