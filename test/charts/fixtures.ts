import type { CustomerResult, Diagnosis } from '../../src/domain/metrics/diagnosis';
import { DEFAULT_PARAMS } from '../../src/domain/metrics/params';
import { RFM_GRID } from '../../src/domain/metrics/rfm';
import type { ChartCell, ChartOutcome, BuiltChart } from '../../src/charts/chart-types';

/** A diagnosis with nothing in it; tests add what they need. */
export function emptyDiagnosis(overrides: Partial<Diagnosis> = {}): Diagnosis {
  return {
    figures: {},
    unavailable: {},
    notes: [],
    analysisDate: null,
    period: null,
    params: DEFAULT_PARAMS,
    customers: [],
    rfmGrid: null,
    abcCurve: null,
    cohorts: null,
    monthly: null,
    churnReasons: null,
    basis: {
      transactionRows: 0,
      rowsUsed: 0,
      rowsAfterAnalysisDate: 0,
      customerFileRows: 0,
      customerFileRowsWithoutId: 0,
      customers: 0,
      customersWithPurchases: 0,
      customersOnlyInFile: 0,
    },
    ...overrides,
  };
}

export function customer(id: string, overrides: Partial<CustomerResult> = {}): CustomerResult {
  return {
    id,
    firstDay: null,
    lastDay: null,
    recencyDays: null,
    orders: 0,
    revenue: 0,
    currentRevenue: 0,
    currentOrders: 0,
    activePrevious: false,
    r: null,
    f: null,
    m: null,
    segment: null,
    abc: null,
    type: null,
    nearTypeBorder: false,
    clv: null,
    strategicValue: null,
    shareOfWallet: null,
    pyramid: null,
    churnReason: null,
    churnCategory: null,
    ...overrides,
  };
}

/** The chart of an outcome that must be drawn. */
export function drawn<S>(outcome: ChartOutcome<S>): BuiltChart<S> {
  if (!outcome.ok) throw new Error(`chart ${outcome.id} not drawn: ${outcome.reason}`);
  return outcome.chart;
}

export function cellValue(cell: ChartCell): number | undefined {
  return typeof cell === 'string' ? undefined : cell.value;
}

export function cellText(cell: ChartCell): string {
  return typeof cell === 'string' ? cell : cell.text;
}

/** A small deterministic random generator (mulberry32), so that synthetic data repeat. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A diagnosis of `n` synthetic customers with every chart's data (for the bench, the list tests
 * and the e2e look): skewed revenues, scores, segments, classes, types, values, 36 months.
 */
