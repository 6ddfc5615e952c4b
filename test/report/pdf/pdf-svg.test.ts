import { describe, expect, it } from 'vitest';
import { withoutDenseDecals, withPdfFont } from '../../../src/report/pdf/pdf-svg';

describe('withPdfFont', () => {
  it('sets every text in the embedded font and the weights it has', () => {
    const svg = '<svg><text style="font-size:12px;font-family:system-ui, sans-serif;font-weight:600;">A</text>'
      + '<text font-family="Arial" style="font-weight:bold">B</text><text style="font-weight:300">C</text></svg>';
    expect(withPdfFont(svg)).toBe(
      '<svg font-family="Inter"><text style="font-size:12px;font-family:Inter;font-weight:bold;">A</text>'
      + '<text font-family="Inter" style="font-weight:bold">B</text><text style="font-weight:normal">C</text></svg>',
    );
  });

  it('sets the family of the font shorthand too', () => {
    expect(withPdfFont(`<text style="font: normal normal 13px system-ui, 'Segoe UI', sans-serif" y="9">143</text>`))
      .toBe('<text style="font: normal normal 13px Inter" y="9">143</text>');
  });

  it('drops the halo stroke of labels (svg2pdf would stroke it over the letters) but keeps strokes of shapes', () => {
    const svg = '<path d="M0 0" stroke="#5070dd"></path><text fill="#eee" stroke="#5070dd" stroke-width="2" paint-order="stroke" stroke-miterlimit="2">1</text>';
    expect(withPdfFont(svg)).toBe('<path d="M0 0" stroke="#5070dd"></path><text fill="#eee">1</text>');
  });
});

describe('withoutDenseDecals', () => {
  const bar = (i: number) => `<path d="M${i} 0l1 0Z" fill="#440154"></path>\n<path d="M${i} 0l1 0Z" fill="url(#zr0-p0)" class="zr0-cls-0"></path>\n`;
  const svg = (bars: number) => `<svg>${Array.from({ length: bars }, (_, i) => bar(i)).join('')}</svg>`;

  it('keeps the hatching of a chart with few shapes (it tells the levels apart in grey print)', () => {
    expect(withoutDenseDecals(svg(5), 24)).toBe(svg(5));
  });

  it('drops the patterned copies of a chart with many shapes, and keeps the shapes', () => {
    const out = withoutDenseDecals(svg(30), 24);
    expect(out).not.toContain('url(#');
    expect(out.match(/fill="#440154"/g)).toHaveLength(30);
  });
});
