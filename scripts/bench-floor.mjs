// The floor for `npm run bench`: the same slides written with plain pptxgenjs calls and nothing else.
// Input: a DeckPlan JSON that huibao already computed (so no parsing, planning, fitting or package
// fixing is counted); output: a .pptx with one text box per planned text shape (its lines joined),
// the planned rectangles and tables, and the speaker notes. Plain JavaScript, run with plain node.
import { readFileSync } from 'node:fs';
import PptxGenJS from 'pptxgenjs';

const [planFile, output] = process.argv.slice(2);
const plan = JSON.parse(readFileSync(planFile, 'utf8'));
const inches = (points) => points / 72;
const place = (box) => ({ x: inches(box.x), y: inches(box.y), w: inches(box.w), h: inches(box.h) });

const pptx = new PptxGenJS();
pptx.defineLayout({ name: 'DECK', width: inches(plan.width), height: inches(plan.height) });
pptx.layout = 'DECK';
for (const planned of plan.slides) {
  const slide = pptx.addSlide();
  slide.background = { color: planned.background };
  for (const shape of planned.shapes) {
    if (shape.type === 'text') {
      const paragraphs = shape.paragraphs.map((paragraph) => ({
        text: paragraph.lines.map((line) => line.map((run) => run.text).join('')).join(''),
        options: { breakLine: true, color: paragraph.lines[0]?.[0]?.color ?? '000000' },
      }));
      slide.addText(paragraphs, { ...place(shape.box), fontFace: shape.font.eastAsian, fontSize: shape.size, valign: 'top' });
    } else if (shape.type === 'shape') {
      slide.addShape('rect', { ...place(shape.box), fill: shape.fill === null ? undefined : { color: shape.fill } });
    } else if (shape.type === 'table') {
      slide.addTable(shape.rows.map((row) => row.map((cell) => ({ text: cell }))), { ...place(shape.box), fontSize: shape.size, fontFace: shape.font.eastAsian });
    }
  }
  slide.addNotes(planned.notes);
}
await pptx.writeFile({ fileName: output });
