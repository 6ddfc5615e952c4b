import type { Page } from 'playwright-core';
import { showPart } from './diagnosis-parts';

/** One plan open on one of its six steps. */
export class PlanPage {
  constructor(private readonly page: Page) {}

  async goToStep(n: number): Promise<void> {
    await this.page.locator('nav.stepper ol li').nth(n - 1).locator('a').click();
    await this.page.waitForURL(new RegExp(`/step/${n}$`));
    // Each step's code is fetched when first opened: wait until the step itself is on the page.
    await this.page.locator(`.content[data-step-shown="${n}"]`).waitFor();
  }

  heading() {
    return this.page.locator('#step-title');
  }

  field(label: string | RegExp) {
    return this.page.getByLabel(label);
  }

  async write(label: string | RegExp, text: string): Promise<void> {
    await this.showField(label);
    await this.field(label).fill(text);
  }

  /** On step 1 the questions are a part of their own: opens it when the field is not on screen. */
  async showField(label: string | RegExp): Promise<void> {
    await this.heading().waitFor();
    if ((await this.field(label).count()) === 0 && (await this.page.locator('nav.parts').count()) > 0) await showPart(this.page, 'questions');
  }

  async waitUntilSaved(): Promise<void> {
    await this.page.locator('[data-save-status="saved"]').waitFor();
  }

  planId(): string {
    return /#\/plan\/([\w-]+)/.exec(this.page.url())?.[1] ?? '';
  }
}
