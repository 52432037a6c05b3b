/** The text of each slide of a .pptx, from its slide XML (for checking a downloaded deck). */
import JSZip from 'jszip';

function unescapeXml(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

export async function slideTexts(pptx: Uint8Array): Promise<string[]> {
  return partTexts(pptx, /^ppt\/slides\/slide\d+\.xml$/);
}

/** The speaker notes of each slide (the full speech, where every filled figure lands). */
export async function notesTexts(pptx: Uint8Array): Promise<string[]> {
  return partTexts(pptx, /^ppt\/notesSlides\/notesSlide\d+\.xml$/);
}

async function partTexts(pptx: Uint8Array, pattern: RegExp): Promise<string[]> {
  const zip = await JSZip.loadAsync(pptx);
  const names = Object.keys(zip.files)
    .filter((name) => pattern.test(name))
    .sort((a, b) => Number(/(\d+)\.xml$/.exec(a)?.[1]) - Number(/(\d+)\.xml$/.exec(b)?.[1]));
  return Promise.all(
    names.map(async (name) => {
      const xml = (await zip.file(name)?.async('string')) ?? '';
      return [...xml.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((match) => unescapeXml(match[1] ?? '')).join('');
    }),
  );
}
