import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diagnose } from '../../src/domain/metrics/diagnose';
import { DEFAULT_PARAMS } from '../../src/domain/metrics/params';
import { createPlan, type Plan } from '../../src/domain/plan';
import { buildReport, type ReportInput } from '../../src/report/build-report';
import type { ReportBlock, ReportCell, ReportDocument, ReportSection, TableBlock } from '../../src/report/report-model';
import { day, transactionTable } from '../domain/metrics/tables';
import { WORKED_EXAMPLE } from '../domain/metrics/worked-example';
import { SAMPLE_DATASETS, samplePlan } from './sample-plan';

const STEPS = ['diagnosis', 'objectives', 'strategies', 'dissemination', 'implementation', 'evaluation'];

function emptyPlan(language: 'es' | 'en' = 'es'): Plan {
  return createPlan({ name: 'Plan vacío', company: 'Ñandú, S.A.', sector: '', currency: 'EUR', language }, 'p1', new Date('2026-01-01T00:00:00Z'));
}

/** The worked example of METRICS.md: T = 2025-12-31, P = 12, m = 0.30, d = 0.10. */
function workedDiagnosis() {
  return diagnose({ transactions: transactionTable(WORKED_EXAMPLE), customers: null }, { ...DEFAULT_PARAMS, analysisDate: day('2025-12-31') });
}

function build(overrides: Partial<ReportInput> = {}): ReportDocument {
  return buildReport({ plan: emptyPlan(), diagnosis: null, datasets: [], today: '2026-04-15', ...overrides });
}

const section = (doc: ReportDocument, id: string): ReportSection => {
  const found = doc.sections.find((s) => s.id === id);
  if (!found) throw new Error(`no section ${id}`);
  return found;
};
const tables = (s: ReportSection): TableBlock[] => s.blocks.filter((b): b is TableBlock => b.kind === 'table');
const table = (s: ReportSection, id: string): TableBlock => {
  const found = tables(s).find((t) => t.id === id);
  if (!found) throw new Error(`no table ${id} in ${s.id}`);
  return found;
};
const text = (cell: ReportCell) => (typeof cell === 'string' ? cell : cell.text);
const headings = (s: ReportSection) => s.blocks.filter((b): b is Extract<ReportBlock, { kind: 'heading' }> => b.kind === 'heading').map((b) => b.text);
const kinds = (s: ReportSection) => s.blocks.map((b) => b.kind);

