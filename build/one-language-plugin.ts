import { dirname, resolve, sep } from 'node:path';
import { parseAst } from 'vite';
import type { Plugin } from 'vite';

/** A node of the ESTree the parser returns, as far as this plugin reads it. */
interface Node {
  type: string;
  start: number;
  end: number;
  [field: string]: unknown;
}

const LANGUAGE_QUERY = /\?lang=(es|en)$/;

/**
 * One language's texts in a chunk of their own. Every message file holds both languages
 * (`defineMessages({ es: {…}, en: {…} })`), which keeps them side by side for the people who
 * write them; imported as `src/i18n/messages.ts?lang=es`, the index and every message file it
 * reaches keep only the Spanish table (the other language's object becomes `undefined`), so the
 * app downloads the language in use and fetches the other when the user switches to it.
 * Imported without the query (as the tests do), the files are left as they are.
 */
export function oneLanguagePlugin(): Plugin {
  const messagesDir = resolve('src/i18n/messages') + sep;
  const index = resolve('src/i18n/messages.ts');
  return {
    name: 'fideliza:one-language',
    enforce: 'pre',
    transform(code, id) {
      const match = LANGUAGE_QUERY.exec(id);
      const file = id.replace(LANGUAGE_QUERY, '');
      if (!match || (file !== index && !file.startsWith(messagesDir))) return null;
      const language = match[1];
      const program = parseAst(code, { lang: 'ts' }) as unknown as { body: Node[] };
      const edits: { start: number; end: number; text: string }[] = [];
      for (const statement of program.body) {
        // Imports of other message files get the same language.
        if (statement.type === 'ImportDeclaration') {
          const source = statement.source as Node & { value: string };
          if (source.value.startsWith('.') && resolve(dirname(file), source.value).startsWith(messagesDir)) {
            edits.push({ start: source.start, end: source.end, text: JSON.stringify(`${source.value}.ts?lang=${language}`) });
          }
        }
      }
      walk(program as unknown as Node, (node) => {
        const callee = node.callee as Node & { name?: string } | undefined;
        if (node.type !== 'CallExpression' || callee?.name !== 'defineMessages') return;
        const table = (node.arguments as Node[])[0];
        if (table?.type !== 'ObjectExpression') return;
        for (const property of table.properties as (Node & { key: Node & { name?: string; value?: string }; value: Node })[]) {
          const key = property.key.name ?? property.key.value;
          if (key !== language) edits.push({ start: property.value.start, end: property.value.end, text: 'undefined' });
        }
      });
      let result = code;
      for (const edit of edits.sort((a, b) => b.start - a.start)) result = result.slice(0, edit.start) + edit.text + result.slice(edit.end);
      return { code: result, map: null };
    },
    buildEnd() {
      // The tests read the whole index; the app must not, or both languages ship together again.
      const whole = this.getModuleInfo(index);
      if (whole && whole.importers.length > 0) {
        this.warn(`${whole.importers.join(', ')} import src/i18n/messages.ts, which puts both languages in the bundle: read a loaded language with messageTable(language) from src/i18n/message-tables.ts.`);
      }
    },
  };
}

function walk(node: Node, visit: (node: Node) => void): void {
  visit(node);
  for (const value of Object.values(node)) {
    for (const child of Array.isArray(value) ? value : [value]) {
      if (child && typeof child === 'object' && typeof (child as Node).type === 'string') walk(child as Node, visit);
    }
  }
}
