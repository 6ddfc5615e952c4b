import type { jsPDF } from 'jspdf';
import boldUrl from '@expo-google-fonts/inter/700Bold/Inter_700Bold.ttf?url';
import regularUrl from '@expo-google-fonts/inter/400Regular/Inter_400Regular.ttf?url';
import { FONT } from './pdf-theme';

/** The TrueType files: bytes for the page's FontFace, binary strings for jsPDF's virtual file system. */
export interface FontFiles {
  regular: string;
  bold: string;
  bytes: { regular: ArrayBuffer; bold: ArrayBuffer };
}

function binaryString(buffer: ArrayBuffer): string {
  const bytes = new Uint8Array(buffer);
  let out = '';
  for (let i = 0; i < bytes.length; i += 0x8000) out += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return out;
}

async function fetchFont(url: string): Promise<ArrayBuffer> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`font ${url}: HTTP ${response.status}`);
  return response.arrayBuffer();
}

/**
 * Makes the same Inter available to the page, so that ECharts lays the charts out with the
 * widths their text will have in the PDF (labels neither overlap nor get cut).
 */
async function addToPage(bytes: FontFiles['bytes']): Promise<void> {
  if (typeof FontFace === 'undefined' || !globalThis.document?.fonts) return;
  const faces = [new FontFace(FONT, bytes.regular, { weight: '400' }), new FontFace(FONT, bytes.bold, { weight: '700' })];
  for (const face of faces) document.fonts.add(await face.load());
}

let loading: Promise<FontFiles> | null = null;

/** Inter regular and bold (they cover á é í ó ú ü ñ ¿ ¡ € and the rest of Latin), fetched once per page. */
export function loadFonts(): Promise<FontFiles> {
  loading ??= Promise.all([fetchFont(regularUrl), fetchFont(boldUrl)])
    .then(async ([regular, bold]) => {
      await addToPage({ regular, bold }).catch(() => undefined);
      return { regular: binaryString(regular), bold: binaryString(bold), bytes: { regular, bold } };
    })
    .catch((error: unknown) => {
      loading = null;
      throw error;
    });
  return loading;
}

/** Embeds the fonts in the document (jsPDF subsets them to the glyphs used) and makes Inter the text font. */
export function registerFonts(doc: jsPDF, files: FontFiles): void {
  doc.addFileToVFS('Inter-Regular.ttf', files.regular);
  doc.addFileToVFS('Inter-Bold.ttf', files.bold);
  doc.addFont('Inter-Regular.ttf', FONT, 'normal');
  doc.addFont('Inter-Bold.ttf', FONT, 'bold');
  doc.setFont(FONT, 'normal');
}
