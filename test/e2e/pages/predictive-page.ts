import type { Page } from 'playwright-core';
import { showPart } from './diagnosis-parts';

/** The «Advanced: predictive lifetime value» panel of step 1, as a person uses it. */
export class PredictivePage {
  constructor(private readonly page: Page) {}

  private panel() {
    return this.page.locator('details.predictive');
  }

  /** Unfolds the panel (it starts folded). */
  async open(): Promise<void> {
    await showPart(this.page, 'advanced');
    await this.panel().locator('summary').click();
    await this.panel().getByRole('button', { name: /^(Ajustar los modelos|Fit the models)$/ }).waitFor();
  }

  async chooseUnit(label: string): Promise<void> {
    await this.page.getByLabel(/^(Unidad de tiempo|Time unit)$/).selectOption({ label });
  }

  async setHorizon(value: string): Promise<void> {
    const input = this.page.getByLabel(/^(Horizonte de la predicción|Prediction horizon)/);
    await input.fill(value);
    await input.press('Tab');
  }

  async setCalibrationEnd(iso: string): Promise<void> {
    const input = this.calibrationEnd();
    await input.fill(iso);
    await input.dispatchEvent('change');
  }

  calibrationEnd() {
    return this.panel().getByRole('textbox', { name: /^(Fin de la calibración|End of calibration)$/ });
  }

  /** Runs the fit and waits for its parameters or its error. */
  async fit(): Promise<void> {
    await this.panel().getByRole('button', { name: /^(Ajustar los modelos|Fit the models|Volver a ajustar|Fit again)$/ }).click();
    await this.panel().locator('[data-metric="bgnbd_r"], [data-clv-error]').first().waitFor({ timeout: 30_000 });
  }

  /** The unrounded value of a figure of the panel, or null when it is not shown. */
  async figure(id: string): Promise<number | null> {
    const element = this.panel().locator(`[data-metric="${id}"]`).first();
    if ((await element.count()) === 0) return null;
    return Number(await element.getAttribute('data-value'));
  }

  /** Customers in a list: `lost`, `at-risk` or `top`. */
  async listCount(list: 'lost' | 'at-risk' | 'top'): Promise<number> {
    return Number(await this.panel().locator(`[data-list="${list}"]`).getAttribute('data-count'));
  }

  /** The CSV of a list, as downloaded. */
  async downloadList(list: 'lost' | 'at-risk' | 'top'): Promise<string> {
    const [file] = await Promise.all([
      this.page.waitForEvent('download'),
      this.panel().locator(`[data-list="${list}"]`).getByRole('button', { name: /CSV/ }).click(),
    ]);
    const stream = await file.createReadStream();
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString('utf8');
  }

  /** An average of the comparison with the simple CLV: `predictive`, `simple`, `discounted`, `per-customer`. */
  async comparison(key: string): Promise<number | null> {
    const value = this.panel().locator(`[data-compare="${key}"] [data-value]`);
    return (await value.count()) === 0 ? null : Number(await value.getAttribute('data-value'));
  }

  errorCode() {
    return this.panel().locator('[data-clv-error]').first().getAttribute('data-clv-error');
  }
}
