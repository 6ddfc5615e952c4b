import { defineMessages } from '../define-messages';

/** Texts of the chart frame (switch, exports) and of the diagnosis charts. */
export const charts = defineMessages({
  es: {
    'chart.viewTable': 'Ver como tabla',
    'chart.viewChart': 'Ver como gráfico',
    'chart.exportPng': 'Descargar PNG',
    'chart.exportSvg': 'Descargar SVG',
    'chart.exportLabel': ({ title }) => `Descargar «${title}»`,
    'chart.loading': 'Cargando el gráfico…',
    'chart.loadFailed': 'No se ha podido dibujar el gráfico. Los datos siguen disponibles en la tabla.',
    'chart.clickHint': 'Pulsa un elemento del gráfico o de la tabla para ver sus clientes.',
  },
  en: {
    'chart.viewTable': 'View as table',
    'chart.viewChart': 'View as chart',
    'chart.exportPng': 'Download PNG',
    'chart.exportSvg': 'Download SVG',
    'chart.exportLabel': ({ title }) => `Download “${title}”`,
    'chart.loading': 'Loading the chart…',
    'chart.loadFailed': 'The chart could not be drawn. The figures are still in the table.',
    'chart.clickHint': 'Click an element of the chart or of the table to see its customers.',
  },
});
