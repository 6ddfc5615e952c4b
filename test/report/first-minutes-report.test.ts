import { beforeAll, describe, expect, it } from 'vitest';
import { importCsv } from '../../src/domain/csv/import-csv';
import { epochDay, epochDayToIso } from '../../src/domain/dates';
import { diagnose } from '../../src/domain/metrics/diagnose';
import type { Diagnosis } from '../../src/domain/metrics/diagnosis';
import type { Plan } from '../../src/domain/plan';
import { buildSampleBundle, type SampleBundle } from '../../src/domain/sample/sample-bundle';
import { buildReport } from '../../src/report/build-report';
import type { ReportDocument } from '../../src/report/report-model';

const TODAY = epochDay(2026, 5, 20);

function samplePlanDocument(bundle: SampleBundle): ReportDocument {
  const tables = bundle.datasets.map((d) => importCsv(d.text, d.settings.options));
  const data = tables.flatMap((t) => (t.ok ? [t.value.data] : []));
  const transactions = data.find((d) => d.kind === 'transactions');
  const customers = data.find((d) => d.kind === 'customers');
  const diagnosis: Diagnosis = diagnose(
    {
      transactions: transactions?.kind === 'transactions' ? transactions.transactions : null,
      customers: customers?.kind === 'customers' ? customers.customers : null,
    },
    bundle.content.sections.analysis.params,
  );
  const stamp = new Date(TODAY * 86_400_000).toISOString();
  const plan: Plan = {
    ...bundle.content.plan, author: bundle.content.plan.author ?? '', id: 'sample', createdAt: stamp, updatedAt: stamp,
    fields: bundle.content.fields, sections: { ...bundle.content.sections }, backedUpAt: null, deletedAt: null,
  };
  return buildReport({ plan, diagnosis, datasets: [], today: epochDayToIso(TODAY) });
}

let doc: ReportDocument;
beforeAll(() => {
  const bundle = buildSampleBundle({ language: 'es', today: TODAY });
  if (!bundle.ok) throw new Error(bundle.error.code);
  doc = samplePlanDocument(bundle.value);
}, 60_000);

describe('the sample plan’s PDF', () => {
  it('has no pending step, and the summary opens with the planner’s own text, not a checklist', () => {
    expect(doc.sections.filter((s) => s.pending).map((s) => s.id)).toEqual([]);
    const summary = doc.sections.find((s) => s.id === 'summary');
    expect(summary?.blocks[0]).toMatchObject({ kind: 'paragraph', text: expect.stringMatching(/^Trigo y Sal tiene una clientela fiel/) });
    expect(summary?.blocks.some((b) => b.kind === 'table')).toBe(false);
    expect(doc.cover.draftNote).toBeNull();
  });

  it('prints no message key in place of a text', () => {
    const texts: string[] = [];
    JSON.stringify(doc.sections, (key, value) => {
      if (typeof value === 'string' && key !== 'id' && key !== 'metric' && key !== 'kind') texts.push(value);
      return key === 'option' ? undefined : value;
    });
    const keys = texts.filter((text) => /\b[a-z]+(\.[a-zA-Z_-]+){2,}\b/.test(text) && !/\s/.test(text.trim()));
    expect(keys).toEqual([]);
    expect(texts.some((text) => text.includes('metric.customers_no_purchase'))).toBe(false);
  });
});
