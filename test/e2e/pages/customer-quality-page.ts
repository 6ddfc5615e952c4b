import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { SCREENSHOT_DIR, scratchPath } from '../browser';
import { showPart } from './diagnosis-parts';

/** The data-quality part of step 1: cleaning the customers file, as a person does it. */
export class CustomerQualityPage {
  constructor(private readonly page: Page) {}

  section() {
    return this.page.locator('section[aria-labelledby="quality-title"]');
  }

  /** The panel has its first answer from the worker: the base in use is named. */
  async ready(): Promise<void> {
    await showPart(this.page, 'quality');
    await this.section().locator('[data-base]').waitFor();
  }

  /** `initial` or `cleaned`, once the panel's numbers are those of `records`. */
  async baseOnceAt(records: number): Promise<string> {
    const base = this.section().locator('[data-base]');
    const count = new Intl.NumberFormat('es-ES').format(records);
    await base.filter({ hasText: new RegExp(`(usa la base \\w+|uses the \\w+ base): (${records}|${count.replace('.', '\\.')}) `) }).waitFor();
    return (await base.getAttribute('data-base')) ?? '';
  }

  async openTab(name: RegExp): Promise<void> {
    await this.section().getByRole('tab', { name }).click();
  }

  group(lines: number[]) {
    return this.section().getByRole('article', { name: new RegExp(`^(Filas|Rows) ${lines.join(', ')}$`) });
  }

  async mergeGroup(lines: number[]): Promise<void> {
    const group = this.group(lines);
    await group.getByRole('button', { name: /^(Fusionar|Merge) \d+ / }).click();
    await group.waitFor({ state: 'detached' });
  }

  /** Undoes what was just merged, from the notice that says so. */
  async undoLastMerge(): Promise<void> {
    await this.section().getByRole('status').filter({ hasText: /Fusionadas|merged/ }).getByRole('button', { name: /Deshacer|Undo/ }).click();
  }

  async findVariants(): Promise<void> {
    await this.section().getByRole('button', { name: /Buscar variantes|Find variants/ }).click();
  }

  cluster(title: string) {
    return this.section().getByRole('article', { name: title });
  }

  async applyCluster(title: string, leaveOut: string[] = []): Promise<void> {
    const cluster = this.cluster(title);
    for (const value of leaveOut) await cluster.getByRole('checkbox', { name: new RegExp(`«${value}»|“${value}”`) }).uncheck();
    await cluster.getByRole('button', { name: /Aplicar a|Apply to/ }).click();
  }

  /** The exported CSV's bytes as a person's spreadsheet would receive them. */
  async exportList(): Promise<{ bytes: Buffer; name: string }> {
    const [download] = await Promise.all([
      this.page.waitForEvent('download'),
      this.section().getByRole('button', { name: /Descargar la base depurada|Download the cleaned list/ }).click(),
    ]);
    const path = scratchPath(`quality-${Date.now()}-${download.suggestedFilename()}`);
    await download.saveAs(path);
    return { bytes: readFileSync(path), name: download.suggestedFilename() };
  }

  logRows() {
    return this.section().locator('table.log tbody tr');
  }

  /** A picture of the panel alone, beside the full-page ones in test-results/. */
  async screenshot(name: string): Promise<void> {
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    await this.section().screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`) });
  }

  /** The unrounded value of a figure the panel shows, or null. */
  async figure(id: string): Promise<number | null> {
    const element = this.section().locator(`[data-metric="${id}"]`).first();
    if ((await element.count()) === 0) return null;
    return Number(await element.getAttribute('data-value'));
  }
}
