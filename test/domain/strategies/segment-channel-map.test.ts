import { describe, it, expect } from 'vitest';
import { buildSegmentChannelMap } from '../../../src/domain/strategies/segment-channel-map';
import { CHANNELS, type Strategy } from '../../../src/domain/strategies/strategy';

function strategy(id: string, family: Strategy['family'], segments: Strategy['segments'], channels: Strategy['channels']): Strategy {
  return {
    id, family, name: id, segments, channels, objectiveIds: [], offer: '', messages: [],
    responseProtocol: '', learningGoal: '', notes: '',
  };
}

describe('buildSegmentChannelMap', () => {
  const strategies = [
    strategy('win-back', 'recovery', [{ kind: 'pyramid', key: 'inactive' }], ['email', 'mail']),
    strategy('vip', 'retention', [{ kind: 'abc', key: 'A' }, { kind: 'pyramid', key: 'active' }], ['phone', 'email']),
    strategy('upsell', 'extension', [{ kind: 'abc', key: 'A' }], ['salesForce', 'email', 'email']),
    strategy('broadcast', 'acquisition', [], ['social']),
  ];
  const map = buildSegmentChannelMap(strategies, { 'abc:A': 120, 'pyramid:inactive': 900 });
  const cell = (segment: string, channel: string) => {
    const row = map.rows.find((r) => `${r.segment.kind}:${r.segment.key}` === segment);
    return row?.cells[map.channels.indexOf(channel as never)];
  };

  it('has every channel as a column so that gaps show', () => {
    expect(map.channels).toEqual(CHANNELS);
    for (const row of map.rows) expect(row.cells).toHaveLength(CHANNELS.length);
  });

  it('has one row per targeted segment, pyramid before ABC, first mention first within a kind', () => {
    expect(map.rows.map((r) => `${r.segment.kind}:${r.segment.key}`)).toEqual(['pyramid:inactive', 'pyramid:active', 'abc:A']);
  });

  it('carries the segment sizes it is given, null for the others', () => {
    expect(map.rows.map((r) => r.size)).toEqual([900, null, 120]);
  });

  it.each([
    ['abc:A', 'email', ['retention', 'extension'], ['vip', 'upsell']],
    ['abc:A', 'phone', ['retention'], ['vip']],
    ['abc:A', 'salesForce', ['extension'], ['upsell']],
    ['abc:A', 'mail', [], []],
    ['pyramid:inactive', 'mail', ['recovery'], ['win-back']],
    ['pyramid:active', 'email', ['retention'], ['vip']],
    ['pyramid:active', 'social', [], []],
  ])('%s through %s: %j', (segment, channel, families, strategyIds) => {
    expect(cell(segment, channel)).toEqual({ families, strategyIds });
  });

  it('lists families in the canonical order whatever the strategy order', () => {
    const reversed = buildSegmentChannelMap([...strategies].reverse());
    const row = reversed.rows.find((r) => r.segment.key === 'A');
    expect(row?.cells[CHANNELS.indexOf('email')].families).toEqual(['retention', 'extension']);
  });

  it('is empty without strategies', () => {
    expect(buildSegmentChannelMap([]).rows).toEqual([]);
  });
});
