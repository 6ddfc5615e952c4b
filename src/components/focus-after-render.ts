import { tick } from 'svelte';

/** Moves the keyboard focus to the element with this id once the pending changes are on screen. */
export async function focusAfterRender(id: string): Promise<void> {
  await tick();
  document.getElementById(id)?.focus();
}
