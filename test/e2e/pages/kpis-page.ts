import type { Locator, Page } from 'playwright-core';
import { showPart } from './diagnosis-parts';

export interface KpiDetails {
  name?: string;
  baseline?: string;
  target?: string;
  from?: string;
  deadline?: string;
  owner?: string;
}

/** Step 6 of a plan: indicators, their measurements and traffic lights, and campaign ROI. */
export class KpisPage {
  constructor(private readonly page: Page) {}

  kpis(): Locator {
    return this.page.locator('article[data-kpi]');
  }

  kpi(name: string): Locator {
    return this.page.locator('article[data-kpi]', { has: this.page.getByRole('heading', { level: 3, name, exact: true }) });
  }

  async addOwnKpi(details: KpiDetails): Promise<Locator> {
    await showPart(this.page, 'indicators');
    await this.page.getByRole('button', { name: /^\+ (Añadir un indicador propio|Add your own indicator)$/ }).click();
    const card = this.kpis().last();
    await this.fill(card, details);
    return details.name ? this.kpi(details.name) : card;
  }

  async fill(card: Locator, details: KpiDetails): Promise<void> {
    await showPart(this.page, 'indicators');
    const summary = card.locator('summary');
    if ((await card.locator('details').getAttribute('open')) === null) await summary.click();
    if (details.name !== undefined) await card.getByLabel(/^(Nombre del indicador|Indicator name)$/).fill(details.name);
    if (details.baseline !== undefined) await card.getByLabel(/^(Valor de partida|Baseline)/).fill(details.baseline);
    if (details.target !== undefined) await card.getByLabel(/^(Meta|Target)( \(%\))?$/).fill(details.target);
    if (details.from !== undefined) await card.getByLabel(/^(Desde|From)$/).fill(details.from);
    if (details.deadline !== undefined) await card.getByLabel(/^(Plazo|Deadline)$/).fill(details.deadline);
    if (details.owner !== undefined) await card.getByLabel(/^(Responsable|Owner)$/).fill(details.owner);
  }

  async recordMeasurement(card: Locator, measurement: { date: string; value: string; note?: string }): Promise<void> {
    await showPart(this.page, 'measurements');
    const count = await card.locator('tbody tr').count();
    await card.getByLabel(/^(Fecha|Date)$/).fill(measurement.date);
    await card.getByLabel(/^(Valor|Value)( \(%\))?$/).fill(measurement.value);
    if (measurement.note) await card.getByLabel(/^(Nota|Note)$/).fill(measurement.note);
    await card.getByRole('button', { name: /^(Registrar la medición|Record the measurement)$/ }).click();
    await card.locator('tbody tr').nth(count).waitFor();
  }

  /** The traffic light as read: status id and its words. */
  async status(card: Locator): Promise<{ status: string | null; text: string }> {
    const light = card.locator('[data-status]');
    return { status: await light.getAttribute('data-status'), text: (await light.locator('.text').innerText()).trim() };
  }

  roi(action: string): Locator {
    return this.page.locator('fieldset[data-roi]', { has: this.page.getByText(action, { exact: true }) });
  }

  /** Opens a part of step 6: «Indicadores», «Mediciones» or «Rentabilidad de campañas». */
  show(part: 'indicators' | 'measurements' | 'returns'): Promise<void> {
    return showPart(this.page, part);
  }

  async fillRoi(action: string, values: { revenue: string; margin: string }): Promise<void> {
    await showPart(this.page, 'returns');
    await this.roi(action).getByLabel(/^(Ingresos atribuibles|Attributable revenue)/).fill(values.revenue);
    await this.roi(action).getByLabel(/^(Margen|Margin) \(%\)$/).fill(values.margin);
  }
}
