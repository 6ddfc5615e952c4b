import { readFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';

/** Clock ticks all cores have spent busy since boot (user, nice, system, interrupts, steal), from /proc/stat. */
function busyTicks(): number {
  const [, user, nice, system, , , irq, softirq, steal] = readFileSync('/proc/stat', 'utf8').split('\n', 1)[0].trim().split(/\s+/).map(Number);
  return user + nice + system + irq + softirq + (steal || 0);
}

const TICK_MS = 10;
const WINDOW_MS = 300;
/** Busy below this share of one core over a window: the machine is idle. */
const IDLE_SHARE = 0.1;

/**
 * Waits until the machine uses under a tenth of a core over 300 ms: the page's own start-up (the
 * service worker filling its cache on a first visit, the diagnosis worker loading and compiling)
 * is over, as it is by the time a person has chosen a file, or read the review of one, and the
 * browser of the pass before has gone. Resolves to the seconds waited, and whether the machine
 * went idle within `maxMs`.
 */
export async function waitForIdleMachine(maxMs = 15_000): Promise<{ seconds: number; idle: boolean }> {
  const started = performance.now();
  let before = busyTicks();
  while (performance.now() - started < maxMs) {
    await sleep(WINDOW_MS);
    const now = busyTicks();
    if ((now - before) * TICK_MS < WINDOW_MS * IDLE_SHARE) return { seconds: (performance.now() - started) / 1000, idle: true };
    before = now;
  }
  return { seconds: maxMs / 1000, idle: false };
}
