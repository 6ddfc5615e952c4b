import type { Page } from 'playwright-core';

export type DiagnosisPartId = 'data' | 'figures' | 'charts' | 'quality' | 'advanced' | 'questions';
/** The parts of steps 2, 5 and 6 (src/steps/step-parts.ts). */
export type StepPartId = 'general' | 'specific' | 'actions' | 'calendar' | 'budget' | 'business' | 'rollout' | 'indicators' | 'measurements' | 'returns';

/** Opens one part of the step on screen through its local navigation (a no-op when it is already open). */
export async function showPart(page: Page, part: DiagnosisPartId | StepPartId): Promise<void> {
  const link = page.locator(`nav.parts a[data-part="${part}"]`);
  if ((await link.getAttribute('aria-current')) === 'page') return;
  await link.click();
  await page.waitForURL(new RegExp(`/step/\\d/${part}$`));
  await page.locator(`nav.parts a[data-part="${part}"][aria-current="page"]`).waitFor();
}