describe('the document outline', () => {
  it('puts the summary first, the six steps in order, then one annex with the method and the data dictionary', () => {
    const doc = build();
    expect(doc.sections.map((s) => s.id)).toEqual(['summary', ...STEPS, 'business', 'appendix-method']);
    expect(doc.sections.map((s) => s.number)).toEqual(['', '1', '2', '3', '4', '5', '6', '', '']);
    expect(headings(section(doc, 'appendix-method'))).toEqual(['Método y fórmulas', 'Diccionario de datos']);
  });

  it('adds the data-quality log to the annex when the plan keeps one, before the dictionary', () => {
    const plan = emptyPlan();
    plan.sections.quality = {
      log: [
        { id: 1, at: '2026-01-05T10:00:00Z', stage: 'normalised', action: 'normalise', rows: 40, cells: 52, recordsDelta: 0 },
        { id: 2, at: '2026-01-06T10:00:00Z', stage: 'deduplicated', action: 'merge', rows: 6, cells: 9, recordsDelta: -3 },
        { id: 3, at: '2026-01-06T11:00:00Z', stage: 'deduplicated', action: 'undo', rows: 6, cells: 9, recordsDelta: 3, undoes: 2 },
        { nonsense: true },
      ],
    };
    const doc = build({ plan });
    expect(headings(section(doc, 'appendix-method'))).toEqual(['Método y fórmulas', 'Registro de calidad de los datos', 'Diccionario de datos']);
    // The merge was undone: only the normalisation is still in force.
    const log = table(section(doc, 'appendix-method'), 'quality-log');
    expect(log.rows).toHaveLength(1);
    expect(text(log.rows[0][2])).toBe('Normalización de formatos');
    expect(log.rows[0][3]).toMatchObject({ value: 40 });
  });

  it('leaves the data-quality appendix out when every change to the base was undone', () => {
    const plan = emptyPlan();
    plan.sections.quality = {
      log: [
        { id: 1, at: '2026-01-06T10:00:00Z', stage: 'deduplicated', action: 'merge', rows: 6, cells: 9, recordsDelta: -3 },
        { id: 2, at: '2026-01-06T11:00:00Z', stage: 'deduplicated', action: 'undo', rows: 6, cells: 9, recordsDelta: 3, undoes: 1 },
      ],
    };
    expect(headings(section(build({ plan }), 'appendix-method'))).toEqual(['Método y fórmulas', 'Diccionario de datos']);
  });

  it.each([
    ['es', 'Resumen ejecutivo', 'Diagnóstico', 'Índice', 'Página {x} de {y}', 'Anexo'],
    ['en', 'Executive summary', 'Diagnosis', 'Contents', 'Page {x} of {y}', 'Appendix'],
  ] as const)('is worded in the plan’s language (%s), whatever the interface says', (language, summary, step1, contents, pageOf, appendix) => {
    const doc = build({ plan: emptyPlan(language) });
    expect(doc.language).toBe(language);
    expect(doc.sections[0].title).toBe(summary);
    expect(section(doc, 'diagnosis').title).toBe(step1);
    expect(doc.contentsTitle).toBe(contents);
    expect(doc.pageTemplate).toBe(pageOf);
    expect(section(doc, 'appendix-method').eyebrow).toBe(appendix);
  });

  it('carries the title, author, company and language for the PDF metadata, the cover and the running header', () => {
    const plan = samplePlan('es');
    const doc = build({ plan });
    expect(doc.meta).toMatchObject({ title: 'Plan de fidelización 2026', author: 'Lucía Peña Ibáñez', subject: 'Plan de marketing relacional de Panaderías Sol, S.L.' });
    expect(doc.languageTag).toBe('es-ES');
    expect(doc.runningHeader).toBe('Plan de fidelización 2026 · Panaderías Sol, S.L.');
    expect(doc.cover.lines.map((l) => l.value)).toEqual(['Panaderías Sol, S.L.', 'Alimentación', 'Lucía Peña Ibáñez', '15 de abril de 2026']);
    expect(doc.fileName).toBe('Plan de marketing relacional - Plan de fidelización 2026.pdf');
  });
});

describe('pending steps', () => {
  it('marks every step of an empty plan pending, with a short note and nothing else', () => {
    const doc = build();
    for (const id of STEPS) {
      const s = section(doc, id);
      expect(s.pending, id).toBe(true);
      expect(kinds(s), id).toEqual(['pending']);
    }
    expect(doc.cover.draftNote).toBe('Borrador: 0 de 6 pasos completados');
  });

  it('takes a step out of pending as soon as one question is answered, and prints the answer under its question', () => {
    const plan = emptyPlan();
    plan.fields['dissemination.conditions'] = '¿Apoyo de la dirección? Sí, con 1.500 € de presupuesto.';
    const doc = build({ plan });
    const s = section(doc, 'dissemination');
    expect(s.pending).toBe(false);
    expect(s.blocks).toContainEqual({ kind: 'answer', question: 'Condiciones para el éxito', text: '¿Apoyo de la dirección? Sí, con 1.500 € de presupuesto.' });
    expect(doc.cover.draftNote).toBe('Borrador: 1 de 6 pasos completados');
  });

  it('says in the summary what is still missing instead of leaving gaps', () => {
    const summary = section(build(), 'summary');
    const notes = summary.blocks.filter((b) => b.kind === 'pending').map((b) => (b as { text: string }).text);
    expect(notes).toEqual([
      'El resumen ejecutivo aún no se ha redactado.',
      'Aún no se han importado datos de clientes ni de ventas, así que no hay cifras del diagnóstico.',
      'El plan aún no tiene objetivos específicos (paso 2): sin ellos no hay valor que comparar con el presupuesto.',
    ]);
  });

  it('has no draft note once every step has content', () => {
    const doc = build({ plan: samplePlan(), diagnosis: workedDiagnosis() });
    expect(STEPS.map((id) => section(doc, id).pending)).toEqual([false, false, false, false, false, false]);
    expect(doc.cover.draftNote).toBeNull();
  });
});

