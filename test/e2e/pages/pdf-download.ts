import { join } from 'node:path';
import type { Page } from 'playwright-core';

/** The plan's PDF, as a person gets it: an optional logo for the cover, then «Descargar PDF». */
export class PdfDownload {
  constructor(private readonly page: Page) {}

  async openOptions(): Promise<void> {
    const details = this.page.locator('.report-tools details:not(.executive)');
    if ((await details.getAttribute('open')) === null) await details.locator('summary').click();
  }

  async chooseLogo(path: string): Promise<void> {
    await this.openOptions();
    await this.page.getByLabel(/^(Logotipo para la portada|Logo for the cover)$/).setInputFiles(path);
  }

  logoError() {
    return this.page.locator('#report-logo-error');
  }

  logoPreview() {
    return this.page.locator('.report-tools img');
  }

  /** Clicks the button and saves the file it downloads into `dir`; returns its path and suggested name. */
  async download(dir: string): Promise<{ path: string; name: string }> {
    const downloading = this.page.waitForEvent('download', { timeout: 30_000 });
    await this.page.getByRole('button', { name: /^(Descargar PDF|Download PDF)$/ }).click();
    const download = await downloading;
    const path = join(dir, 'plan.pdf');
    await download.saveAs(path);
    return { path, name: download.suggestedFilename() };
  }
}
