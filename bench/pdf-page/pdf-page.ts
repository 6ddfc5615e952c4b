/** The page the PDF bench drives: generates the sample plan's PDF in the browser and reports time and size. */
import { generatePlanPdf } from '../../src/report/generate-pdf';
import { appSampleInput } from '../../test/report/app-sample';
import { SAMPLE_DATASETS, sampleDiagnosis, samplePlan } from '../../test/report/sample-plan';

interface Run {
  ms: number;
  bytes: number;
  pages: number;
  charts: { id: string; as: 'vector' | 'image'; svgChars: number; ms: number }[];
}

async function run(language: 'es' | 'en', customers: number, keep: boolean): Promise<Run & { base64?: string }> {
  // 0 customers: the app's own sample plan («Try an example»).
  const input = customers === 0
    ? appSampleInput(language)
    : { plan: samplePlan(language), diagnosis: sampleDiagnosis(customers).diagnosis, datasets: SAMPLE_DATASETS, today: '2026-04-15' };
  const start = performance.now();
  const result = await generatePlanPdf(input);
  const ms = performance.now() - start;
  const out: Run & { base64?: string } = { ms, bytes: result.blob.size, pages: result.pages, charts: result.charts };
  if (keep) {
    const bytes = new Uint8Array(await result.blob.arrayBuffer());
    let binary = '';
    for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
    out.base64 = btoa(binary);
  }
  return out;
}

(globalThis as { __pdfBench?: typeof run }).__pdfBench = run;
document.body.dataset.ready = 'yes';
