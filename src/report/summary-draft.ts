import { budgetTotal } from '../domain/implementation/budget';
import type { Diagnosis } from '../domain/metrics/diagnosis';
import type { Plan } from '../domain/plan';
import { planSections } from '../domain/plan-sections';
import { generalObjectiveSentence } from './build-objectives';
import { wordsFor } from '../i18n/words';

/**
 * A first draft of the executive summary from what the plan already holds: the customers and
 * their value, the general objective, the strategies, the actions and budget, the indicators;
 * in the plan's language. The planner accepts it as it is or rewrites it.
 */
export function summaryDraft(plan: Plan, diagnosis: Diagnosis | null): string {
  const words = wordsFor(plan.language, plan.currency);
  const figures = diagnosis?.figures ?? {};
  const company = plan.company.trim();
  const paragraphs: string[] = [];
  const sections = planSections(plan);
  const { customers_total: customers, active_customers: active, churn_rate: churn, revenue, clv_simple: clv } = figures;
  if (customers !== undefined && active !== undefined && churn !== undefined) {
    const opening = company ? words.t('summary.draft.company', { company }) : words.t('summary.draft.noCompany');
    const lines = [`${opening} ${words.t('summary.draft.customers', { customers: words.count(customers), active: words.count(active), churn: words.percent(churn) })}`];
    if (revenue !== undefined && clv !== undefined) lines.push(words.t('summary.draft.revenue', { revenue: words.money(revenue), clv: words.money(clv) }));
    paragraphs.push(lines.join(' '));
  }
  const objective = generalObjectiveSentence(plan, sections.objectives).trim();
  const plans: string[] = [];
  if (objective) plans.push(words.t('summary.draft.objective', { objective: /[.!?]$/.test(objective) ? objective : `${objective}.` }));
  const { strategies } = sections.strategies;
  const { actions } = sections.implementation;
  const counted = actions.filter((a) => a.status !== 'cancelled');
  if (strategies.length > 0) {
    const families = [...new Set(strategies.map((s) => s.family))].map((f) => words.t(`strategies.family.${f}`).toLocaleLowerCase(words.language)).join(', ');
    const lead = words.t('summary.draft.strategies', { n: strategies.length, families });
    plans.push(counted.length > 0 ? `${lead} ${words.t('summary.draft.budget', { actions: counted.length, total: words.money(budgetTotal(actions)) })}` : `${lead}.`);
  }
  const { kpis } = sections.evaluation;
  if (kpis.length > 0) plans.push(words.t('summary.draft.kpis', { n: kpis.length }));
  if (plans.length > 0) paragraphs.push(plans.join(' '));
  return paragraphs.join('\n\n');
}
