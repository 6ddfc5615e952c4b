import { FAMILY_COLOURS, familyInk } from '../charts/family-colours';
import type { Plan } from '../domain/plan';
import type { ObjectivesSection } from '../domain/objectives/restore-objectives';
import type { StrategiesSection } from '../domain/strategies/restore-strategies';
import { buildSegmentChannelMap } from '../domain/strategies/segment-channel-map';
import type { SegmentSizes } from '../domain/strategies/segment-ref';
import type { Strategy } from '../domain/strategies/strategy';
import { objectiveCode } from './build-objectives';
import type { ReportBlock, ReportCell, ReportSection } from './report-model';
import { answerBlocks, bold, heading, joined, right, segmentLabel, stepSection } from './report-parts';
import type { Words } from '../i18n/words';

export function strategyName(strategy: Strategy, words: Words): string {
  return strategy.name.trim() || words.t('report.str.unnamed');
}

/** One row per strategy: family, name, segments, channels and the objectives it serves. */
export function strategiesTable(strategies: StrategiesSection, objectives: ObjectivesSection, words: Words, id = 'strategies'): ReportBlock {
  const codes = new Map(objectives.specific.map((o, i) => [o.id, objectiveCode(i)]));
  return {
    kind: 'table',
    id,
    columns: [
      { label: words.t('report.col.family'), weight: 15 },
      { label: words.t('report.col.strategy'), weight: 27 },
      { label: words.t('report.col.segments'), weight: 22 },
      { label: words.t('report.col.channels'), weight: 22 },
      { label: words.t('report.col.objectives'), weight: 14 },
    ],
    rows: strategies.strategies.map((s) => [
      words.t(`strategies.family.${s.family}`),
      bold(strategyName(s, words)),
      s.segments.map((segment) => segmentLabel(segment, words)).join(', ') || '—',
      s.channels.map((c) => words.t(`strategies.channel.${c}`)).join(', ') || '—',
      s.objectiveIds.flatMap((oid) => codes.get(oid) ?? []).join(', ') || '—',
    ]),
  };
}

function strategyDetails(strategy: Strategy, words: Words): ReportBlock[] {
  const answer = (key: 'offer' | 'responseProtocol' | 'learningGoal' | 'notes') => {
    const text = strategy[key].trim();
    return text ? [{ kind: 'answer' as const, question: words.t(`report.str.${key}`), text }] : [];
  };
  const messages = strategy.messages.filter((m) => m.text.trim() !== '').map((m) => {
    const to = joined([m.segment ? segmentLabel(m.segment, words) : '', m.channel ? words.t(`strategies.channel.${m.channel}`) : '']);
    return `${to || words.t('report.str.messageDefault')}: ${m.text.trim()}`;
  });
  const blocks: ReportBlock[] = [
    ...answer('offer'),
    ...(messages.length > 0 ? [{ kind: 'answer' as const, question: words.t('report.str.messages'), text: messages.join('\n') }] : []),
    ...answer('responseProtocol'),
    ...answer('learningGoal'),
    ...answer('notes'),
  ];
  if (blocks.length === 0) return [];
  return [{ kind: 'subheading', text: `${strategyName(strategy, words)} · ${words.t(`strategies.family.${strategy.family}`)}` }, ...blocks];
}

/** Where the plan reaches whom: a row per segment, a column per channel, the families in each cell. */
function segmentChannelTable(strategies: readonly Strategy[], sizes: SegmentSizes, words: Words): ReportBlock[] {
  const map = buildSegmentChannelMap(strategies, sizes);
  if (map.rows.length === 0) return [{ kind: 'pending', text: words.t('report.pending.map') }];
  // Only the channels some strategy uses: the family names need the room.
  const used = map.channels.flatMap((_, i) => (map.rows.some((row) => row.cells[i].families.length > 0) ? [i] : []));
  const rows: ReportCell[][] = map.rows.map((row) => [
    bold(segmentLabel(row.segment, words)),
    right(row.size === null ? '—' : words.count(row.size), row.size ?? undefined),
    ...used.map((i) => row.cells[i]).map((cell): ReportCell => ({
      text: cell.families.map((f) => words.t(`strategies.family.${f}`)).join('\n'),
      align: 'center',
      bold: true,
      // One family: its colour, as its tag on screen; several: the names say it.
      ...(cell.families.length === 1 && { fill: FAMILY_COLOURS[cell.families[0]], ink: familyInk(cell.families[0]) }),
    })),
  ]);
  return [
    {
      kind: 'table',
      id: 'segment-channel-map',
      compact: true,
      columns: [
        { label: words.t('report.col.segment'), weight: 15 },
        { label: words.t('report.col.customers'), align: 'right', weight: 9 },
        ...used.map((i) => ({ label: words.t(`strategies.channel.${map.channels[i]}`), align: 'center' as const, weight: 10 })),
      ],
      rows,
    },
    { kind: 'paragraph', text: words.t('report.str.mapLegend'), tone: 'muted' },
  ];
}

/** Step 3: the approach in the planner's words, the strategies, their details, the segment × channel map and the alliances. */
export function strategiesSection(
  plan: Plan,
  strategies: StrategiesSection,
  objectives: ObjectivesSection,
  sizes: SegmentSizes,
  words: Words,
): ReportSection {
  const answers = answerBlocks(plan, 'strategies', words);
  const list = strategies.strategies;
  const blocks: ReportBlock[] = [];
  if (answers.length > 0) blocks.push(heading('str-approach', words.t('report.str.approach')), ...answers);
  blocks.push(heading('str-table', words.t('report.str.table')));
  if (list.length > 0) {
    blocks.push(strategiesTable(strategies, objectives, words));
    const details = list.flatMap((s) => strategyDetails(s, words));
    if (details.length > 0) blocks.push(heading('str-details', words.t('report.str.details')), ...details);
    blocks.push(heading('str-map', words.t('report.str.map')), ...segmentChannelTable(list, sizes, words));
  } else {
    blocks.push({ kind: 'pending', text: words.t('report.pending.strategies') });
  }
  if (strategies.alliances.length > 0) {
    blocks.push(heading('str-alliances', words.t('report.str.alliances')), {
      kind: 'table',
      id: 'alliances',
      columns: [
        { label: words.t('report.col.kind'), weight: 18 },
        { label: words.t('report.col.partner'), weight: 32 },
        { label: words.t('report.col.goal'), weight: 50 },
      ],
      rows: strategies.alliances.map((a) => [words.t(`report.alliance.${a.kind}`), bold(a.partner.trim() || '—'), a.goal.trim() || '—']),
    });
  }
  return stepSection('strategies', words, blocks, answers.length > 0 || list.length > 0 || strategies.alliances.length > 0);
}
