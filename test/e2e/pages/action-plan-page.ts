import type { Download, Locator, Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { showPart } from './diagnosis-parts';

export interface ActionInput {
  name: string;
  /** The strategy's name as listed, or the "no strategy" label. */
  strategy?: string;
  owner: string;
  start: string;
  end: string;
  /** As the person types it. */
  budget: string;
  status?: string;
  /** The predecessor as listed, e.g. "1. Tarjeta de cliente". */
  predecessor?: string;
}

/** Step 5 of a plan: the actions, their calendar, budget, exports and the CRM roll-out. */
export class ActionPlanPage {
  constructor(private readonly page: Page) {}

  actions(): Locator {
    return this.page.locator('fieldset[data-action]');
  }

  action(n: number): Locator {
    return this.actions().nth(n - 1);
  }

  field(n: number, label: RegExp): Locator {
    return this.action(n).getByLabel(label);
  }

  /** Opens a part of step 5: «Acciones», «Calendario», «Presupuesto», «Caso de negocio» or «Implantación del CRM». */
  show(part: 'actions' | 'calendar' | 'budget' | 'business' | 'rollout'): Promise<void> {
    return showPart(this.page, part);
  }

  async addAction(action: ActionInput): Promise<number> {
    await showPart(this.page, 'actions');
    await this.page.getByRole('button', { name: /^\+ (Añadir acción|Add an action)$/ }).click();
    const n = await this.actions().count();
    await this.fill(n, action);
    return n;
  }

  async fill(n: number, action: Partial<ActionInput>): Promise<void> {
    await showPart(this.page, 'actions');
    if (action.name !== undefined) await this.field(n, /^(Acción|Action)$/).fill(action.name);
    if (action.strategy !== undefined) await this.field(n, /^(Estrategia|Strategy)$/).selectOption({ label: action.strategy });
    if (action.owner !== undefined) await this.field(n, /^(Responsable|Owner)$/).fill(action.owner);
    if (action.start !== undefined) await this.field(n, /^(Inicio|Start)$/).fill(action.start);
    if (action.end !== undefined) await this.field(n, /^(Fin|End)$/).fill(action.end);
    if (action.budget !== undefined) await this.field(n, /^(Presupuesto|Budget) \(/).fill(action.budget);
    if (action.status !== undefined) await this.field(n, /^(Estado|Status)$/).selectOption({ label: action.status });
    if (action.predecessor !== undefined) await this.field(n, /^(Predecesora|Predecessor)$/).selectOption({ label: action.predecessor });
  }

  gantt(): Locator {
    return this.page.locator('figure[data-chart="gantt"]');
  }

  /** The Gantt chart's rows as its table view lists them (first cell of each row). */
  async ganttTableRows(): Promise<string[][]> {
    await showPart(this.page, 'calendar');
    const figure = this.gantt();
    const toggle = figure.getByRole('button', { name: /^(Ver como tabla|View as table)$/ });
    if (await toggle.count()) await toggle.click();
    const rows = figure.locator('table tbody tr');
    await rows.first().waitFor();
    const cells = await rows.evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => (c.textContent ?? '').trim())));
    await figure.getByRole('button', { name: /^(Ver como gráfico|View as chart)$/ }).click();
    return cells;
  }

  /** An unrounded budget figure: `total`, `family-retention`, `strategy-<id>`, `month-2026-03`… */
  async budget(key: string): Promise<number> {
    await showPart(this.page, 'budget');
    return Number(await this.page.locator(`[data-budget="${key}"]`).getAttribute('data-value'));
  }

  async budgetByMonth(): Promise<Record<string, number>> {
    await showPart(this.page, 'budget');
    const cells = this.page.locator('[data-budget^="month-"]');
    const pairs = await cells.evaluateAll((tds) => tds.map((td) => [td.getAttribute('data-budget')!.slice(6), Number(td.getAttribute('data-value'))]));
    return Object.fromEntries(pairs);
  }

  async #download(label: RegExp): Promise<{ name: string; text: string }> {
    await showPart(this.page, 'actions');
    const [download]: [Download, void] = await Promise.all([
      this.page.waitForEvent('download'),
      this.page.getByRole('button', { name: label }).click(),
    ]);
    const path = await download.path();
    return { name: download.suggestedFilename(), text: readFileSync(path, 'utf8') };
  }

  exportCsv() {
    return this.#download(/^(Descargar CSV|Download CSV)$/);
  }

  exportCalendar() {
    return this.#download(/^(Descargar calendario|Download calendar)/);
  }

  async tickRollout(label: string): Promise<void> {
    await showPart(this.page, 'rollout');
    await this.page.getByRole('checkbox', { name: label }).check();
  }
}
