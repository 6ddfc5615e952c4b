import type { Language } from '../domain/plan';
import { segmentKey, type SegmentRef, type SegmentSizes } from '../domain/strategies/segment-ref';
import { wordsIn } from '../i18n/words';
import { locale } from '../i18n/locale.svelte';

/** A segment's name in the interface language: «Inactivos», «En riesgo», «Clientes A». */
export function segmentName(segment: SegmentRef): string {
  return locale.words.segment(segment);
}

/** The name with the segment's size where the diagnosis gives it: «Inactivos (2)». */
export function segmentLabel(segment: SegmentRef, sizes: SegmentSizes, language: Language): string {
  const size = sizes[segmentKey(segment)];
  return size === undefined ? segmentName(segment) : `${segmentName(segment)} (${wordsIn(language).count(size)})`;
}
