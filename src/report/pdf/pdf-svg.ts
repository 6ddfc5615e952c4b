import { FONT } from './pdf-theme';

/**
 * The SVG with every text in the embedded font: svg2pdf only finds fonts registered in the
 * document, and only the weights it has (normal, bold); anything else would fall back to Times.
 */
export function withPdfFont(svg: string): string {
  return svg
    // svg2pdf ignores paint-order, so a text's halo would be stroked over its letters.
    .replace(/<text\b[^>]*>/g, (tag) => tag.replace(/\s(?:stroke|stroke-width|stroke-miterlimit|paint-order)="[^"]*"/g, ''))
    .replace(/font-family:[^;"]*/g, `font-family:${FONT}`)
    .replace(/font-family="[^"]*"/g, `font-family="${FONT}"`)
    .replace(/font-weight:\s*(?:bold(?:er)?|[6-9]00)/g, 'font-weight:bold')
    .replace(/font-weight:\s*(?:lighter|[1-5]00)/g, 'font-weight:normal');
}
