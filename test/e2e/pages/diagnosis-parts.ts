import type { Page } from 'playwright-core';

export type DiagnosisPartId = 'data' | 'figures' | 'charts' | 'quality' | 'advanced' | 'questions';

/** Opens one part of step 1 through its local navigation (a no-op when it is already open). */
export async function showPart(page: Page, part: DiagnosisPartId): Promise<void> {
  const link = page.locator(`nav.parts a[data-part="${part}"]`);
  if ((await link.getAttribute('aria-current')) === 'page') return;
  await link.click();
  await page.waitForURL(new RegExp(`/step/1/${part}$`));
  await page.locator(`nav.parts a[data-part="${part}"][aria-current="page"]`).waitFor();
}
