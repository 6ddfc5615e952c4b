import { defineMessages } from '../define-messages';

/**
 * The one name of each concept a planner copies into their work: RFM segments, value-matrix
 * quadrants, strategy families, the two lifetime values and action statuses. The glossary owns
 * them; every screen, chart, list and export reads them from here (through the keys of its own
 * area, which take their text from these), so a rename here reaches them all.
 */
export const conceptNames = defineMessages({
  es: {
    'name.rfm.champions': 'Campeones',
    'name.rfm.loyal': 'Leales',
    'name.rfm.potential-loyalists': 'Futuros leales',
    'name.rfm.new': 'Nuevos',
    'name.rfm.promising': 'Prometedores',
    'name.rfm.need-attention': 'Necesitan atención',
    'name.rfm.about-to-sleep': 'Se están alejando',
    'name.rfm.at-risk': 'En riesgo de abandono',
    'name.rfm.cant-lose': 'Grandes clientes en riesgo',
    'name.rfm.hibernating': 'Dormidos',
    'name.rfm.lost': 'Perdidos',
    'name.quadrant.high-high': 'Valor alto, mucho por ganar',
    'name.quadrant.high-low': 'Valor alto, casi todo con nosotros',
    'name.quadrant.low-high': 'Valor bajo, mucho por ganar',
    'name.quadrant.low-low': 'Valor bajo, poco por ganar',
    'name.family.acquisition': 'Captación',
    'name.family.retention': 'Retención',
    'name.family.extension': 'Extensión',
    'name.family.recovery': 'Recuperación',
    'name.clv': 'Valor de vida',
    'name.clvDiscounted': 'Valor de vida actualizado',
    'name.status.planned': 'Prevista',
    'name.status.in-progress': 'En curso',
    'name.status.done': 'Hecha',
    'name.status.cancelled': 'Cancelada',
  },
  en: {
    'name.rfm.champions': 'Champions',
    'name.rfm.loyal': 'Loyal',
    'name.rfm.potential-loyalists': 'Potential loyalists',
    'name.rfm.new': 'New',
    'name.rfm.promising': 'Promising',
    'name.rfm.need-attention': 'Need attention',
    'name.rfm.about-to-sleep': 'About to sleep',
    'name.rfm.at-risk': 'At risk',
    'name.rfm.cant-lose': 'Can’t lose them',
    'name.rfm.hibernating': 'Hibernating',
    'name.rfm.lost': 'Lost',
    'name.quadrant.high-high': 'High value, much to win',
    'name.quadrant.high-low': 'High value, nearly all with us',
    'name.quadrant.low-high': 'Low value, much to win',
    'name.quadrant.low-low': 'Low value, little to win',
    'name.family.acquisition': 'Acquisition',
    'name.family.retention': 'Retention',
    'name.family.extension': 'Extension',
    'name.family.recovery': 'Recovery',
    'name.clv': 'Lifetime value',
    'name.clvDiscounted': 'Discounted lifetime value',
    'name.status.planned': 'Planned',
    'name.status.in-progress': 'In progress',
    'name.status.done': 'Done',
    'name.status.cancelled': 'Cancelled',
  },
});

export type ConceptName = keyof typeof conceptNames.es;
