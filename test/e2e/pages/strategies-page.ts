import type { Locator, Page } from 'playwright-core';

/** Step 3 of a plan: taking suggestions from the diagnosis and writing strategies. */
export class StrategiesPage {
  constructor(private readonly page: Page) {}

  suggestion(key: string): Locator {
    return this.page.locator(`article[data-suggestion="${key}"]`);
  }

  async acceptSuggestion(key: string): Promise<void> {
    await this.suggestion(key).getByRole('button', { name: /^(Aceptar|Accept)$/ }).click();
    await this.suggestion(key).waitFor({ state: 'detached' });
  }

  family(name: string | RegExp): Locator {
    return this.page.locator('section.family', { has: this.page.getByRole('heading', { level: 2, name }) });
  }

  strategy(name: string): Locator {
    return this.page.locator('article[data-strategy]', { has: this.page.getByRole('heading', { level: 3, name, exact: true }) });
  }

  /** Adds a strategy to a family and names it; its form stays open. */
  async addStrategy(family: string | RegExp, name: string): Promise<Locator> {
    await this.family(family).getByRole('button', { name: /^(Añadir estrategia|Add .* strategy)/ }).click();
    const input = this.page.locator('input[id$="-name"]:focus');
    await input.waitFor();
    await input.fill(name);
    return this.strategy(name);
  }

  async openStrategy(strategy: Locator): Promise<void> {
    const toggle = strategy.locator('button[aria-expanded]');
    if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
  }

  async tick(strategy: Locator, label: string | RegExp): Promise<void> {
    await strategy.getByRole('checkbox', { name: label }).check();
  }

  /** The segment-and-channel map is folded until asked for. */
  async openMap(): Promise<void> {
    const map = this.page.locator('section.map details');
    if ((await map.getAttribute('open')) === null) await map.locator('summary').click();
  }

  mapRow(segment: string | RegExp): Locator {
    return this.page.locator('section.map tbody tr', { has: this.page.locator('th', { hasText: segment }) });
  }
}
