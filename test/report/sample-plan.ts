import type { CustomerField } from '../../src/domain/dataset';
import { diagnose } from '../../src/domain/metrics/diagnose';
import type { Diagnosis } from '../../src/domain/metrics/diagnosis';
import { DEFAULT_PARAMS } from '../../src/domain/metrics/params';
import { createPlan, type Language, type Plan } from '../../src/domain/plan';
import type { ReportDataset } from '../../src/report/report-datasets';
import { customerTable, day, transactionTable, type Row } from '../domain/metrics/tables';

/** A small deterministic generator, so the sample is the same on every run. */
function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const iso = (epochDay: number) => new Date(epochDay * 86_400_000).toISOString().slice(0, 10);

const REASONS = ['Precio', 'Cambio de necesidades', 'Mudanza', 'Indiferencia', 'Recomendación de un amigo'];

/**
 * Sales and customers of a bakery chain: `customers` people over three years, a few with no
 * purchase (potential), satisfaction and loyalty scores, share of wallet and churn reasons, so
 * every chart of the diagnosis can be drawn. Analysis date 2025-12-31, periods of 12 months.
 */
export function sampleDiagnosis(customers = 600, seed = 7): { diagnosis: Diagnosis; rows: number } {
  const next = random(seed);
  const rows: Row[] = [];
  const people: string[][] = [];
  const first = day('2023-01-01');
  const last = day('2025-12-31');
  for (let c = 1; c <= customers; c++) {
    const id = `C${String(c).padStart(4, '0')}`;
    const buyer = c % 12 !== 0;
    const start = first + Math.floor(next() * (last - first) * 0.8);
    const span = Math.floor(next() * (last - start));
    const orders = buyer ? 1 + Math.floor(next() ** 2 * 14) : 0;
    for (let o = 0; o < orders; o++) {
      rows.push([id, iso(start + Math.floor(next() * (span + 1))), Math.round((8 + next() ** 3 * 220) * 100) / 100, `P${c}-${o}`]);
    }
    const lost = buyer && next() < 0.25;
    people.push([
      id, `Cliente ${c}`, `cliente${c}@ejemplo.es`, String(1 + Math.floor(next() * 10)), next() < 0.55 ? 'sí' : 'no',
      String(Math.round((0.2 + next() * 0.7) * 100) / 100), lost ? 'baja' : buyer ? 'cliente' : 'potencial',
      lost ? REASONS[Math.floor(next() * REASONS.length)] : '',
    ]);
  }
  const header: CustomerField[] = ['id', 'fullName', 'email', 'satisfaction', 'loyalty', 'shareOfWallet', 'status', 'churnReason'];
  const diagnosis = diagnose(
    { transactions: transactionTable(rows), customers: customerTable(header, people) },
    { ...DEFAULT_PARAMS, analysisDate: day('2025-12-31'), marketSize: customers * 20 },
  );
  return { diagnosis, rows: rows.length };
}

export const SAMPLE_DATASETS: ReportDataset[] = [
  {
    kind: 'transactions', fileName: 'ventas-2023-2025.csv', importedAt: '2026-01-10T09:30:00.000Z',
    header: ['cliente', 'fecha', 'importe', 'pedido', 'canal'], mapping: { customerId: 0, date: 1, amount: 2, orderId: 3 }, rows: 4200,
  },
  {
    kind: 'customers', fileName: 'clientes.csv', importedAt: '2026-01-10T09:31:00.000Z',
    header: ['id', 'nombre', 'correo', 'satisfacción', 'fiel', 'cuota', 'estado', 'motivo de baja', 'notas'],
    mapping: { id: 0, fullName: 1, email: 2, satisfaction: 3, loyalty: 4, shareOfWallet: 5, status: 6, churnReason: 7 },
    rows: 600,
  },
];

