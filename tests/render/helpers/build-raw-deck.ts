/**
 * Builds raw pptxgenjs 4.0.1 decks (no post-processing) so the package fixes can be tested on the
 * exact faults the library writes. Tests only: src/ reaches pptxgenjs through src/render/pptxgenjs.ts.
 */
import PptxGenJSModule from 'pptxgenjs';

// Under NodeNext the typings describe a CommonJS module, so the default import type-checks as the
// module object, while the ESM build hands over the class itself (pptxgenjs issue #1536).
type PptxGenJSClass = (typeof PptxGenJSModule)['default'];
const imported = PptxGenJSModule as unknown as PptxGenJSClass | { readonly default: PptxGenJSClass };
const PptxGenJS: PptxGenJSClass = typeof imported === 'function' ? imported : imported.default;

export interface RawDeckOptions {
  /** Font written into every run (pptxgenjs puts it into latin, ea and cs alike). */
  readonly fontFace: string;
  readonly company: string;
  readonly withNotes: boolean;
}

const defaultOptions: RawDeckOptions = { fontFace: '微软雅黑', company: '国资委 & 办公厅', withNotes: true };

/**
 * A deck that exercises every known fault: multi-run paragraphs, bullets, a table, notes in
 * Chinese, special and control characters, several slides, a master with placeholders.
 */
export async function buildRawDeck(overrides: Partial<RawDeckOptions> = {}): Promise<Uint8Array> {
  const options = { ...defaultOptions, ...overrides };
  const pptx = new PptxGenJS();
  pptx.layout = 'LAYOUT_16x9';
  pptx.company = options.company;
  pptx.title = 'raw title';
  pptx.defineSlideMaster({
    title: 'CONTENT',
    background: { color: 'FFFFFF' },
    objects: [{ placeholder: { options: { name: 'title', type: 'title', x: 0.5, y: 0.3, w: 9, h: 0.8 }, text: '' } }],
  });
  const face = options.fontFace;

  pptx.addSection({ title: '封面' });
  pptx.addSection({ title: '正文 & 数据' });
  const cover = pptx.addSlide({ sectionTitle: '封面' });
  cover.addText('关于国有企业改革 & 发展 <情况> 的 "汇报"', { x: 0.5, y: 1, w: 9, h: 1.5, fontFace: face, fontSize: 36, bold: true });
  // U+000B (Word soft break) and U+0001 slip through pptxgenjs unescaped.
  cover.addText('办公厅\u000B二〇二六年\u0001十一月', { x: 0.5, y: 3, w: 9, h: 0.8, fontFace: face, fontSize: 20 });
  if (options.withNotes) cover.addNotes('各位领导：现将有关情况汇报如下。\n第二行 & <备注>');

  const points = pptx.addSlide({ masterName: 'CONTENT', sectionTitle: '正文 & 数据' });
  points.addText('一、坚持党的领导', { placeholder: 'title', fontFace: face, fontSize: 28 });
  points.addText(
    [
      { text: '一是', options: { bold: true, fontFace: face, fontSize: 20, lang: 'zh-CN' } },
      { text: '加强组织建设，推进深化改革。', options: { fontFace: face, fontSize: 20, lang: 'zh-CN', breakLine: true } },
      { text: '二是强化', options: { fontFace: face, fontSize: 20, bullet: true } },
      { text: '国有资本', options: { fontFace: face, fontSize: 20, color: 'C00000', bullet: true } },
      { text: '布局优化。', options: { fontFace: face, fontSize: 20, bullet: true, breakLine: true } },
      { text: '三是完善治理', options: { fontFace: face, fontSize: 20, bullet: { type: 'number' } } },
    ],
    { x: 0.5, y: 1.3, w: 9, h: 3.5, valign: 'top' },
  );
  // Box-level bullets with several runs per paragraph: the coloured term sits inside a sentence.
  points.addText(
    [
      { text: '突出', options: { fontFace: face, fontSize: 18 } },
      { text: '主责主业', options: { fontFace: face, fontSize: 18, color: 'C00000', bold: true } },
      { text: '，增长 12.5%', options: { fontFace: face, fontSize: 18, breakLine: true } },
      { text: 'A&B 类项目', options: { fontFace: face, fontSize: 18 } },
      { text: '全部完成', options: { fontFace: face, fontSize: 18, italic: true } },
    ],
    { x: 0.5, y: 4.2, w: 9, h: 1, bullet: true },
  );
  points.slideNumber = { x: 9, y: 5.1, w: 0.8, h: 0.3, fontFace: face, fontSize: 10 };
  if (options.withNotes) points.addNotes('这一部分讲三个方面。\n一是组织建设；二是资本布局；三是治理完善。');

  const table = pptx.addSlide({ sectionTitle: '正文 & 数据' });
  table.addText('主要指标', { x: 0.5, y: 0.3, w: 9, h: 0.8, fontFace: face, fontSize: 28 });
  table.addTable(
    [
      [
        { text: '指标', options: { bold: true, fontFace: face } },
        { text: '2025 年 & 增长', options: { bold: true, fontFace: face } },
      ],
      [
        { text: '营业收入 <亿元>', options: { fontFace: face } },
        { text: '12.5%', options: { fontFace: face } },
      ],
    ],
    { x: 0.5, y: 1.3, w: 9, colW: [4.5, 4.5], fontSize: 16 },
  );
  if (options.withNotes) table.addNotes('数据来源：统计局 "年报"。');

  const closing = pptx.addSlide({ sectionTitle: '正文 & 数据' });
  closing.addText('汇报完毕 敬请批评指正', { x: 0.5, y: 2, w: 9, h: 1.2, fontFace: face, fontSize: 40, align: 'center' });

  const written = await pptx.write({ outputType: 'uint8array' });
  if (!(written instanceof Uint8Array)) throw new Error('pptxgenjs did not return a Uint8Array');
  return written;
}
