import { defineMessages } from '../define-messages';

/** Texts of the safety net: conflicts between tabs, full storage, oversized files. */
export const safety = defineMessages({
  es: {
    'conflict.both': ({ field }) => `Otra pestaña cambió «${field}» al mismo tiempo que esta. Se conservan las dos versiones: elige con cuál te quedas.`,
    'conflict.kept': 'Versión guardada ahora',
    'conflict.other': 'La otra versión',
    'conflict.keepMine': 'Quedarme con la guardada',
    'conflict.empty': '(vacío)',
  },
  en: {
    'conflict.both': ({ field }) => `Another tab changed “${field}” at the same time as this one. Both versions are kept: choose which one stays.`,
    'conflict.kept': 'Version saved now',
    'conflict.other': 'The other version',
    'conflict.keepMine': 'Keep the saved one',
    'conflict.empty': '(empty)',
  },
});
