import { backup } from './messages/backup';
import { business } from './messages/business';
import { chartCategories } from './messages/chart-categories';
import { charts } from './messages/charts';
import { columns } from './messages/columns';
import { common } from './messages/common';
import { conceptNames } from './messages/concept-names';
import { customerList } from './messages/customer-list';
import { diagnosis } from './messages/diagnosis';
import { documentText } from './messages/document';
import { dissemination } from './messages/dissemination';
import { evaluation } from './messages/evaluation';
import { glossary } from './messages/glossary';
import { guidance } from './messages/guidance';
import { guided } from './messages/guided';
import { implementation } from './messages/implementation';
import { lazy } from './messages/lazy';
import { importTrust } from './messages/import-trust';
import { metrics } from './messages/metrics';
import { objectives } from './messages/objectives';
import { plans } from './messages/plans';
import { predictive } from './messages/predictive';
import { quality } from './messages/quality';
import { readProgress } from './messages/read-progress';
import { report } from './messages/report';
import { safety } from './messages/safety';
import { reportAnnex } from './messages/report-annex';
import { stepParts } from './messages/step-parts';
import { steps } from './messages/steps';
import { strategies } from './messages/strategies';
import { workProgress } from './messages/work-progress';

/** Every area's texts; add a new area's file here. */
export const messages = {
  es: { ...common.es, ...columns.es, ...diagnosis.es, ...metrics.es, ...backup.es, ...plans.es, ...steps.es, ...charts.es, ...chartCategories.es, ...customerList.es, ...objectives.es, ...strategies.es, ...dissemination.es, ...implementation.es, ...evaluation.es, ...report.es, ...guidance.es, ...glossary.es, ...predictive.es, ...quality.es, ...business.es, ...guided.es, ...conceptNames.es, ...importTrust.es, ...safety.es, ...reportAnnex.es, ...documentText.es, ...stepParts.es, ...lazy.es, ...readProgress.es, ...workProgress.es },
  en: { ...common.en, ...columns.en, ...diagnosis.en, ...metrics.en, ...backup.en, ...plans.en, ...steps.en, ...charts.en, ...chartCategories.en, ...customerList.en, ...objectives.en, ...strategies.en, ...dissemination.en, ...implementation.en, ...evaluation.en, ...report.en, ...guidance.en, ...glossary.en, ...predictive.en, ...quality.en, ...business.en, ...guided.en, ...conceptNames.en, ...importTrust.en, ...safety.en, ...reportAnnex.en, ...documentText.en, ...stepParts.en, ...lazy.en, ...readProgress.en, ...workProgress.en },
};

export type MessageKey = keyof typeof messages.es;
