/**
 * Colours of the diagnosis charts. Ordered categories take steps of one ramp whose lightness
 * changes monotonically (viridis), so they stay apart for colour-blind readers and in grey print;
 * where colour carries meaning the charts also add decal patterns and text labels.
 */

/** Five steps of viridis, darkest first (lightness ≈ 15, 36, 53, 72, 90). */
export const ORDERED = ['#440154', '#3b528b', '#21918c', '#5ec962', '#fde725'] as const;

/** The first `n` (≤ 5) colours spread over the ramp, darkest first. */
export function orderedColours(n: number): string[] {
  if (n <= 1) return [ORDERED[1]];
  const picks = n === 2 ? [1, 3] : n === 3 ? [0, 2, 4] : n === 4 ? [0, 1, 3, 4] : [0, 1, 2, 3, 4];
  return picks.map((i) => ORDERED[i]);
}

/** Text colour readable on a ramp colour (white on the dark half). */
export function inkOn(colour: string): string {
  const i = ORDERED.indexOf(colour as (typeof ORDERED)[number]);
  return i >= 0 && i <= 2 ? '#ffffff' : '#1d2430';
}

/** Heatmap ramp from paper white to dark blue (single hue: safe for colour blindness and grey). */
export const HEAT = ['#f7fbff', '#c6dbef', '#6baed6', '#2171b5', '#08306b'];

/** The main series (bars) and the second one (a line), unlike in hue and in lightness. */
export const PRIMARY = '#1f5f8b';
export const SECONDARY = '#d55e00';
/** Reference or comparison values: light grey-blue with a pattern. */
export const REFERENCE = '#b8c4d6';

export const INK = '#1d2430';
export const INK_SOFT = '#4b5565';
export const LINE = '#d8dee8';
export const FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif";

/** Decal patterns that ECharts' aria component adds to coloured areas. */
export const DECALS = [
  { symbol: 'rect', dashArrayX: [1, 0], dashArrayY: [2, 5], rotation: -Math.PI / 4, color: 'rgba(255,255,255,0.35)' },
  { symbol: 'circle', dashArrayX: [[6, 6], [0, 6, 6, 0]], dashArrayY: [6, 0], symbolSize: 0.8, color: 'rgba(255,255,255,0.4)' },
  { symbol: 'rect', dashArrayX: [[4, 4], [0, 4, 4, 0]], dashArrayY: [4, 0], color: 'rgba(0,0,0,0.18)' },
  { symbol: 'rect', dashArrayX: [1, 0], dashArrayY: [4, 3], rotation: Math.PI / 4, color: 'rgba(0,0,0,0.2)' },
  { symbol: 'none' },
];