describe('step 1, the diagnosis', () => {
  const doc = build({ diagnosis: workedDiagnosis(), datasets: SAMPLE_DATASETS });
  const dx = section(doc, 'diagnosis');

  it('shows each figure group as a table with the unrounded value behind the formatted one', () => {
    expect(tables(dx).map((t) => t.id)).toEqual(['figures-base', 'figures-loyalty', 'figures-value', 'figures-pyramid', 'figures-segments', 'figures-wallet']);
    const loyalty = table(dx, 'figures-loyalty');
    const churn = loyalty.rows.find((row) => text(row[0]) === 'Tasa de deserción')!;
    // Worked example: A2 = {C1, C2, C3, C6}, of whom C2 did not buy again → 1/4.
    expect(churn[1]).toMatchObject({ metric: 'churn_rate', value: 0.25 });
    expect(text(churn[1]).replace(/\s/g, ' ')).toBe('25 %');
    expect(text(churn[2])).toContain('Parte de los clientes del periodo anterior');
  });

  it('gives each formula once, in the annex: neither step 1 nor the summary repeats it', () => {
    const withFormula = (s: ReportSection) => JSON.stringify(s.blocks).split('CLV = M · (1 / deserción)').length - 1;
    expect(withFormula(section(doc, 'appendix-method'))).toBe(1);
    expect(withFormula(dx)).toBe(0);
    expect(withFormula(section(doc, 'summary'))).toBe(0);
  });

  it('says why a figure is missing and what would unlock it', () => {
    const types = table(dx, 'figures-segments').rows.find((row) => text(row[0]) === 'Prescriptores')!;
    expect(types[1]).toMatchObject({ text: 'No disponible', tone: 'muted' });
    expect(text(types[2])).toContain('Importa el fichero de clientes para calcularlo.');
  });

  it('includes the charts the data allows, in the order of step 1, and lists the others with the reason', () => {
    const charts = dx.blocks.filter((b) => b.kind === 'chart');
    expect(charts.map((c) => c.id)).toEqual(['pyramid', 'abc', 'rfm', 'cohorts', 'monthly']);
    for (const chart of charts) {
      expect(chart.aspect).toBeGreaterThan(0.3);
      expect(chart.option).toBeTypeOf('object');
      expect(chart.title).not.toBe('');
    }
    const missing = dx.blocks.find((b) => b.kind === 'list' && b.items.some((i) => i.startsWith('Tipos de cliente')));
    expect(missing).toBeDefined();
  });

  it('states the basis of the figures and the files analysed', () => {
    expect(headings(dx)).toEqual(['Datos y criterios del análisis', 'Cifras del diagnóstico', 'Gráficos', 'Análisis cualitativo']);
    const lists = dx.blocks.filter((b): b is Extract<ReportBlock, { kind: 'list' }> => b.kind === 'list').flatMap((b) => b.items);
    expect(lists).toContain('ventas-2023-2025.csv: 4200 filas, importado el 10 de enero de 2026.');
    expect(lists.some((item) => item.startsWith('Fecha de corte: 31 de diciembre de 2025'))).toBe(true);
  });
});

const SUMMARY = 'Panaderías Sol pierde uno de cada cuatro clientes al año.\n\nEl plan propone una tarjeta de cliente y 5.450,50 € en acciones.';
const CONCLUSIONS = 'La retención es la prioridad: «Tarjeta Cliente Sol» llega a los activos por la tienda.';

