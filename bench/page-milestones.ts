import type { BrowserContext, Page } from 'playwright-core';

/**
 * When, by the page's own clock, a file was picked, its review showed, «Usar estos datos» was
 * pressed and the figures showed. The test driver learns of each a little late: its waits poll at
 * 20, 50, 100, 100, then every 500 ms, which added up to half a second to a wait of 1.4 s.
 */
export interface Milestones {
  picked?: number;
  reviewed?: number;
  used?: number;
  figures?: number;
}

type WithMilestones = { __milestones?: Milestones };

/** Shown: the frame after the element entered the page, the one that paints it. */
export async function watchMilestones(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const marks: Milestones = {};
    (globalThis as WithMilestones).__milestones = marks;
    addEventListener('change', (event) => {
      if ((event.target as Element).matches?.('input[type=file]')) {
        for (const key of Object.keys(marks)) delete marks[key as keyof Milestones];
        marks.picked = performance.now();
      }
    }, true);
    addEventListener('click', (event) => {
      const button = (event.target as Element).closest?.('button');
      if (button && /^(Usar estos datos|Sustituir|Use this data|Replace)$/.test(button.textContent?.trim() ?? '')) marks.used = performance.now();
    }, true);
    new MutationObserver(() => {
      if (marks.picked === undefined) return;
      // No named helper here: the bench's compiler would wrap it in a call the page does not have.
      for (const [name, selector] of [['reviewed', 'p.counts, [data-import-error]'], ['figures', '[data-metric="customers_total"]']] as const) {
        if (marks[name] !== undefined || !document.querySelector(selector)) continue;
        marks[name] = -1;
        requestAnimationFrame(() => (marks[name] = performance.now()));
      }
    }).observe(document, { childList: true, subtree: true });
  });
}

const NAMES = ['picked', 'reviewed', 'used', 'figures'] as const;

/** The milestones of the last file picked (a frame still to come is waited for); throws when one is missing. */
export async function milestones(page: Page): Promise<Required<Milestones>> {
  await page.waitForFunction((names) => names.every((name) => Number((globalThis as WithMilestones).__milestones?.[name]) >= 0), NAMES, { timeout: 10_000 }).catch(() => undefined);
  const marks = await page.evaluate(() => (globalThis as WithMilestones).__milestones ?? {});
  for (const name of NAMES) {
    if (!(Number(marks[name]) >= 0)) throw new Error(`the page recorded no «${name}»: ${JSON.stringify(marks)}`);
  }
  return marks as Required<Milestones>;
}
