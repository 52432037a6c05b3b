/**
 * Builds small but real .docx files in tests (JSZip): document.xml split into several runs per
 * paragraph, styles.xml with Title/Heading 1/Heading 2 and a custom outline-level style, and an
 * optional numbering.xml. Enough to exercise what Word and WPS write, without committing binaries.
 */
import JSZip from 'jszip';

export interface DocxParagraphSpec {
  readonly text: string;
  /**
   * Style id: `Title`, `Heading1`, `Heading2`, `1`/`2` (WPS-style names 标题 1/2), `Topic` (custom,
   * outline level 0), `Chapter` (outline level 0, numbered by list 9 through the style),
   * `ListHeading1`/`ListHeading2` (headings numbered by list 7, level found through the list's
   * `w:pStyle`), `PlainChild` (based on Heading1 but outline level 9 = body text), or omitted.
   */
  readonly style?: string;
  readonly numbering?: { readonly numId: number; readonly level: number };
  /** Direct `w:outlineLvl` on the paragraph (0-based). */
  readonly outlineLevel?: number;
}

export interface DocxTableSpec {
  readonly table: readonly (readonly string[])[];
}

export type DocxBlockSpec = DocxParagraphSpec | DocxTableSpec;

export interface NumberingLevelSpec {
  readonly format: string;
  readonly text: string;
  readonly start?: number;
  /** Ties the level to a paragraph style, as Word's multilevel heading lists do. */
  readonly style?: string;
}

export interface NumberingSpec {
  /** abstractNumId → levels (index = ilvl). */
  readonly abstracts: ReadonlyMap<number, readonly NumberingLevelSpec[]>;
  /** numId → abstractNumId and optional start overrides (ilvl → start). */
  readonly nums: ReadonlyMap<number, { readonly abstractId: number; readonly startOverrides?: ReadonlyMap<number, number> }>;
}

const W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const R_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Splits text into runs of at most 7 characters, so readers must join runs; `\n` → `<w:br/>`, `\t` → `<w:tab/>`. */
function runsXml(text: string): string {
  const runs: string[] = [];
  for (const part of text.split(/(\n|\t)/)) {
    if (part === '\n') runs.push('<w:r><w:br/></w:r>');
    else if (part === '\t') runs.push('<w:r><w:tab/></w:r>');
    else {
      const chars = [...part];
      for (let i = 0; i < chars.length; i += 7) {
        const chunk = chars.slice(i, i + 7).join('');
        runs.push(`<w:r><w:rPr><w:rFonts w:hint="eastAsia"/></w:rPr><w:t xml:space="preserve">${escapeXml(chunk)}</w:t></w:r>`);
      }
    }
  }
  return runs.join('');
}

function paragraphXml(spec: DocxParagraphSpec): string {
  const props = [
    spec.style === undefined ? '' : `<w:pStyle w:val="${spec.style}"/>`,
    // Tab stops use <w:tab> too; a reader must not count them as text.
    '<w:tabs><w:tab w:val="left" w:pos="420"/></w:tabs>',
    spec.numbering === undefined ? '' : `<w:numPr><w:ilvl w:val="${spec.numbering.level}"/><w:numId w:val="${spec.numbering.numId}"/></w:numPr>`,
    spec.outlineLevel === undefined ? '' : `<w:outlineLvl w:val="${spec.outlineLevel}"/>`,
  ].join('');
  return `<w:p><w:pPr>${props}</w:pPr>${runsXml(spec.text)}</w:p>`;
}

function tableXml(spec: DocxTableSpec): string {
  const rows = spec.table.map((row) => `<w:tr>${row.map((cell) => `<w:tc><w:tcPr/><w:p>${runsXml(cell)}</w:p></w:tc>`).join('')}</w:tr>`).join('');
  return `<w:tbl><w:tblPr/>${rows}</w:tbl>`;
}

