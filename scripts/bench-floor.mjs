// The floor for `npm run bench`: the same slides written with plain pptxgenjs calls and nothing else.
// Input: a DeckPlan JSON that huibao already computed, so no parsing, planning, fitting, escaping or
// package fixing is counted; output: the .pptx pptxgenjs writes for it. "The same slides" means the
// same pptxgenjs calls huibao's renderer makes: the masters, one run per styled span of each line
// with its font, size, colour and weight, soft breaks between lines, bullets, the planned rectangles
// and tables with their cell styles, sections and speaker notes. Plain JavaScript, run with plain node.
import { readFileSync } from 'node:fs';
import PptxGenJS from 'pptxgenjs';

const [planFile, output] = process.argv.slice(2);
const plan = JSON.parse(readFileSync(planFile, 'utf8'));
const inches = (points) => Math.round((points / 72) * 10000) / 10000;
const place = (box) => ({ x: inches(box.x), y: inches(box.y), w: inches(box.w), h: inches(box.h) });
const lang = 'zh-CN';

const shapeOptions = (shape) => ({
  ...place(shape.box),
  fill: shape.fill === null ? { type: 'none' } : { color: shape.fill, transparency: shape.transparency },
  line: shape.line === null ? { type: 'none' } : { color: shape.line.color, width: shape.line.width },
  flipH: shape.flipH,
  ...(shape.shape === 'roundRect' ? { rectRadius: inches(shape.radius * Math.min(shape.box.w, shape.box.h)) } : {}),
});

function textRuns(shape) {
  const runs = [];
  shape.paragraphs.forEach((paragraph, p) => {
    paragraph.lines.forEach((line, l) => {
      line.forEach((run, r) => {
        runs.push({
          text: run.text,
          options: {
            fontFace: shape.font.eastAsian,
            fontSize: shape.size,
            color: run.color,
            bold: run.bold,
            lang,
            lineSpacing: shape.lineHeight,
            paraSpaceBefore: l === 0 && r === 0 && paragraph.spaceBefore > 0 ? paragraph.spaceBefore : undefined,
            softBreakBefore: l > 0 && r === 0,
            breakLine: l === paragraph.lines.length - 1 && r === line.length - 1 && p < shape.paragraphs.length - 1,
            ...(paragraph.bullet === null || l > 0 || r > 0 ? {} : { bullet: { characterCode: paragraph.bullet.code, indent: paragraph.bullet.indent } }),
          },
        });
      });
    });
  });
  return runs;
}

const pptx = new PptxGenJS();
pptx.defineLayout({ name: 'DECK', width: inches(plan.width), height: inches(plan.height) });
pptx.layout = 'DECK';
pptx.title = plan.meta.title;
for (const master of plan.masters) {
  pptx.defineSlideMaster({
    title: master.label,
    background: { color: master.background },
    objects: master.shapes.map((shape) => (shape.shape === 'line' ? { line: shapeOptions(shape) } : { rect: shapeOptions(shape) })),
  });
}
for (const title of new Set(plan.slides.map((slide) => slide.section))) pptx.addSection({ title });
const masterNames = new Map(plan.masters.map((master) => [master.kind, master.label]));
for (const planned of plan.slides) {
  const slide = pptx.addSlide({ masterName: masterNames.get(planned.master), sectionTitle: planned.section });
  slide.background = { color: planned.background };
  for (const shape of planned.shapes) {
    if (shape.type === 'text') {
      const [left, top, right, bottom] = shape.inset;
      slide.addText(textRuns(shape), {
        ...place(shape.box),
        fontFace: shape.font.eastAsian,
        fontSize: shape.size,
        lang,
        align: shape.align,
        valign: shape.valign,
        margin: [left, right, bottom, top],
        lineSpacing: shape.lineHeight,
        wrap: true,
        isTextBox: true,
      });
    } else if (shape.type === 'shape') {
      slide.addShape(shape.shape, shapeOptions(shape));
    } else if (shape.type === 'table') {
      const [top, right, bottom, left] = shape.cellInset;
      const rows = shape.rows.map((row, r) =>
        row.map((cell) => ({
          text: cell,
          options: {
            fontFace: shape.font.eastAsian,
            fontSize: shape.size,
            lang,
            bold: r === 0,
            color: r === 0 ? shape.headerColor : shape.bodyColor,
            fill: { color: r === 0 ? shape.headerFill : r % 2 === 0 ? shape.stripeFill : shape.bodyFill },
            valign: 'middle',
            lineSpacing: shape.lineHeight,
          },
        })),
      );
      slide.addTable(rows, {
        ...place(shape.box),
        colW: shape.colWidths.map(inches),
        rowH: shape.rowHeights.map(inches),
        border: { type: 'solid', pt: 0.75, color: shape.borderColor },
        margin: [inches(top), inches(right), inches(bottom), inches(left)],
      });
    }
  }
  if (planned.notes !== '') slide.addNotes(planned.notes);
}
await pptx.writeFile({ fileName: output });
