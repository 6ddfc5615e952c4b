import type { Page } from 'playwright-core';

/** "My plans", as a person uses it. */
export class PlansPage {
  constructor(private readonly page: Page, private readonly baseUrl: string) {}

  async open(): Promise<void> {
    await this.page.goto(this.baseUrl);
    await this.page.getByRole('heading', { level: 1 }).waitFor();
  }

  async createPlan(plan: { name: string; company?: string; sector?: string }): Promise<void> {
    await this.page.locator('button.primary', { hasText: /Nuevo plan|New plan/ }).first().click();
    await this.page.locator('#plan-name').fill(plan.name);
    if (plan.company) await this.page.locator('#plan-company').fill(plan.company);
    if (plan.sector) await this.page.locator('#plan-sector').fill(plan.sector);
    await this.page.locator('form button[type=submit]').click();
    await this.page.waitForURL(/#\/plan\/[\w-]+\/step\/1$/);
  }

  card(name: string) {
    return this.page.locator('article.plan', { has: this.page.getByRole('heading', { name, exact: true }) });
  }

  planNames(): Promise<string[]> {
    return this.page.locator('article.plan h2').allInnerTexts();
  }

  async rename(name: string, newName: string): Promise<void> {
    await this.card(name).getByRole('button', { name: /Cambiar nombre|Rename/ }).click();
    await this.page.locator('article.plan input').fill(newName);
    await this.page.locator('article.plan form button[type=submit]').click();
    await this.card(newName).waitFor();
  }

  async duplicate(name: string): Promise<void> {
    await this.card(name).getByRole('button', { name: /Duplicar|Duplicate/ }).click();
  }

  async delete(name: string): Promise<void> {
    await this.card(name).getByRole('button', { name: /Eliminar|Delete/ }).click();
    await this.page.locator('dialog').getByRole('button', { name: /Eliminar|Delete/ }).click();
  }

  async undoDelete(): Promise<void> {
    await this.page.getByRole('button', { name: /Deshacer|Undo/ }).click();
  }

  async switchLanguage(label: 'Español' | 'English'): Promise<void> {
    await this.page.getByRole('button', { name: label, exact: true }).click();
    // The other language's texts are fetched on the first switch: the page changes once they are here.
    await this.page.locator(`html[lang="${label === 'English' ? 'en' : 'es'}"]`).waitFor({ state: 'attached' });
  }
}
