import type { DatasetKind } from '../domain/dataset';
import { localToday } from '../domain/dates';
import type { Language, Plan, PlanAddress } from '../domain/plan';
import type { buildSampleBundle, SampleBundle } from '../domain/sample/sample-bundle';
import type { SampleFile } from '../domain/sample/sample-data';
import type { PlanEdits } from '../storage/plans-repository';
import type { SampleRequest } from '../workers/sample.worker';
import { datasetsRepository, plansRepository } from './services';

/** One request to a short-lived sample worker. */
function ask<T>(request: SampleRequest): Promise<T> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('../workers/sample.worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<T>) => {
      worker.terminate();
      resolve(event.data);
    };
    worker.onerror = (event) => {
      worker.terminate();
      reject(new Error(event.message));
    };
    worker.postMessage(request);
  });
}

async function sampleBundle(language: Language): Promise<SampleBundle> {
  const built = await ask<ReturnType<typeof buildSampleBundle>>({ kind: 'plan', language, today: localToday(new Date()) });
  if (!built.ok) throw new Error(`sample: ${built.error.code}`);
  return built.value;
}

/**
 * «Try an example»: a new plan for the sample bakery, written in `language`, with its two
 * files stored the way a user's confirmed import stores them and every step filled in.
 */
export async function createSamplePlan(language: Language): Promise<Plan> {
  const { content, datasets } = await sampleBundle(language);
  const plan = await plansRepository.create(content.plan);
  const edits: PlanEdits = {};
  for (const [key, text] of Object.entries(content.fields)) edits[`fields.${key}` as PlanAddress] = { base: '', value: text };
  for (const [name, section] of Object.entries(content.sections)) edits[`sections.${name}` as PlanAddress] = { base: undefined, value: section };
  await plansRepository.saveEdits(plan.id, edits);
  const importedAt = new Date().toISOString();
  for (const dataset of datasets) {
    await datasetsRepository.replace({
      planId: plan.id,
      kind: dataset.kind,
      fileName: dataset.fileName,
      importedAt,
      blob: new Blob([dataset.text], { type: 'text/csv' }),
      settings: { ...dataset.settings },
    });
  }
  return plan;
}

/** One of the sample files with sales up to yesterday, to show the expected format. */
export async function sampleFile(kind: DatasetKind): Promise<SampleFile> {
  const files = await ask<Record<DatasetKind, SampleFile>>({ kind: 'files', today: localToday(new Date()) });
  return files[kind];
}
