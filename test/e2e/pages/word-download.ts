import { join } from 'node:path';
import type { Page } from 'playwright-core';

/** The plan's editable Word file and its executive summary, as a person gets them from the plan's side panel. */
export class DocumentTools {
  constructor(private readonly page: Page) {}

  /** Opens «Resumen ejecutivo» and replaces what is written there. */
  async writeSummary(text: string): Promise<void> {
    const details = this.page.locator('.report-tools details.executive');
    if ((await details.getAttribute('open')) === null) await details.locator('summary').click();
    await this.page.locator('#executive-summary').fill(text);
    await this.page.locator('#executive-summary').blur();
  }

  /** Clicks «Descargar Word» and saves the file into `dir`. */
  async downloadWord(dir: string): Promise<{ path: string; name: string }> {
    const downloading = this.page.waitForEvent('download', { timeout: 60_000 });
    await this.page.getByRole('button', { name: /^(Descargar Word|Download Word)$/ }).click();
    const download = await downloading;
    const path = join(dir, 'plan.docx');
    await download.saveAs(path);
    return { path, name: download.suggestedFilename() };
  }
}
