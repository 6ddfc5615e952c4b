import type { Page } from 'playwright-core';

/** What the focused element is, as a keyboard user would hear it. */
export interface Focused {
  tag: string;
  name: string;
  /** The focus outline is drawn (outline or box-shadow other than none). */
  visible: boolean;
}

/** A person who uses only the keyboard: Tab, Shift+Tab, Enter and Space. */
export class KeyboardUser {
  constructor(private readonly page: Page) {}

  /**
   * The focused element, and whether its focus can be seen: its own outline or shadow, the
   * browser's highlight of a date field's part, or, for a control drawn transparent (a file
   * input inside its label), a change in how its label or wrapper looks when it has the focus.
   */
  focused(): Promise<Focused> {
    return this.page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return { tag: 'body', name: '', visible: false };
      const style = getComputedStyle(el);
      const label = (el as HTMLInputElement).labels?.[0]?.innerText;
      const name = (el.getAttribute('aria-label') || label || el.innerText || el.getAttribute('value') || '').replace(/\s+/g, ' ').trim();
      let visible = (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) || style.boxShadow !== 'none';
      // Inside a date field the browser highlights the day, month or year that has the focus.
      if (el instanceof HTMLInputElement && ['date', 'time', 'month', 'datetime-local'].includes(el.type)) visible = true;
      if (!visible && style.opacity === '0') {
        const wrappers = [el.parentElement, el.parentElement?.parentElement].filter((n): n is HTMLElement => !!n);
        const look = () => wrappers.map((n) => {
          const s = getComputedStyle(n);
          return [s.outlineStyle, s.boxShadow, s.borderColor, s.backgroundColor].join('|');
        }).join(';');
        const focusedLook = look();
        el.blur();
        visible = look() !== focusedLook;
        el.focus();
      }
      return { tag: el.tagName.toLowerCase(), name, visible };
    });
  }

  /**
   * Presses Tab (or Shift+Tab) until the focused element's name matches, and returns it; every
   * element passed on the way must show its focus. Fails after `limit` presses.
   */
  async tabTo(name: RegExp, options: { backwards?: boolean; limit?: number } = {}): Promise<Focused> {
    const limit = options.limit ?? 80;
    const passed: Focused[] = [];
    for (let i = 0; i < limit; i++) {
      await this.page.keyboard.press(options.backwards ? 'Shift+Tab' : 'Tab');
      const focused = await this.focused();
      if (!focused.visible && focused.tag !== 'body') throw new Error(`focus not visible on <${focused.tag}> «${focused.name}»`);
      passed.push(focused);
      if (name.test(focused.name)) return focused;
    }
    throw new Error(`${name} not reached in ${limit} presses; passed: ${passed.map((f) => f.name).join(' | ')}`);
  }

  /**
   * Tabs from the top through everything focusable until the focus leaves the page or comes
   * back to the start; returns the elements whose focus could not be seen.
   */
  async tabThroughPage(limit = 800): Promise<Focused[]> {
    await this.startFromTop();
    const hidden: Focused[] = [];
    for (let i = 0; i < limit; i++) {
      await this.page.keyboard.press('Tab');
      const focused = await this.focused();
      const atStart = await this.page.evaluate(() => document.activeElement?.classList.contains('skip-link') ?? false);
      if (focused.tag === 'body' || atStart) return hidden;
      if (!focused.visible) hidden.push(focused);
    }
    throw new Error(`still tabbing after ${limit} presses`);
  }

  async press(key: 'Enter' | 'Space'): Promise<void> {
    await this.page.keyboard.press(key === 'Space' ? ' ' : 'Enter');
  }

  /** Puts the focus where a fresh page load starts: the first Tab reaches what follows the skip link. */
  async startFromTop(): Promise<void> {
    await this.page.evaluate(() => window.scrollTo(0, 0));
    await this.page.locator('.skip-link').focus();
  }
}
