import type { Locator, Page } from 'playwright-core';
import { showPart } from './diagnosis-parts';

/** Step 1 of a plan: bringing data in and reading the figures. */
export class DiagnosisPage {
  constructor(private readonly page: Page) {}

  /** The import is step 1's «Datos» part: opened unless it is already on screen. */
  async showImport(): Promise<void> {
    await this.page.locator('nav.parts').waitFor();
    if ((await this.page.locator('#csv-paste').count()) === 0) await showPart(this.page, 'data');
  }

  async pasteCsv(text: string): Promise<void> {
    await this.showImport();
    await this.page.locator('#csv-paste').fill(text);
    await this.page.getByRole('button', { name: /Leer los datos pegados|Read the pasted data/ }).click();
    await this.readDone();
  }

  /** The draft has been read: its counts or its error are on screen. */
  async readDone(): Promise<void> {
    await this.page.locator('p.counts, [data-import-error]').first().waitFor();
  }

  fileInput(): Locator {
    return this.page.locator('section[aria-labelledby="import-title"] input[type=file]');
  }

  async uploadFile(path: string): Promise<void> {
    await this.showImport();
    await this.fileInput().setInputFiles(path);
    await this.readDone();
  }

  async useData(): Promise<void> {
    await this.page.getByRole('button', { name: /^(Usar estos datos|Use this data|Sustituir|Replace)$/ }).click();
    await this.page.locator('#review-title').waitFor({ state: 'detached' });
    await showPart(this.page, 'figures');
    await this.page.locator('[data-metric]').first().waitFor();
  }

  importError() {
    return this.page.locator('[data-import-error]');
  }

  async setMeaning(columnName: string, meaning: string): Promise<void> {
    await this.page.getByLabel(columnName, { exact: true }).selectOption({ label: meaning });
  }

  /** The unrounded value of a figure, or null when it is not shown. */
  async figure(id: string): Promise<number | null> {
    const element = this.page.locator(`[data-metric="${id}"]`).first();
    if ((await element.count()) === 0) return null;
    return Number(await element.getAttribute('data-value'));
  }

  /** The figures are step 1's «Cifras» part: opened unless the figure is already on screen. */
  async showFigures(id: string): Promise<void> {
    await this.page.locator('nav.parts').waitFor();
    if ((await this.page.locator(`[data-metric="${id}"]`).count()) === 0) await showPart(this.page, 'figures');
  }

  async waitForFigure(id: string, value: number): Promise<void> {
    await this.showFigures(id);
    await this.page.locator(`[data-metric="${id}"][data-value="${value}"]`).first().waitFor();
  }

  /** Sets T and waits until the figures are those of the new date. */
  async setAnalysisDate(iso: string): Promise<void> {
    const input = this.page.locator('#param-analysisDate');
    await input.fill(iso);
    await input.dispatchEvent('change');
    await this.page.locator('#figures-title').waitFor();
    await this.page.waitForFunction(
      (day) => document.querySelector('#param-analysisDate')?.getAttribute('value') === day || (document.querySelector('#param-analysisDate') as HTMLInputElement | null)?.value === day,
      iso,
    );
    await this.page.getByText(/Fecha de corte: .*fijada|Analysis date: .*set in/).waitFor();
  }

  async setParam(label: string | RegExp, value: string): Promise<void> {
    const input = this.page.getByLabel(label);
    await input.fill(value);
    await input.press('Tab');
  }
}
