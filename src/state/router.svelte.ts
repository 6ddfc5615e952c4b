import { parseHash, type Route } from './route';

/** The current route, following the location hash so that links and reloads agree. */
class Router {
  #route = $state.raw<Route>(parseHash(globalThis.location?.hash ?? ''));

  constructor() {
    globalThis.addEventListener?.('hashchange', () => {
      this.#route = parseHash(location.hash);
    });
  }

  get route(): Route {
    return this.#route;
  }

  go(href: string): void {
    location.hash = href;
  }
}

export const router = new Router();
