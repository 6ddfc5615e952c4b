import type { Locator, Page } from 'playwright-core';
import { showPart } from './diagnosis-parts';

/** Step 2 of a plan: writing the general objective and the specific objectives, reading their SMART check. */
export class ObjectivesPage {
  constructor(private readonly page: Page) {}

  async writeGeneralObjective(parts: { what: string; where: string; whatFor: string }): Promise<void> {
    await showPart(this.page, 'general');
    await this.page.locator('#general-what').fill(parts.what);
    await this.page.locator('#general-where').fill(parts.where);
    await this.page.locator('#general-whatFor').fill(parts.whatFor);
  }

  /** Opens a part of step 2: the general objective or the specific ones. */
  show(part: 'general' | 'specific'): Promise<void> {
    return showPart(this.page, part);
  }

  sentence(): Locator {
    return this.page.locator('#general-sentence');
  }

  /** Adds an objective on the metric whose label starts with `metric`; returns its card. */
  async addObjective(metric: string | RegExp): Promise<Locator> {
    await showPart(this.page, 'specific');
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
    await this.#openSmart(card);
    const item = card.locator(`[data-smart="${letter}"]`);
    return {
      pass: (await item.getAttribute('data-pass')) === 'true',
      code: (await item.getAttribute('data-code')) ?? '',
      text: await item.innerText(),
    };
  }

  async waitForLetter(card: Locator, letter: 'S' | 'M' | 'A' | 'R' | 'T', pass: boolean): Promise<void> {
    await this.#openSmart(card);
    await card.locator(`[data-smart="${letter}"][data-pass="${pass}"]`).waitFor();
  }

  /** A card whose five letters passed when it appeared shows its SMART check folded. */
  async #openSmart(card: Locator): Promise<void> {
    const box = card.locator('details.smart-box');
    if ((await box.getAttribute('open')) === null) await box.locator('summary').click();
  }
}
