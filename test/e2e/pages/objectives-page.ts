import type { Locator, Page } from 'playwright-core';

/** Step 2 of a plan: writing the general objective and the specific objectives, reading their SMART check. */
export class ObjectivesPage {
  constructor(private readonly page: Page) {}

  async writeGeneralObjective(parts: { what: string; where: string; whatFor: string }): Promise<void> {
    await this.page.locator('#general-what').fill(parts.what);
    await this.page.locator('#general-where').fill(parts.where);
    await this.page.locator('#general-whatFor').fill(parts.whatFor);
  }

  sentence(): Locator {
    return this.page.locator('#general-sentence');
  }

  /** Adds an objective on the metric whose label starts with `metric`; returns its card. */
  async addObjective(metric: string | RegExp): Promise<Locator> {
    const picker = this.page.locator('#new-objective-metric');
    const label = await picker.locator('option').filter({ hasText: metric }).first().innerText();
    await picker.selectOption({ label });
    const before = await this.page.locator('article[data-objective]').count();
    await this.page.getByRole('button', { name: /^(Añadir objetivo|Add objective)$/ }).click();
    const card = this.page.locator('article[data-objective]').nth(before);
    await card.waitFor();
    return card;
  }

  objective(n: number): Locator {
    return this.page.locator('article[data-objective]').nth(n - 1);
  }

  async fill(card: Locator, field: 'description' | 'target' | 'baseline' | 'owner', text: string): Promise<void> {
    await card.locator(`[id$="-${field}"]`).fill(text);
  }

  async setDeadline(card: Locator, iso: string): Promise<void> {
    await card.locator('input[type=date]').fill(iso);
  }

  async linkToGeneral(card: Locator): Promise<void> {
    await card.getByRole('checkbox').check();
  }

  async pickSegment(card: Locator, value: string): Promise<void> {
    await card.locator('[id$="-segment"]').selectOption(value);
  }

  /** Whether a SMART letter passes, and its reason code, as the card shows them. */
  async letter(card: Locator, letter: 'S' | 'M' | 'A' | 'R' | 'T'): Promise<{ pass: boolean; code: string; text: string }> {
    const item = card.locator(`[data-smart="${letter}"]`);
    return {
      pass: (await item.getAttribute('data-pass')) === 'true',
      code: (await item.getAttribute('data-code')) ?? '',
      text: await item.innerText(),
    };
  }

  async waitForLetter(card: Locator, letter: 'S' | 'M' | 'A' | 'R' | 'T', pass: boolean): Promise<void> {
    await card.locator(`[data-smart="${letter}"][data-pass="${pass}"]`).waitFor();
  }
}
