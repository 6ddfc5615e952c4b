import { backup } from './messages/backup';
import { charts } from './messages/charts';
import { common } from './messages/common';
import { plans } from './messages/plans';
import { steps } from './messages/steps';

/** Every area's texts; add a new area's file here. */
export const messages = {
  es: { ...common.es, ...backup.es, ...plans.es, ...steps.es, ...charts.es },
  en: { ...common.en, ...backup.en, ...plans.en, ...steps.en, ...charts.en },
};

export type MessageKey = keyof typeof messages.es;
