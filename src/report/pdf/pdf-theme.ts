import type { CellTone } from '../report-model';

/** The page: A4 portrait in millimetres, with room for the running header and footer. */
export const PAGE = { width: 210, height: 297, left: 20, right: 20, top: 24, bottom: 22 } as const;
export const CONTENT_WIDTH = PAGE.width - PAGE.left - PAGE.right;
export const CONTENT_BOTTOM = PAGE.height - PAGE.bottom;

/** The app's palette (src/app.css), as RGB for jsPDF. */
export type Rgb = [number, number, number];
export const COLOUR = {
  ink: [29, 36, 48],
  soft: [75, 85, 101],
  faint: [120, 128, 140],
  line: [216, 222, 232],
  brand: [31, 95, 139],
  brandSoft: [230, 240, 247],
  zebra: [246, 248, 251],
  ok: [30, 122, 70],
  warn: [138, 90, 0],
  warnSoft: [255, 246, 224],
  danger: [179, 38, 30],
  white: [255, 255, 255],
} as const satisfies Record<string, Rgb>;

export const TONE: Record<CellTone, Rgb> = { ok: COLOUR.ok, warn: COLOUR.warn, danger: COLOUR.danger, muted: COLOUR.faint };

export const FONT = 'Inter';

/** Type sizes in points. */
export const SIZE = { title: 20, heading: 13, subheading: 11, body: 10, lead: 11, small: 8.5, table: 8.5, compact: 7.2, chrome: 8 } as const;

/** Line height as a multiple of the type size. */
export const LEADING = 1.38;

/** Points to millimetres. */
export const PT = 25.4 / 72;

export const lineHeight = (size: number) => size * PT * LEADING;