function documentXml(blocks: readonly DocxBlockSpec[]): string {
  const body = blocks.map((block) => ('table' in block ? tableXml(block) : paragraphXml(block))).join('');
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="${W_NS}" xmlns:r="${R_NS}"><w:body>${body}<w:sectPr/></w:body></w:document>`;
}

const STYLES_XML = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="${W_NS}">
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:pPr><w:outlineLvl w:val="1"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="Topic"><w:name w:val="我的主题"/><w:basedOn w:val="Normal"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="1"><w:name w:val="标题 1"/><w:basedOn w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="2"><w:name w:val="标题 2"/><w:basedOn w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="Chapter"><w:name w:val="章标题"/><w:basedOn w:val="Normal"/><w:pPr><w:numPr><w:numId w:val="9"/></w:numPr><w:outlineLvl w:val="0"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="ListHeading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:pPr><w:numPr><w:numId w:val="7"/></w:numPr><w:outlineLvl w:val="0"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="ListHeading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:pPr><w:numPr><w:numId w:val="7"/></w:numPr><w:outlineLvl w:val="1"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="PlainChild"><w:name w:val="不是标题"/><w:basedOn w:val="Heading1"/><w:pPr><w:outlineLvl w:val="9"/></w:pPr></w:style>
<w:style w:type="character" w:styleId="Strong"><w:name w:val="Strong"/></w:style>
</w:styles>`;

function numberingXml(spec: NumberingSpec): string {
  const abstracts = [...spec.abstracts]
    .map(([id, levels]) => {
      const lvls = levels
        .map(
          (level, index) =>
            `<w:lvl w:ilvl="${index}"><w:start w:val="${level.start ?? 1}"/>${level.style === undefined ? '' : `<w:pStyle w:val="${level.style}"/>`}<w:numFmt w:val="${level.format}"/><w:lvlText w:val="${escapeXml(level.text)}"/><w:lvlJc w:val="left"/></w:lvl>`,
        )
        .join('');
      return `<w:abstractNum w:abstractNumId="${id}"><w:multiLevelType w:val="multilevel"/>${lvls}</w:abstractNum>`;
    })
    .join('');
  const nums = [...spec.nums]
    .map(([numId, num]) => {
      const overrides = [...(num.startOverrides ?? new Map<number, number>())]
        .map(([level, start]) => `<w:lvlOverride w:ilvl="${level}"><w:startOverride w:val="${start}"/></w:lvlOverride>`)
        .join('');
      return `<w:num w:numId="${numId}"><w:abstractNumId w:val="${num.abstractId}"/>${overrides}</w:num>`;
    })
    .join('');
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:numbering xmlns:w="${W_NS}">${abstracts}${nums}</w:numbering>`;
}

export async function makeDocx(blocks: readonly DocxBlockSpec[], numbering?: NumberingSpec): Promise<Uint8Array> {
  const zip = new JSZip();
  const numberingPart =
    numbering === undefined
      ? ''
      : '<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>';
  zip.file(
    '[Content_Types].xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>${numberingPart}</Types>`,
  );
  zip.file(
    '_rels/.rels',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`,
  );
  const numberingRel =
    numbering === undefined
      ? ''
      : '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>';
  zip.file(
    'word/_rels/document.xml.rels',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>${numberingRel}</Relationships>`,
  );
  zip.file('word/document.xml', documentXml(blocks));
  zip.file('word/styles.xml', STYLES_XML);
  if (numbering !== undefined) zip.file('word/numbering.xml', numberingXml(numbering));
  return zip.generateAsync({ type: 'uint8array' });
}

const CHINESE_NUMERALS: Readonly<Record<string, number>> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** 一 … 九十九 → number (test data only goes that far). */
export function chineseToNumber(text: string): number {
  if (text === '十') return 10;
  const [tens, ones] = text.includes('十') ? text.split('十') : ['', text];
  const tensValue = tens === undefined ? 0 : tens === '' ? (text.includes('十') ? 1 : 0) : (CHINESE_NUMERALS[tens] ?? 0);
  return tensValue * 10 + (ones === undefined || ones === '' ? 0 : (CHINESE_NUMERALS[ones] ?? 0));
}

interface MarkerKind {
  readonly pattern: RegExp;
  readonly level: NumberingLevelSpec;
  readonly value: (match: RegExpExecArray) => number;
}

const MARKER_KINDS: readonly MarkerKind[] = [
  { pattern: /^([一二三四五六七八九十]{1,3})、/, level: { format: 'chineseCounting', text: '%1、' }, value: (m) => chineseToNumber(m[1] ?? '') },
  { pattern: /^（([一二三四五六七八九十]{1,3})）/, level: { format: 'chineseCounting', text: '（%1）' }, value: (m) => chineseToNumber(m[1] ?? '') },
  { pattern: /^(\d{1,2})\.(?!\d)/, level: { format: 'decimal', text: '%1.' }, value: (m) => Number(m[1]) },
  { pattern: /^([①-⑳])/, level: { format: 'decimalEnclosedCircle', text: '%1' }, value: (m) => (m[1] ?? '①').charCodeAt(0) - 0x2460 + 1 },
];

/**
 * Turns plain report text into numbered-list paragraphs the way Word stores them: the marker
 * (`一、`, `（一）`, `1.`, `①`) is removed from the text and becomes automatic numbering. A new list
 * instance starts whenever the written number does not continue the previous one of its kind, so
 * Word would show exactly the numbers of the original text.
 */
export function numberLikeWord(lines: readonly string[]): { blocks: DocxParagraphSpec[]; numbering: NumberingSpec } {
  const abstracts = new Map<number, NumberingLevelSpec[]>(MARKER_KINDS.map((kind, index) => [index + 1, [kind.level]]));
  const nums = new Map<number, { abstractId: number; startOverrides: Map<number, number> }>();
  const current = new Map<number, { numId: number; value: number }>();
  const blocks = lines.map((line): DocxParagraphSpec => {
    for (const [index, kind] of MARKER_KINDS.entries()) {
      const match = kind.pattern.exec(line);
      if (match === null) continue;
      const value = kind.value(match);
      const abstractId = index + 1;
      const previous = current.get(abstractId);
      let numId = previous?.numId ?? 0;
      if (previous === undefined || value !== previous.value + 1) {
        numId = nums.size + 1;
        nums.set(numId, { abstractId, startOverrides: new Map([[0, value]]) });
      }
      current.set(abstractId, { numId, value });
      return { text: line.slice(match[0].length), numbering: { numId, level: 0 } };
    }
    return { text: line };
  });
  return { blocks, numbering: { abstracts, nums } };
}
