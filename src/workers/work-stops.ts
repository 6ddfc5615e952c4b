/** Thrown inside the worker when the page stopped the request under way. */
export class StoppedError extends Error {
  constructor() {
    super('stopped');
  }
}

/**
 * Lets the messages already queued for the worker in (a stop among them) before going on. A
 * channel of its own, not `setTimeout`, which browsers clamp to 4 ms once calls nest.
 */
export function letMessagesIn(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/**
 * The requests the page stopped waiting for, inside the worker. A long piece of work is written
 * as a generator that yields before each of its parts; at each yield `run` lets messages in, ends
 * the work with `StoppedError` once its request is stopped (so no later part starts), and else
 * hands the part to `onstep` (the progress the page shows).
 */
export class WorkStops {
  #running = new Set<number>();
  #stopped = new Set<number>();

  constructor(private readonly pause: () => Promise<void> = letMessagesIn) {}

  /** Stops these requests, where they still run. */
  stop(ids: readonly number[]): void {
    for (const id of ids) if (this.#running.has(id)) this.#stopped.add(id);
  }

  /**
   * Runs work that awaits between its parts (a file read a part at a time) and asks `stopped()`
   * at each; ends with `StoppedError` once its request is stopped.
   */
  async watch<T>(id: number, work: (stopped: () => boolean) => Promise<T>): Promise<T> {
    this.#running.add(id);
    try {
      const result = await work(() => this.#stopped.has(id));
      if (this.#stopped.has(id)) throw new StoppedError();
      return result;
    } finally {
      this.#running.delete(id);
      this.#stopped.delete(id);
    }
  }

  async run<S, T>(id: number, work: Generator<S, T, void>, onstep: (step: S) => void = () => {}): Promise<T> {
    this.#running.add(id);
    try {
      for (let next = work.next(); ; next = work.next()) {
        if (next.done) return next.value;
        await this.pause();
        if (this.#stopped.has(id)) throw new StoppedError();
        onstep(next.value);
      }
    } finally {
      this.#running.delete(id);
      this.#stopped.delete(id);
    }
  }
}

/** Runs such a generator straight through, in one go (tests, and callers with nothing to stop). */
export function runThrough<S, T>(work: Generator<S, T, void>, onstep: (step: S) => void = () => {}): T {
  for (let next = work.next(); ; next = work.next()) {
    if (next.done) return next.value;
    onstep(next.value);
  }
}
