import type { Locator, Page } from 'playwright-core';
import { showPart } from './diagnosis-parts';

/** The charts of the diagnosis step: each one drawn, switched to its table, drilled into. */
export class DiagnosisChartsPage {
  constructor(private readonly page: Page) {}

  section(): Locator {
    return this.page.locator('section.diagnosis-charts');
  }

  chart(id: string): Locator {
    return this.page.locator(`figure[data-chart="${id}"]`);
  }

  /** The charts are step 1's «Gráficos» part. */
  async show(): Promise<void> {
    await showPart(this.page, 'charts');
  }

  async chartIds(): Promise<string[]> {
    await this.show();
    return this.page.locator('figure[data-chart]').evaluateAll((els) => els.map((e) => e.getAttribute('data-chart') ?? ''));
  }

  /** Waits until ECharts has drawn into the chart (a canvas of some size). */
  async waitDrawn(id: string): Promise<void> {
    await this.show();
    await this.chart(id).locator('canvas').first().waitFor();
  }

  async toggleTable(id: string): Promise<void> {
    await this.chart(id).getByRole('button', { name: /^(Ver como tabla|View as table|Ver como gráfico|View as chart)$/ }).click();
  }

  table(id: string): Locator {
    return this.chart(id).getByRole('table');
  }

  /** Opens the customers of a row of a chart's table (its row header is a button). */
  async drillInto(id: string, rowName: string): Promise<void> {
    await this.table(id).getByRole('button', { name: rowName, exact: true }).click();
  }

  customerList(): Locator {
    return this.section().locator('.customer-list');
  }

  missing(): Locator {
    return this.page.locator('[data-chart-missing]');
  }
}
