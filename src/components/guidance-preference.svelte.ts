import { STEP_IDS, type StepId } from '../domain/steps';

const STORAGE_KEY = 'fideliza.guidance.collapsed';

function stored(): StepId[] {
  try {
    const saved: unknown = JSON.parse(globalThis.localStorage?.getItem(STORAGE_KEY) ?? '[]');
    return Array.isArray(saved) ? STEP_IDS.filter((step) => saved.includes(step)) : [];
  } catch {
    return [];
  }
}

/** Which steps' guides the user has collapsed, remembered in this browser. */
class GuidancePreference {
  #collapsed = $state<StepId[]>(stored());

  isCollapsed(step: StepId): boolean {
    return this.#collapsed.includes(step);
  }

  toggle(step: StepId): void {
    this.#collapsed = this.isCollapsed(step) ? this.#collapsed.filter((s) => s !== step) : [...this.#collapsed, step];
    try {
      globalThis.localStorage?.setItem(STORAGE_KEY, JSON.stringify(this.#collapsed));
    } catch {
      // Without storage the choice lasts until the page is closed.
    }
  }
}

export const guidancePreference = new GuidancePreference();
