export type MessageParams = Record<string, string | number>;
export type Message = string | ((params: MessageParams) => string);

/** One area's texts in both languages; TypeScript refuses a key missing in either. */
export function defineMessages<K extends string>(messages: { es: Record<K, Message>; en: Record<K, Message> }) {
  return messages;
}

export function interpolate(message: Message, params: MessageParams = {}): string {
  if (typeof message === 'function') return message(params);
  return message.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}
