import { fireEvent, render, screen } from '@testing-library/svelte';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import NumberInput from '../../src/components/NumberInput.svelte';
import { locale } from '../../src/i18n/locale.svelte';

beforeEach(() => {
  locale.language = 'es';
});

function setup(props: Partial<{ value: number | null; scale: number; emptyValue: number | null; language: 'es' | 'en'; suffix: string }> = {}) {
  const onchange = vi.fn();
  const result = render(NumberInput, { id: 'n', value: null, language: 'es', onchange, ...props });
  return { ...result, onchange, input: () => screen.getByRole('textbox') as HTMLInputElement };
}

describe('NumberInput', () => {
  it.each([
    ['1.500', 'es', 1500],
    ['1.500,25', 'es', 1500.25],
    ['12,5', 'es', 12.5],
    ['1,500.25', 'en', 1500.25],
    ['0.5', 'en', 0.5],
  ] as const)('reads %s written in %s as %s', async (text, language, expected) => {
    const { input, onchange } = setup({ language });
    await fireEvent.input(input(), { target: { value: text } });
    expect(onchange).toHaveBeenLastCalledWith(expected);
  });

  it('shows a share as a percentage and hands back the share', async () => {
    const { input, onchange } = setup({ value: 0.07, scale: 100 });
    expect(input()).toHaveValue('7');
    await fireEvent.input(input(), { target: { value: '22,5' } });
    expect(onchange).toHaveBeenLastCalledWith(0.225);
  });

  it('says when the text is not a number, and hands nothing on', async () => {
    const { input, onchange } = setup({ value: 3 });
    await fireEvent.input(input(), { target: { value: 'tres' } });
    expect(onchange).not.toHaveBeenCalled();
    expect(input()).toHaveAttribute('aria-invalid', 'true');
    expect(input()).toHaveAccessibleDescription('Escribe un número, por ejemplo 1.250,50.');
    await fireEvent.blur(input());
    expect(input()).toHaveValue('3');
    expect(input()).not.toHaveAttribute('aria-invalid');
  });

  it('hands on its empty value when cleared, and keeps the field empty while typing', async () => {
    const { input, onchange, rerender } = setup({ value: 250, emptyValue: 0 });
    await fireEvent.input(input(), { target: { value: '' } });
    expect(onchange).toHaveBeenLastCalledWith(0);
    await rerender({ value: 0 });
    expect(input()).toHaveValue('');
    await fireEvent.blur(input());
    expect(input()).toHaveValue('0');
  });

  it('shows a value changed from outside while the person was typing', async () => {
    const { input, rerender } = setup({ value: null });
    await fireEvent.input(input(), { target: { value: '12' } });
    await rerender({ value: 12 });
    expect(input()).toHaveValue('12');
    await rerender({ value: null });
    expect(input()).toHaveValue('');
  });

  it('shows a number as a person writes it: two decimals, two significant digits below 0,01, no grouping', async () => {
    const { input, rerender } = setup({ value: 0.16346154, scale: 100 });
    expect(input()).toHaveValue('16,35');
    await rerender({ value: 0.00004321 });
    expect(input()).toHaveValue('0,0043');
    await rerender({ value: 15000.5, scale: 1 });
    expect(input()).toHaveValue('15000,5');
  });

  it('reads its unit with it', () => {
    const { input } = setup({ value: 12, suffix: '€' });
    expect(input()).toHaveAccessibleDescription('€');
  });
});
