import { describe, expect, it } from 'vitest';
import { checkLogoFile, MAX_LOGO_BYTES, restoreReportSection } from '../../src/domain/report-section';

const PNG = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';

describe('the report section', () => {
  it.each([
    ['a PNG data URL', { logo: PNG }, PNG],
    ['a JPEG data URL', { logo: 'data:image/jpeg;base64,/9j/4AAQ' }, 'data:image/jpeg;base64,/9j/4AAQ'],
    ['nothing stored', undefined, null],
    ['a logo that is not a string', { logo: 42 }, null],
    ['an SVG, which the PDF cannot embed', { logo: 'data:image/svg+xml;base64,PHN2Zz4=' }, null],
    ['a web address', { logo: 'https://example.com/logo.png' }, null],
    ['base64 with a stray character', { logo: 'data:image/png;base64,iVBO"RK' }, null],
    ['a logo over the size limit', { logo: `data:image/png;base64,${'A'.repeat(Math.ceil(MAX_LOGO_BYTES / 3) * 4 + 64)}` }, null],
  ])('restores %s', (_, raw, logo) => {
    expect(restoreReportSection(raw)).toEqual({ logo });
  });

  it.each([
    [{ type: 'image/png', size: 20_000 }, { ok: true }],
    [{ type: 'image/webp', size: MAX_LOGO_BYTES }, { ok: true }],
    [{ type: 'image/png', size: MAX_LOGO_BYTES + 1 }, { ok: false, error: { code: 'too-large', size: MAX_LOGO_BYTES + 1, max: MAX_LOGO_BYTES } }],
    [{ type: 'image/svg+xml', size: 1000 }, { ok: false, error: { code: 'not-image' } }],
    [{ type: 'application/pdf', size: 1000 }, { ok: false, error: { code: 'not-image' } }],
  ])('checks a chosen file %o', (file, verdict) => {
    expect(checkLogoFile(file)).toEqual(verdict);
  });
});
