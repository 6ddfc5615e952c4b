import type { EChartsCoreOption } from 'echarts/core';
import { yieldToPage } from './draw-in-turn';

/**
 * The first time a canvas measures text in a font (family, size, weight), the browser resolves
 * that font; ZRender then measures a CJK character in it, and where no installed font has one the
 * browser looks through every font for a fallback. Each new font cost 10–60 ms on the project's
 * machine, paid inside the task of the first chart that used it. Measuring each font a chart will
 * use beforehand, one measurement per task, takes that time out of the chart's own tasks.
 */

/** ECharts' text defaults, where an option says nothing. */
const DEFAULT = { fontStyle: 'normal', fontWeight: 'normal', fontSize: 12, fontFamily: 'sans-serif' };

type TextStyle = Partial<Record<keyof typeof DEFAULT, unknown>>;

/** The canvas fonts (CSS `font` values) the option's texts use, each once. */
export function fontsOf(option: EChartsCoreOption): string[] {
  const base = { ...DEFAULT, ...pick((option.textStyle ?? {}) as TextStyle) };
  const fonts = new Set([font(base)]);
  const visit = (value: unknown, depth: number) => {
    if (depth > 8 || value === null || typeof value !== 'object' || ArrayBuffer.isView(value)) return;
    if (Array.isArray(value)) {
      // Long arrays are data: their texts, if any, are styled like their neighbours.
      for (const item of value.slice(0, 20)) visit(item, depth + 1);
      return;
    }
    const style = pick(value as TextStyle);
    if (Object.keys(style).length > 0) fonts.add(font({ ...base, ...style }));
    for (const [key, child] of Object.entries(value)) if (key !== 'data' || !Array.isArray(child) || child.length <= 20) visit(child, depth + 1);
  };
  visit(option, 0);
  return [...fonts];
}

function pick(style: TextStyle): TextStyle {
  const picked: TextStyle = {};
  for (const key of Object.keys(DEFAULT) as (keyof typeof DEFAULT)[]) if (style[key] !== undefined) picked[key] = style[key];
  return picked;
}

function font(style: TextStyle): string {
  return `${String(style.fontStyle)} ${String(style.fontWeight)} ${String(style.fontSize)}px ${String(style.fontFamily)}`;
}

const warmed = new Set<string>();
let context: CanvasRenderingContext2D | null | undefined;

/** Measures a Latin and a CJK character in each font not measured before, each in a task of its own. */
export async function warmFonts(fonts: readonly string[]): Promise<void> {
  for (const each of fonts) {
    if (warmed.has(each)) continue;
    warmed.add(each);
    context ??= document.createElement('canvas').getContext('2d');
    if (!context) return;
    for (const text of ['a', '国']) {
      context.font = each;
      context.measureText(text);
      await yieldToPage();
    }
  }
}
