import type { Page } from 'playwright-core';
import { showPart } from './diagnosis-parts';

/** A number typed the Spanish way in a field: «2.400», «1.234,5». */
export function spanishNumber(text: string): number {
  return Number(text.trim().replace(/\./g, '').replace(',', '.'));
}

/** What the business case shows: the objectives' values in step 2, and the «Caso de negocio» of step 5. */
export class BusinessCasePage {
  constructor(private readonly page: Page) {}

  /** Step 2: each objective card's expected value (null when it has none), in order. */
  async objectiveValues(): Promise<(number | null)[]> {
    await showPart(this.page, 'specific');
    return this.page.locator('article.objective [data-metric="objective_value"]').evaluateAll((elements) =>
      elements.map((e) => (e.hasAttribute('data-value') ? Number(e.getAttribute('data-value')) : null)),
    );
  }

  /** Step 2: the cards that say they are not added to the plan's value. */
  async leftOutCards(): Promise<boolean[]> {
    await showPart(this.page, 'specific');
    return this.page.locator('article.objective').evaluateAll((cards) =>
      cards.map((card) => /No se suma|Not counted/.test(card.textContent ?? '')),
    );
  }

  /** Step 5: one figure of the business case by its id; null when it carries no number. */
  async figure(id: 'business_value' | 'business_budget' | 'business_roi' | 'business_payback_months'): Promise<number | null> {
    await showPart(this.page, 'business');
    const raw = await this.page.locator(`[data-metric="${id}"]`).getAttribute('data-value');
    return raw === null ? null : Number(raw);
  }

  /** Step 5: the budgets typed in the action list, cancelled actions left out. */
  async actionBudgets(): Promise<number[]> {
    await showPart(this.page, 'actions');
    const actions = this.page.locator('fieldset[data-action]');
    const budgets: number[] = [];
    for (let i = 0; i < (await actions.count()); i++) {
      const action = actions.nth(i);
      if ((await action.getAttribute('class'))?.includes('status-cancelled')) continue;
      budgets.push(spanishNumber(await action.getByLabel(/^(Presupuesto|Budget) \(/).inputValue()));
    }
    return budgets;
  }

  /** Step 5: the scenarios' values, pessimistic, base, optimistic. */
  async scenarioValues(): Promise<number[]> {
    await showPart(this.page, 'business');
    return this.page.locator('tr[data-scenario] td:nth-of-type(1)').evaluateAll((cells) => cells.map((c) => Number(c.getAttribute('data-value'))));
  }

  /** Step 5: the horizon sentence's number of months. */
  async horizonMonths(): Promise<number> {
    await showPart(this.page, 'business');
    const text = await this.page.getByText(/^(Horizonte del plan|Plan horizon): \d+/).innerText();
    return Number(/: (\d+)/.exec(text)?.[1]);
  }

  async setOptimistic(percent: string): Promise<void> {
    await showPart(this.page, 'business');
    await this.page.getByLabel(/^(Escenario optimista|Optimistic scenario)/).fill(percent);
  }

  /** Step 5: opens its «Caso de negocio» part. */
  async open(): Promise<void> {
    await showPart(this.page, 'business');
    await this.section().waitFor();
  }

  section() {
    return this.page.locator('section', { has: this.page.locator('#business-title') });
  }
}
