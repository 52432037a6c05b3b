import { HuibaoError } from '../errors.js';
import { escapeRawValue, escapeXml } from './package-xml.js';

export interface CoreProperties {
  readonly title: string;
  readonly subject: string;
  readonly author: string;
  readonly language: string;
  readonly modified: Date;
}

/** W3CDTF in UTC without milliseconds, as Office writes it (`2026-01-02T03:04:05Z`). */
export function formatW3cdtf(date: Date): string {
  if (Number.isNaN(date.getTime())) {
    throw new HuibaoError('internal', '文档修改时间无效，无法写入 docProps/core.xml。', {
      hint: '请检查 SOURCE_DATE_EPOCH 环境变量是否为整数秒。',
    });
  }
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/**
 * Writes `docProps/core.xml` from scratch: pptxgenjs stamps the wall-clock time (two builds
 * differ), names itself as author and has no `dc:language`.
 */
export function writeCoreProperties(properties: CoreProperties): string {
  const stamp = formatW3cdtf(properties.modified);
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n' +
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties"' +
    ' xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/"' +
    ' xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    `<dc:title>${escapeXml(properties.title)}</dc:title>` +
    `<dc:subject>${escapeXml(properties.subject)}</dc:subject>` +
    `<dc:creator>${escapeXml(properties.author)}</dc:creator>` +
    `<cp:lastModifiedBy>${escapeXml(properties.author)}</cp:lastModifiedBy>` +
    `<dc:language>${escapeXml(properties.language)}</dc:language>` +
    '<cp:revision>1</cp:revision>' +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${stamp}</dcterms:created>` +
    `<dcterms:modified xsi:type="dcterms:W3CDTF">${stamp}</dcterms:modified>` +
    '</cp:coreProperties>'
  );
}

/** pptxgenjs writes `<Company>` unescaped: a company named `A&B` makes app.xml not XML. */
export function escapeCompany(appXml: string): string {
  return appXml.replace(/(<Company>)([\s\S]*?)(<\/Company>)/, (_whole, open: string, value: string, close: string) => {
    return open + escapeRawValue(value) + close;
  });
}
