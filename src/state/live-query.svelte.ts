import { liveQuery } from 'dexie';

/** The latest result of a Dexie query, kept current as the database changes (in any tab). */
export class LiveQuery<T> {
  #current = $state.raw<T | undefined>(undefined);
  #loaded = $state(false);
  #error = $state.raw<unknown>(null);
  #subscription: { unsubscribe(): void };

  constructor(query: () => Promise<T>) {
    this.#subscription = liveQuery(query).subscribe({
      next: (value) => {
        this.#current = value;
        this.#loaded = true;
      },
      error: (error) => {
        this.#error = error;
        this.#loaded = true;
      },
    });
  }

  get current(): T | undefined {
    return this.#current;
  }

  get loaded(): boolean {
    return this.#loaded;
  }

  get error(): unknown {
    return this.#error;
  }

  stop(): void {
    this.#subscription.unsubscribe();
  }
}
