import { registerSW } from 'virtual:pwa-register';

/** The service worker that keeps the app working offline, and the news of a new version. */
class AppUpdate {
  #ready = $state(false);
  #update: ((reload?: boolean) => Promise<void>) | undefined;

  get ready(): boolean {
    return this.#ready;
  }

  start(): void {
    if (!('serviceWorker' in navigator)) return;
    this.#update = registerSW({
      onNeedRefresh: () => {
        this.#ready = true;
      },
    });
  }

  apply(): void {
    void this.#update?.(true);
  }
}

export const appUpdate = new AppUpdate();
