import { fireEvent, screen, waitFor } from '@testing-library/svelte';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { locale } from '../../src/i18n/locale.svelte';
import LogoOption from '../../src/components/report/LogoOption.svelte';
import { MAX_LOGO_BYTES } from '../../src/domain/report-section';
import { renderStep } from '../steps/step-setup';

/** A 1×1 PNG. */
const PNG_BYTES = Uint8Array.from(atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=='), (c) => c.charCodeAt(0));

let close: (() => Promise<void>) | undefined;
beforeEach(() => {
  locale.language = 'es';
});
afterEach(async () => {
  await close?.();
  close = undefined;
});

async function open() {
  const step = await renderStep(LogoOption);
  close = step.close;
  const input = (await screen.findByLabelText('Logotipo para la portada')) as HTMLInputElement;
  return { ...step, input };
}

const choose = (input: HTMLInputElement, file: File) => fireEvent.change(input, { target: { files: [file] } });

describe('LogoOption', () => {
  it('keeps a PNG as the cover logo, shows it, and removes it on request', async () => {
    const { input, stored } = await open();
    await choose(input, new File([PNG_BYTES], 'logo.png', { type: 'image/png' }));
    const preview = await screen.findByRole('img', { name: 'Logotipo actual' });
    expect(preview.getAttribute('src')).toMatch(/^data:image\/png;base64,iVBORw0KGgo/);
    expect(((await stored()).sections.report as { logo: string }).logo).toBe(preview.getAttribute('src'));

    await fireEvent.click(screen.getByRole('button', { name: 'Quitar el logotipo' }));
    await waitFor(() => expect(screen.queryByRole('img')).toBeNull());
    expect((await stored()).sections.report).toEqual({ logo: null });
  });

  it('refuses a file that is not an image, saying so, and stores nothing', async () => {
    const { input, stored } = await open();
    await choose(input, new File(['hola'], 'notas.txt', { type: 'text/plain' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Ese archivo no es una imagen PNG, JPEG o WebP.');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect((await stored()).sections.report).toBeUndefined();
  });

  it('refuses an image over the size limit, with its size and the limit', async () => {
    const { input, stored } = await open();
    await choose(input, new File([new Uint8Array(MAX_LOGO_BYTES + 2048)], 'foto.jpg', { type: 'image/jpeg' }));
    expect((await screen.findByRole('alert')).textContent?.replace(/\s/g, ' ')).toBe(
      'La imagen ocupa 514 KB y el máximo es 512 KB. Redúcela o guárdala como JPEG e inténtalo de nuevo.',
    );
    expect((await stored()).sections.report).toBeUndefined();
  });
});
