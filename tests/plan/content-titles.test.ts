/**
 * Titles of content slides. The reports are written for these tests in the shape of real ones.
 */
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/parse/build-outline.js';
import { planDeck } from '../../src/plan/plan-deck.js';
import { textOf } from '../parse/corpus-helpers.js';
import { theme } from '../helpers/fixtures.js';

const BODY = '这项工作涉及面广、政策性强，各级各部门要统一思想、压实责任，确保各项任务落到实处、见到实效。';

// A second deck review: parts titled by a whole sentence filled two lines of every slide of the part.
describe('content slide titles of a part titled by a whole sentence', () => {
  const long = '从推动工作发展方面，学院党委要不忘教育报国初心，牢记立德树人使命，为建设特色鲜明的研究型学院保驾护航';
  const scene = '回顾2024年，我们克难攻坚、砥砺奋进，绿色转型高质量发展根基不断夯实，各项事业取得新成效';
  const report = (title: string): string =>
    textOf(
      '工作报告',
      `一、${title}`,
      `（一）坚持政治统领。${BODY}`,
      `（二）坚定四个自信。${BODY}`,
      `（三）坚持强化基础。${BODY}`,
      '二、今后的工作',
      `（一）扩大有效需求。${BODY}`,
      `（二）深化改革开放。${BODY}`,
    );

  it('show its lead clause, as the 目录 does, when that clause stands for it; the divider shows it whole', () => {
    const plan = planDeck(parseReport(report(long)), theme('party-red'));
    const content = plan.slides.filter((slide) => slide.kind === 'content');
    expect(content[0]?.title).toBe('从推动工作发展方面，学院党委要不忘教育报国初心');
    expect(plan.slides.find((slide) => slide.kind === 'divider')?.title).toBe(long);
  });

  it('stay whole when the lead clause says too little (`回顾2024年`)', () => {
    const plan = planDeck(parseReport(report(scene)), theme('party-red'));
    expect(plan.slides.find((slide) => slide.kind === 'content')?.title).toBe(scene);
  });
});
