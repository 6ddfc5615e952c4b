import { describe, expect, it } from 'vitest';
import { withPdfFont } from '../../../src/report/pdf/pdf-svg';

describe('withPdfFont', () => {
  it('sets every text in the embedded font and the weights it has', () => {
    const svg = '<svg><text style="font-size:12px;font-family:system-ui, sans-serif;font-weight:600;">A</text>'
      + '<text font-family="Arial" style="font-weight:bold">B</text><text style="font-weight:300">C</text></svg>';
    expect(withPdfFont(svg)).toBe(
      '<svg><text style="font-size:12px;font-family:Inter;font-weight:bold;">A</text>'
      + '<text font-family="Inter" style="font-weight:bold">B</text><text style="font-weight:normal">C</text></svg>',
    );
  });

  it('drops the halo stroke of labels (svg2pdf would stroke it over the letters) but keeps strokes of shapes', () => {
    const svg = '<path d="M0 0" stroke="#5070dd"></path><text fill="#eee" stroke="#5070dd" stroke-width="2" paint-order="stroke" stroke-miterlimit="2">1</text>';
    expect(withPdfFont(svg)).toBe('<path d="M0 0" stroke="#5070dd"></path><text fill="#eee">1</text>');
  });
});
