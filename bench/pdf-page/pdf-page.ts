/** The page the PDF bench drives: generates the sample plan's PDF and Word file in the browser and reports time and size. */
import { createPlan } from '../../src/domain/plan';
import type { ReportInput } from '../../src/report/build-report';
import { generatePlanDocx } from '../../src/report/generate-docx';
import { generatePlanPdf } from '../../src/report/generate-pdf';
import { appSampleInput } from '../../test/report/app-sample';
import { SAMPLE_DATASETS, sampleDiagnosis, samplePlan } from '../../test/report/sample-plan';

interface Run {
  ms: number;
  bytes: number;
  pages: number;
  charts: { id: string; as: 'vector' | 'image'; svgChars: number; ms: number }[];
}

type Format = 'pdf' | 'docx';

/** 0 customers: the app's own sample plan («Try an example»); -1: an empty plan, the floor; else the test sample of that size. */
function input(language: 'es' | 'en', customers: number): ReportInput {
  if (customers === 0) return appSampleInput(language);
  if (customers < 0) {
    const plan = createPlan({ name: 'Plan', company: 'Empresa', sector: '', currency: 'EUR', language }, 'empty', new Date('2026-01-01T00:00:00Z'));
    return { plan, diagnosis: null, datasets: [], today: '2026-04-15' };
  }
  return { plan: samplePlan(language), diagnosis: sampleDiagnosis(customers).diagnosis, datasets: SAMPLE_DATASETS, today: '2026-04-15' };
}

async function base64(blob: Blob): Promise<string> {
  const bytes = new Uint8Array(await blob.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

async function run(language: 'es' | 'en', customers: number, keep: boolean, format: Format = 'pdf'): Promise<Run & { base64?: string }> {
  const data = input(language, customers);
  const start = performance.now();
  const result = format === 'pdf' ? await generatePlanPdf(data) : await generatePlanDocx(data);
  const ms = performance.now() - start;
  const out: Run & { base64?: string } = {
    ms,
    bytes: result.blob.size,
    pages: 'pages' in result ? result.pages : 0,
    charts: 'pages' in result ? result.charts : [],
  };
  if (keep) out.base64 = await base64(result.blob);
  return out;
}

(globalThis as { __pdfBench?: typeof run }).__pdfBench = run;
document.body.dataset.ready = 'yes';
