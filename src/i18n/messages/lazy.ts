import { defineMessages } from '../define-messages';

/** While a part of the app (a step, a page) is fetched the first time. */
export const lazy = defineMessages({
  es: {
    'lazy.loading': 'Cargando…',
    'lazy.languageFailed': 'No se ha podido cargar el otro idioma: comprueba la conexión.',
    'lazy.failed': 'No se ha podido cargar esta parte de Fideliza. Comprueba la conexión y recarga la página; lo que has guardado sigue aquí.',
  },
  en: {
    'lazy.loading': 'Loading…',
    'lazy.languageFailed': 'The other language could not be loaded: check the connection.',
    'lazy.failed': 'This part of Fideliza could not be loaded. Check the connection and reload the page; what you saved is still here.',
  },
});
