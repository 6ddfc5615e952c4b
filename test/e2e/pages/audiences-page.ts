import type { Locator, Page } from 'playwright-core';

export interface AudienceInput {
  kind: string;
  message: string;
  channel: string;
  /** An ISO date, or a frequency's label. */
  date?: string;
  frequency?: string;
  owner: string;
}

/** Step 4 of a plan: who hears about it, and the conditions for success. */
export class AudiencesPage {
  constructor(private readonly page: Page) {}

  scope(scope: 'internal' | 'external'): Locator {
    return this.page.locator('section', { has: this.page.locator(`#${scope}-title`) });
  }

  audiences(scope: 'internal' | 'external'): Locator {
    return this.scope(scope).locator('ul.audiences > li');
  }

  /** Adds an audience to the internal or external list and fills it in. */
  async addAudience(scope: 'internal' | 'external', audience: AudienceInput): Promise<Locator> {
    await this.scope(scope).getByRole('button', { name: /^\+ (Añadir público|Add an)/ }).click();
    const card = this.audiences(scope).last();
    await card.getByLabel(/^(Público|Audience)$/).selectOption({ label: audience.kind });
    await card.getByLabel(/^(Mensaje|Message)$/).fill(audience.message);
    await card.getByLabel(/^(Canal|Channel)$/).selectOption({ label: audience.channel });
    if (audience.frequency) {
      await card.getByRole('radio', { name: /^\s*(Con una frecuencia|Recurring)\s*$/ }).check();
      await card.getByLabel(/^(Frecuencia|Frequency)$/).selectOption({ label: audience.frequency });
    } else if (audience.date) {
      await card.getByLabel(/^(Fecha|Date)$/).fill(audience.date);
    }
    await card.getByLabel(/^(Responsable|Owner)$/).fill(audience.owner);
    return card;
  }

  async tickCondition(label: string, comment: string): Promise<void> {
    await this.page.getByRole('checkbox', { name: label }).check();
    await this.page.getByRole('textbox', { name: new RegExp(`«${label}»|“${label}”`) }).fill(comment);
  }
}