describe('steps 2 to 6 of a complete plan', () => {
  const plan = samplePlan();
  plan.fields['plan.executiveSummary'] = SUMMARY;
  plan.fields['strategies.conclusions'] = CONCLUSIONS;
  const doc = build({ plan, diagnosis: workedDiagnosis(), datasets: SAMPLE_DATASETS });

  it('writes the general objective as one sentence and lists the specific objectives with baseline, target and SMART score', () => {
    const s = section(doc, 'objectives');
    expect(s.blocks).toContainEqual({
      kind: 'paragraph', tone: 'emphasis',
      text: 'Aumentar la fidelidad de los clientes habituales en las tiendas de Madrid para crecer en ventas sin depender de captar clientes nuevos.',
    });
    const objectives = table(s, 'objectives');
    expect(objectives.rows.map((r) => text(r[0]))).toEqual(['O1', 'O2', 'O3']);
    expect(text(objectives.rows[0][1])).toContain('Tasa de deserción (reducir)');
    expect(text(objectives.rows[0][2]).replace(/\s/g, ' ')).toBe('32 % a 31/12/2025');
    expect(text(objectives.rows[2][1])).toContain('Altas en la tarjeta de cliente');
    expect(text(objectives.rows[0][6])).toMatch(/^[0-5] de 5$/);
  });

  it('lists the strategies and maps which families reach each segment through each channel', () => {
    const s = section(doc, 'strategies');
    const strategies = table(s, 'strategies');
    expect(strategies.rows.map((r) => text(r[1]))).toEqual(['Tarjeta «Cliente Sol»', 'Desayuno completo', 'Te echamos de menos', 'Puertas abiertas en el obrador']);
    expect(text(strategies.rows[0][4])).toBe('O1, O3');
    const map = table(s, 'segment-channel-map');
    const shop = map.columns.findIndex((c) => c.label === 'Tienda');
    const active = map.rows.find((r) => text(r[0]) === 'Activos')!;
    // "Activos" is targeted only by the retention strategy, which uses the shop.
    expect(text(active[shop])).toBe('Retención');
    expect(table(s, 'alliances').rows[0].map(text)).toEqual(['Táctica', 'Cafés Tostadero Núñez', 'Café de especialidad a precio de socio para la tarjeta.']);
  });

  it('splits the audiences into internal and external and prints the ticked conditions', () => {
    const s = section(doc, 'dissemination');
    expect(table(s, 'audiences-internal').rows.map((r) => text(r[0]))).toEqual(['Plantilla', 'Dirección']);
    expect(table(s, 'audiences-external').rows.map((r) => text(r[0]))).toEqual(['Proveedores', 'Clientes']);
    const conditions = table(s, 'conditions');
    expect(conditions.rows).toHaveLength(6);
    expect(conditions.rows.filter((r) => text(r[1]) === 'Sí')).toHaveLength(2);
  });

  it('totals the budget over the actions that are not cancelled, and draws the Gantt chart', () => {
    const s = section(doc, 'implementation');
    const expected = 1200 + 800 + 1500 + 950.5 + 600 + 400;
    expect(table(s, 'actions').foot?.[0][6]).toMatchObject({ value: expected });
    expect(table(s, 'budget').foot?.[0][2]).toMatchObject({ value: expected });
    const byMonth = table(s, 'budget-by-month');
    expect(byMonth.rows.map((r) => r[1] as { value: number }).reduce((sum, c) => sum + c.value, 0)).toBeCloseTo(expected, 6);
    expect(s.blocks.some((b) => b.kind === 'chart' && b.id === 'gantt')).toBe(true);
  });

  it('gives each KPI its traffic light as of the document date', () => {
    const kpis = table(section(doc, 'evaluation'), 'kpis');
    // k1: churn 0.32 → 0.25, 0.30 on 31 Mar: progress 0.29 against 90/365 = 0.25 of the time → on track.
    // k2: 0 → 400 cards, 120 on 31 Mar: progress 0.30 against 89/180 = 0.49 of the time, lag 0.19 → at risk.
    // k3: no measurement → no data.
    expect(kpis.rows.map((r) => text(r[5]))).toEqual(['En camino', 'En riesgo', 'Sin datos']);
    expect(kpis.rows.map((r) => text(r[0]))).toEqual(['Tasa de deserción', 'Altas en la tarjeta', 'Tasa de apertura de correos']);
  });

  it('draws the course of each measured KPI, and none for a KPI without measurements', () => {
    const charts = section(doc, 'evaluation').blocks.filter((b) => b.kind === 'chart');
    expect(charts.map((c) => c.id)).toEqual(['kpi-k1', 'kpi-k2']);
  });

  it('computes the return of an action from its revenue, the diagnosis margin and its budget', () => {
    const roi = table(section(doc, 'evaluation'), 'roi');
    // 5200 × 0.30 − 950.5 = 609.5, over 950.5.
    expect(roi.rows[0][4]).toMatchObject({ value: (5200 * 0.3 - 950.5) / 950.5 });
  });

  it('sums the plan up on one page: the planner’s summary as written, the key figures with the budget, the objective; no checklist', () => {
    const summary = section(doc, 'summary');
    expect(summary.blocks[0]).toEqual({ kind: 'paragraph', text: SUMMARY });
    expect(headings(summary)).toEqual([]);
    expect(summary.blocks.filter((b) => b.kind === 'subheading').map((b) => (b as { text: string }).text)).toEqual(['Cifras clave del diagnóstico', 'Objetivo general', 'Caso de negocio']);
    const figures = summary.blocks.filter((b): b is Extract<ReportBlock, { kind: 'key-figures' }> => b.kind === 'key-figures');
    expect(figures).toHaveLength(2);
    expect(figures[1].items.map((f) => f.metric)).toContain('business_value');
    expect(figures[0].items.find((f) => f.metric === 'customers_total')?.raw).toBe(6);
    expect(figures[0].items.find((f) => f.metric === 'churn_rate')?.raw).toBe(0.25);
    expect(figures[0].items.find((f) => f.label === 'Presupuesto total')?.raw).toBe(5450.5);
    expect(tables(summary)).toEqual([]);
    expect(JSON.stringify(summary)).not.toMatch(/de 3|Completo|En curso/);
  });

  it('opens each step with the planner’s conclusions, before the figures that support them', () => {
    const s = section(doc, 'strategies');
    expect(s.blocks.slice(0, 2)).toEqual([
      { kind: 'heading', id: 'strategies-conclusions', text: 'Conclusiones' },
      { kind: 'paragraph', text: CONCLUSIONS },
    ]);
  });

  it('words the planner’s questions about the company, not to the app’s user', () => {
    const all = JSON.stringify(doc);
    for (const phrase of ['Puedes descargar', 'Tus datos', '¿Quiénes son tus clientes actuales?']) expect(all).not.toContain(phrase);
    expect(section(doc, 'diagnosis').blocks).toContainEqual(expect.objectContaining({ kind: 'answer', question: 'Quiénes son los clientes actuales' }));
  });
});

