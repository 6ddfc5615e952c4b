import { FONT } from './pdf-theme';

/**
 * The SVG with every text in the embedded font: svg2pdf only finds fonts registered in the
 * document, and only the weights it has (normal, bold); anything else would fall back to Times.
 */
export function withPdfFont(svg: string): string {
  return svg
    // The root's font too: svg2pdf sets it before any text, and an unused default would be listed in the PDF.
    .replace(/<svg\b/, `<svg font-family="${FONT}"`)
    // svg2pdf ignores paint-order, so a text's halo would be stroked over its letters.
    .replace(/<text\b[^>]*>/g, (tag) => tag.replace(/\s(?:stroke|stroke-width|stroke-miterlimit|paint-order)="[^"]*"/g, ''))
    .replace(/(font:[^;"]*?\d+(?:\.\d+)?px)\s[^;"]*/g, `$1 ${FONT}`)
    .replace(/font-family:[^;"]*/g, `font-family:${FONT}`)
    .replace(/font-family="[^"]*"/g, `font-family="${FONT}"`)
    .replace(/font-weight:\s*(?:bold(?:er)?|[6-9]00)/g, 'font-weight:bold')
    .replace(/font-weight:\s*(?:lighter|[1-5]00)/g, 'font-weight:normal');
}

/** Above this many patterned shapes, the patterns go: svg2pdf writes one PDF pattern per shape. */
export const MAX_DECALS = 24;

const DECAL = /<path\b[^>]*\bfill="url\(#[^"]*\)"[^>]*><\/path>\n?/g;

/**
 * ECharts draws a decal (the hatching that tells series apart in grey print) as a second,
 * patterned copy over each shape. On a chart of hundreds of thin bars the hatching cannot be
 * seen, and each copy would add a pattern to the PDF (megabytes): there they are left out.
 */
export function withoutDenseDecals(svg: string, max = MAX_DECALS): string {
  const count = svg.match(DECAL)?.length ?? 0;
  return count > max ? svg.replace(DECAL, '') : svg;
}
