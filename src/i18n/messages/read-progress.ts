import { defineMessages } from '../define-messages';

/** How far a large file's read has got, beside «Leyendo los datos…». */
export const readProgress = defineMessages({
  es: {
    'import.readProgress': ({ rows, read, total }) => `${rows} filas · ${read} de ${total} MB`,
  },
  en: {
    'import.readProgress': ({ rows, read, total }) => `${rows} rows · ${read} of ${total} MB`,
  },
});
