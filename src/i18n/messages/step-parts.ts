import { defineMessages } from '../define-messages';

/** The local navigation of steps 5 and 6. */
export const stepParts = defineMessages({
  es: {
    'stepParts.implementation.nav': 'Partes de la implementación',
    'stepParts.implementation.actions': 'Acciones',
    'stepParts.implementation.calendar': 'Calendario',
    'stepParts.implementation.budget': 'Presupuesto',
    'stepParts.implementation.business': 'Caso de negocio',
    'stepParts.implementation.rollout': 'Implantación del CRM',
    'stepParts.evaluation.nav': 'Partes de la evaluación',
    'stepParts.evaluation.indicators': 'Indicadores',
    'stepParts.evaluation.measurements': 'Mediciones',
    'stepParts.evaluation.returns': 'Rentabilidad de campañas',
    'stepParts.evaluation.measurementsTitle': 'Mediciones de los indicadores',
    'stepParts.evaluation.measurementsHint': 'Anota aquí cada medición con su fecha: el avance y el semáforo de cada indicador se calculan con ellas. Su definición (meta, plazo, responsable) está en «Indicadores».',
  },
  en: {
    'stepParts.implementation.nav': 'Parts of the implementation',
    'stepParts.implementation.actions': 'Actions',
    'stepParts.implementation.calendar': 'Calendar',
    'stepParts.implementation.budget': 'Budget',
    'stepParts.implementation.business': 'Business case',
    'stepParts.implementation.rollout': 'CRM rollout',
    'stepParts.evaluation.nav': 'Parts of the evaluation',
    'stepParts.evaluation.indicators': 'Indicators',
    'stepParts.evaluation.measurements': 'Measurements',
    'stepParts.evaluation.returns': 'Campaign returns',
    'stepParts.evaluation.measurementsTitle': 'Indicator measurements',
    'stepParts.evaluation.measurementsHint': 'Record each measurement here with its date: each indicator’s progress and traffic light are worked out from them. Its definition (target, deadline, owner) is under “Indicators”.',
  },
});
