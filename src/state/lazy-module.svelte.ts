/**
 * A part of the app in its own chunk, fetched the first time it is needed: `current` is undefined
 * until it arrives (and stays there after, so a second visit shows it at once), `failed` when the
 * fetch failed (offline before the service worker kept it, or an old version's file gone).
 */
export class LazyModule<T> {
  #current = $state.raw<T | undefined>(undefined);
  #failed = $state(false);
  #loading: Promise<T | undefined> | undefined;
  readonly #load: () => Promise<T>;

  constructor(load: () => Promise<T>) {
    this.#load = load;
  }

  get current(): T | undefined {
    return this.#current;
  }

  get failed(): boolean {
    return this.#failed;
  }

  /** Starts the fetch once; after a failure, a new call tries again. */
  load(): Promise<T | undefined> {
    this.#loading ??= this.#load().then(
      (value) => (this.#current = value),
      () => {
        this.#failed = true;
        this.#loading = undefined;
        return undefined;
      },
    );
    return this.#loading;
  }
}
