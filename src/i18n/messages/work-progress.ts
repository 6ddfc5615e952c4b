import { defineMessages } from '../define-messages';

/** How far the long work after a read has got (figures, data quality, predictive fit), and its cancel. */
export const workProgress = defineMessages({
  es: {
    'work.step': ({ k, n, step }) => `Paso ${k} de ${n}: ${step}`,
    'work.stage.grouping': ({ total }) => `agrupando ${total} filas por cliente`,
    'work.stage.figures': ({ total }) => `calculando las cifras de ${total} clientes`,
    'work.stage.sending': ({ done, total }) => `preparando la lista de clientes: ${done} de ${total}`,
    'work.stage.profile': ({ total }) => `revisando las columnas de ${total} registros`,
    'work.stage.levels': ({ total }) => `calculando el nivel de datos de ${total} registros`,
    'work.stage.duplicates': ({ total }) => `buscando duplicados entre ${total} registros`,
    'work.cancel': 'Cancelar',
    'work.reviewing': 'Revisando la base de clientes…',
    'work.analysisStopped': 'Has cancelado el cálculo de las cifras. Los datos guardados siguen igual; las cifras se calcularán cuando lo pidas.',
    'work.resumeAnalysis': 'Calcular las cifras',
    'quality.problem.stopped': 'Has cancelado la revisión de la base de clientes. La limpieza guardada sigue igual.',
    'work.resumeQuality': 'Revisar de nuevo',
    'work.predictiveStopped': 'Has cancelado el ajuste de los modelos. Puedes volver a ajustarlos cuando quieras.',
  },
  en: {
    'work.step': ({ k, n, step }) => `Step ${k} of ${n}: ${step}`,
    'work.stage.grouping': ({ total }) => `grouping ${total} rows by customer`,
    'work.stage.figures': ({ total }) => `computing the figures of ${total} customers`,
    'work.stage.sending': ({ done, total }) => `preparing the customer list: ${done} of ${total}`,
    'work.stage.profile': ({ total }) => `checking the columns of ${total} records`,
    'work.stage.levels': ({ total }) => `working out the data level of ${total} records`,
    'work.stage.duplicates': ({ total }) => `looking for duplicates among ${total} records`,
    'work.cancel': 'Cancel',
    'work.reviewing': 'Reviewing the customer list…',
    'work.analysisStopped': 'You cancelled the computation of the figures. The saved data is unchanged; the figures will be computed when you ask for them.',
    'work.resumeAnalysis': 'Compute the figures',
    'quality.problem.stopped': 'You cancelled the review of the customer list. The saved cleaning is unchanged.',
    'work.resumeQuality': 'Review again',
    'work.predictiveStopped': 'You cancelled the model fit. You can fit the models again whenever you like.',
  },
});