/** A plan with every step filled in, in the given language: free answers with accents, and every section. */
export function samplePlan(language: Language = 'es'): Plan {
  const plan = createPlan(
    { name: 'Plan de fidelización 2026', company: 'Panaderías Sol, S.L.', sector: 'Alimentación', currency: 'EUR', language, author: 'Lucía Peña Ibáñez' },
    'sample-plan',
    new Date('2026-01-12T10:00:00Z'),
  );
  plan.fields = {
    'diagnosis.whoAreCustomers': '¿Quiénes son? Familias del barrio y pequeños cafés que compran pan y bollería cada mañana; el 60 % paga con tarjeta.',
    'diagnosis.whyPreferUs': 'Por la masa madre, el trato cercano y la panadería abierta desde las 7:00. ¡Nadie más hornea a esa hora!',
    'diagnosis.whyCustomersLeave': 'Sobre todo por el precio (el pan de supermercado cuesta 0,90 €) y por mudanzas.',
    'diagnosis.databaseState': 'Hay duplicados y correos incompletos: la base necesita normalización antes de la campaña.',
    'objectives.specificObjectives': 'Reducir la deserción y subir el ticket medio en las tiendas de Madrid.',
    'strategies.retention': 'Tarjeta de cliente con un café gratis cada diez compras y aviso de hornadas especiales.',
    'strategies.recovery': 'Cupón de bienvenida de 5 € para quien lleve más de seis meses sin venir.',
    'dissemination.internalAudiences': 'Reunión mensual con la plantilla para explicar la tarjeta y el guion de atención.',
    'implementation.owners': 'María Núñez coordina; cada encargado de tienda responde de su local.',
    'evaluation.measurements': 'Cada mes se mide la deserción y el ticket medio con las ventas del TPV.',
  };
  plan.sections = {
    analysis: { params: { ...DEFAULT_PARAMS, analysisDate: day('2025-12-31') } },
    objectives: {
      general: { what: 'Aumentar la fidelidad de los clientes habituales', where: 'las tiendas de Madrid', whatFor: 'crecer en ventas sin depender de captar clientes nuevos', sentence: '', sentenceEdited: false },
      horizonEnd: '2026-12-31',
      specific: [
        { id: 'o1', metric: 'churn_rate', unit: '%', baseline: 0.32, baselineDate: '2025-12-31', target: 0.25, direction: 'lower', deadline: '2026-12-31', owner: 'María Núñez', description: 'Que menos clientes habituales dejen de venir a las tiendas', linkedToGeneral: true, segment: { kind: 'pyramid', key: 'active' } },
        { id: 'o2', metric: 'average_order_value', unit: 'currency', baseline: 12.4, baselineDate: '2025-12-31', target: 14, direction: 'raise', deadline: '2026-09-30', owner: 'Íñigo Sáez', description: 'Subir el ticket medio con bollería y café', linkedToGeneral: true },
        { id: 'o3', metric: 'custom', customName: 'Altas en la tarjeta de cliente', unit: 'customers', baseline: 0, baselineDate: '2026-01-01', target: 400, direction: 'raise', deadline: '2026-06-30', owner: 'María Núñez', description: 'Que los clientes se den de alta en la tarjeta', linkedToGeneral: true },
      ],
    },
    strategies: {
      strategies: [
        { id: 's1', family: 'retention', name: 'Tarjeta «Cliente Sol»', segments: [{ kind: 'pyramid', key: 'active' }, { kind: 'abc', key: 'A' }], objectiveIds: ['o1', 'o3'], channels: ['shop', 'email', 'sms'], offer: 'Un café gratis cada diez compras.', messages: [{ text: '¡Tu café número diez corre de nuestra cuenta!' }, { text: 'Hornada especial de roscón este sábado.', channel: 'sms' }], responseProtocol: 'Las dudas se atienden en tienda y por correo en 24 horas.', learningGoal: '¿Cuántas altas se convierten en visitas semanales?', notes: '' },
        { id: 's2', family: 'extension', name: 'Desayuno completo', segments: [{ kind: 'rfm', key: 'loyal' }], objectiveIds: ['o2'], channels: ['shop', 'social'], offer: 'Café y cruasán por 2,50 €.', messages: [], responseProtocol: '', learningGoal: '', notes: '' },
        { id: 's3', family: 'recovery', name: 'Te echamos de menos', segments: [{ kind: 'pyramid', key: 'inactive' }, { kind: 'rfm', key: 'at-risk' }], objectiveIds: ['o1'], channels: ['email', 'mail'], offer: 'Cupón de 5 € en la próxima compra.', messages: [], responseProtocol: '', learningGoal: '', notes: '' },
        { id: 's4', family: 'acquisition', name: 'Puertas abiertas en el obrador', segments: [{ kind: 'pyramid', key: 'potential' }], objectiveIds: [], channels: ['events', 'social'], offer: 'Visita guiada y degustación.', messages: [], responseProtocol: '', learningGoal: '', notes: '' },
      ],
      alliances: [{ id: 'a1', kind: 'tactical', partner: 'Cafés Tostadero Núñez', goal: 'Café de especialidad a precio de socio para la tarjeta.' }],
      dismissedSuggestions: [],
    },
    dissemination: {
      audiences: [
        { id: 'd1', kind: 'employees', message: 'Cómo funciona la tarjeta y qué decir en caja.', channel: 'training', schedule: { kind: 'date', date: '2026-01-20' }, owner: 'María Núñez' },
        { id: 'd2', kind: 'management', message: 'Presupuesto y calendario del plan.', channel: 'meeting', schedule: { kind: 'frequency', frequency: 'monthly' }, owner: 'Íñigo Sáez' },
        { id: 'd3', kind: 'customers', message: 'Llega la tarjeta «Cliente Sol».', channel: 'shop', schedule: { kind: 'date', date: '2026-02-01' }, owner: 'Encargados de tienda' },
        { id: 'd4', kind: 'suppliers', message: 'Previsión de consumo de café.', channel: 'email', schedule: { kind: 'frequency', frequency: 'quarterly' }, owner: 'Íñigo Sáez' },
      ],
      conditions: [{ id: 'management-support', ticked: true, comment: 'La gerencia aprobó el presupuesto.' }, { id: 'gradual-changes', ticked: true, comment: 'Primero dos tiendas piloto.' }],
    },
    implementation: {
      actions: [
        { id: 'x1', strategyId: 's1', name: 'Diseñar e imprimir las tarjetas', owner: 'María Núñez', start: '2026-01-15', end: '2026-01-31', budget: 1200, status: 'done' },
        { id: 'x2', strategyId: 's1', name: 'Alta de clientes en tienda', owner: 'Encargados', start: '2026-02-01', end: '2026-06-30', budget: 800, status: 'in-progress', predecessorId: 'x1' },
        { id: 'x3', strategyId: 's2', name: 'Campaña «Desayuno completo» en redes', owner: 'Íñigo Sáez', start: '2026-03-01', end: '2026-04-15', budget: 1500, status: 'planned' },
        { id: 'x4', strategyId: 's3', name: 'Envío de cupones a inactivos', owner: 'María Núñez', start: '2026-04-01', end: '2026-05-31', budget: 950.5, status: 'planned' },
        { id: 'x5', strategyId: 's4', name: 'Jornada de puertas abiertas', owner: 'Íñigo Sáez', start: '2026-05-16', end: '2026-05-16', budget: 600, status: 'planned' },
        { id: 'x6', strategyId: '', name: 'Formación de la plantilla', owner: 'Recursos humanos', start: '2026-01-20', end: '2026-01-22', budget: 400, status: 'done' },
      ],
      rollout: [{ id: 'database-deduplicated', ticked: true, comment: 'Duplicados fusionados en enero.' }],
    },
    evaluation: {
      kpis: [
        { id: 'k1', objectiveId: 'o1', metric: 'churn_rate', name: '', unit: '%', baseline: 0.32, target: 0.25, direction: 'lower', startDate: '2025-12-31', deadline: '2026-12-31', owner: 'María Núñez', measurements: [{ date: '2026-03-31', value: 0.3, note: '' }] },
        { id: 'k2', objectiveId: 'o3', name: 'Altas en la tarjeta', unit: 'customers', baseline: 0, target: 400, direction: 'raise', startDate: '2026-01-01', deadline: '2026-06-30', owner: 'María Núñez', measurements: [{ date: '2026-03-31', value: 120, note: '' }] },
        { id: 'k3', ratio: 'email-open-rate', name: '', unit: '%', baseline: 0.18, target: 0.3, direction: 'raise', startDate: '2026-01-01', deadline: '2026-12-31', owner: 'Íñigo Sáez', measurements: [] },
      ],
      roi: [{ id: 'x4', revenue: 5200, margin: null, cost: null }],
    },
  };
  return plan;
}