export function syntheticDiagnosis(n: number, seed = 7): Diagnosis {
  const rand = random(seed);
  const levels = ['active', 'inactive', 'potential', 'probable'] as const;
  const types = ['prescriptor', 'cautivo', 'mercenario', 'opositor'] as const;
  const customers: CustomerResult[] = [];
  const count = [0, 1, 2, 3, 4].map(() => [0, 0, 0, 0, 0]);
  const revenue = [0, 1, 2, 3, 4].map(() => [0, 0, 0, 0, 0]);
  const pyramid = { active: 0, inactive: 0, potential: 0, probable: 0 };
  const typeCounts = { prescriptor: 0, cautivo: 0, mercenario: 0, opositor: 0 };
  const current: number[] = [];
  for (let i = 0; i < n; i++) {
    const level = levels[Math.min(3, Math.floor(-Math.log(1 - rand()) * 1.2))];
    pyramid[level]++;
    const buyer = level === 'active' || level === 'inactive';
    const r = buyer ? 1 + Math.floor(rand() * 5) : null;
    const f = buyer ? 1 + Math.floor(rand() * 5) : null;
    const total = buyer ? Math.round(Math.exp(3 + 1.5 * rand() * rand() * 4) * 100) / 100 : 0;
    const cur = level === 'active' ? Math.round(total * (0.3 + 0.7 * rand()) * 100) / 100 : 0;
    const type = rand() < 0.6 ? types[Math.floor(rand() * 4)] : null;
    if (type) typeCounts[type]++;
    if (r !== null && f !== null) {
      count[r - 1][f - 1]++;
      revenue[r - 1][f - 1] += total;
    }
    if (cur > 0) current.push(cur);
    customers.push(
      customer(`C${i + 1}`, {
        firstDay: buyer ? 19000 + Math.floor(rand() * 900) : null,
        lastDay: buyer ? 19900 + Math.floor(rand() * 100) : null,
        recencyDays: buyer ? Math.floor(rand() * 700) : null,
        orders: buyer ? 1 + Math.floor(rand() * 12) : 0,
        revenue: total,
        currentRevenue: cur,
        r,
        f,
        m: r,
        segment: r !== null && f !== null ? RFM_GRID[r - 1][f - 1] : null,
        type,
        pyramid: level,
        clv: cur > 0 ? cur * 0.3 * 4 : null,
        strategicValue: cur > 0 ? Math.round(cur * 3 * rand() * 100) / 100 : null,
      }),
    );
  }
  // ABC over current revenue, as the engine does.
  const order = customers.map((c, i) => [c.currentRevenue, i] as const).filter(([v]) => v > 0).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  const sum = order.reduce((s, [v]) => s + v, 0);
  let running = 0;
  const cumulative: number[] = [];
  const abc = { A: 0, B: 0, C: 0 };
  for (const [v, i] of order) {
    running += v;
    cumulative.push(running / sum);
    const cls = running / sum <= 0.8 + 1e-12 ? 'A' : running / sum <= 0.95 + 1e-12 ? 'B' : 'C';
    customers[i].abc = cls;
    abc[cls]++;
  }
  const step = Math.max(1, Math.ceil(order.length / 500));
  const customerShare = [0];
  const valueShare = [0];
  for (let k = step - 1; k < order.length; k += step) {
    customerShare.push((k + 1) / order.length);
    valueShare.push(cumulative[k]);
  }
  if (customerShare[customerShare.length - 1] !== 1) {
    customerShare.push(1);
    valueShare.push(1);
  }
  const months = Array.from({ length: 36 }, (_, k) => `${2023 + Math.floor(k / 12)}-${String((k % 12) + 1).padStart(2, '0')}`);
  const cohorts = months.map((label, c) => {
    const size = 200 + Math.floor(rand() * 800);
    const active = Array.from({ length: 36 - c }, (_, k) => (k === 0 ? size : Math.floor(size * 0.35 * Math.exp(-k / 10) * (0.8 + 0.4 * rand()))));
    return { label, size, active, share: active.map((a) => a / size) };
  });
  const churnCounts = [820, 95, 120, 40, 60, 25, 8, 150];
  const churnCategories = ['indifference', 'variety', 'price', 'friend-recommendation', 'changing-needs', 'moving', 'death', 'other'] as const;
  const reference = [0.68, 0.1, 0.09, 0.05, 0.04, 0.03, 0.01, null];
  const churnTotal = churnCounts.reduce((s, x) => s + x, 0);
  return emptyDiagnosis({
    figures: {
      customers_total: n,
      pyramid_active: pyramid.active,
      pyramid_inactive: pyramid.inactive,
      pyramid_potential: pyramid.potential,
      pyramid_probable: pyramid.probable,
      pyramid_rest: n * 20,
      abc_a: abc.A,
      abc_b: abc.B,
      abc_c: abc.C,
      type_prescriptor: typeCounts.prescriptor,
      type_cautivo: typeCounts.cautivo,
      type_mercenario: typeCounts.mercenario,
      type_opositor: typeCounts.opositor,
      churn_reasons_total: churnTotal,
      data_level_1: Math.round(n * 0.9),
      data_level_2: Math.round(n * 0.7),
      data_level_3: Math.round(n * 0.45),
      data_level_4: Math.round(n * 0.2),
      data_level_5: Math.round(n * 0.08),
    },
    notes: [{ code: 'abc-basis', basis: 'revenue' }],
    customers,
    rfmGrid: { count, revenue },
    abcCurve: { customerShare, valueShare },
    cohorts: { unit: 'month', cohorts },
    monthly: {
      months,
      revenue: months.map((_, k) => Math.round((40000 + 15000 * Math.sin(k / 2) + 800 * k) * 100) / 100),
      activeCustomers: months.map((_, k) => Math.round(n * (0.08 + 0.02 * Math.cos(k / 3)))),
    },
    churnReasons: {
      total: churnTotal,
      categories: churnCategories.map((category, i) => ({ category, count: churnCounts[i], share: churnCounts[i] / churnTotal, referenceShare: reference[i] })),
      reasons: [],
    },
  });
}

/** Text with every kind of space (Intl puts no-break ones in «67 %») as a plain space. */
export function norm(text: string): string {
  return text.replace(/\s/g, ' ');
}

/** The option as a loose object, to reach into series and axes. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Loose = any;
