import { epochDayToIso, localToday } from '../../domain/dates';
import { reportDataset } from '../../report/report-datasets';
import type { ReportInput } from '../../report/build-report';
import { reportPredictive } from '../../report/report-predictive';
import type { DiagnosisView } from '../../state/diagnosis-context';
import type { DiagnosisSession } from '../../state/diagnosis-session.svelte';
import type { PlanEditor } from '../../state/plan-editor.svelte';
import { plansRepository } from '../../state/services';

/** What a document is built from, with what the user just typed saved first. */
export async function reportInput(editor: PlanEditor, diagnosis: DiagnosisView, session: DiagnosisSession | undefined): Promise<ReportInput> {
  await editor.flush();
  const plan = (await plansRepository.get(editor.planId)) ?? editor.plan;
  if (!plan) throw new Error('plan not found');
  const datasets = (session?.storedDatasets ?? []).map(reportDataset);
  const predictive = await reportPredictive(plan, session ?? null);
  return { plan, diagnosis: diagnosis.diagnosis, datasets, today: epochDayToIso(localToday(new Date())), predictive };
}