describe('the appendices', () => {
  it('lists every figure’s formula and the parameters used', () => {
    const method = section(build({ diagnosis: workedDiagnosis() }), 'appendix-method');
    expect(headings(method)[0]).toBe('Método y fórmulas');
    const params = table(method, 'params');
    expect(params.rows.map((r) => text(r[1]))).toContain('12 meses');
    expect(text(params.rows[0][1])).toBe('31 de diciembre de 2025');
    const formulas = table(method, 'formulas');
    expect(formulas.rows.find((r) => text(r[0]) === 'Valor de vida actualizado')?.[1]).toBe('CLV = M · (1 + d) / (1 + d − r)');
  });

  it('describes every imported column with the meaning it was given, and the ones not used', () => {
    const dictionary = section(build({ datasets: SAMPLE_DATASETS }), 'appendix-method');
    const customers = table(dictionary, 'dictionary-customers');
    expect(customers.rows.map((r) => text(r[1]))).toEqual(['id', 'nombre', 'correo', 'satisfacción', 'fiel', 'cuota', 'estado', 'motivo de baja', 'notas']);
    expect(text(customers.rows[0][2])).toBe('Identificador');
    expect(text(customers.rows[2][2])).toBe('Correo electrónico');
    expect(text(customers.rows[8][2])).toBe('No se usa');
  });
});

describe('robustness', () => {
  it('never throws on stored sections of any shape, and always gives the same outline', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom('objectives', 'strategies', 'dissemination', 'implementation', 'evaluation', 'analysis', 'quality', 'report'), fc.anything()), (sections) => {
        const plan = { ...emptyPlan(), sections };
        const doc = build({ plan });
        expect(doc.sections.slice(0, 7).map((s) => s.id)).toEqual(['summary', ...STEPS]);
      }),
      { numRuns: 40 },
    );
  }, 30_000);
});
