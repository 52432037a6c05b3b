/**
 * The problems a review part owns up to after its points get a slide of their own. Unit cases are
 * paragraphs written for these tests in the shape of real ones; the last test plans a real report.
 */
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/parse/build-outline.js';
import type { TextShape } from '../../src/plan/deck-plan.js';
import { planDeck } from '../../src/plan/plan-deck.js';
import { problemsOf } from '../../src/plan/problems.js';
import { fixtureCase, textOf } from '../parse/corpus-helpers.js';
import { slideText } from '../helpers/plan-checks.js';
import { theme } from '../helpers/fixtures.js';

const BODY = '这项工作涉及面广、政策性强，各级各部门要统一思想、压实责任，确保各项任务落到实处、见到实效。';

describe('problemsOf', () => {
  it('reads the statement and the list after its colon, without the words announcing it or the resolve after it', () => {
    const body =
      '在看到成绩的同时，我们也清醒认识到，经济社会发展中还存在一些困难和问题，主要是：科技创新能力有待提高；一些企业经营困难，市场信心仍需提振；区域发展不平衡问题还比较突出。我们一定正视问题，切实加以解决。';
    expect(problemsOf(body)).toEqual({
      statement: '我们也清醒认识到，经济社会发展中还存在一些困难和问题',
      items: ['科技创新能力有待提高', '一些企业经营困难，市场信心仍需提振', '区域发展不平衡问题还比较突出'],
    });
  });

  it('reads a list of clauses, and a paragraph without a colon up to the clause that names the problems', () => {
    expect(
      problemsOf('同时，全市发展还面临一些困难和挑战，主要是：产业转型任务依然紧迫，创新能力不够强，城镇化建设和农业农村现代化相对滞后，市场化和开放度不够高。')
        ?.items,
    ).toEqual(['产业转型任务依然紧迫', '创新能力不够强', '城镇化建设和农业农村现代化相对滞后', '市场化和开放度不够高']);
    expect(problemsOf('我们也清醒地认识到，当前外部环境依然复杂严峻，发展中的老问题、新挑战仍然不少，传统产业转型任务艰巨，新兴产业规模仍须壮大。')).toEqual({
      statement: '我们也清醒地认识到，当前外部环境依然复杂严峻，发展中的老问题、新挑战仍然不少',
      items: ['传统产业转型任务艰巨', '新兴产业规模仍须壮大'],
    });
  });

  // A second deck review: a statement opening on 也 (its frame dropped), ending on 突出的是, a half-width colon.
  it('leaves out a leaning 也, the words announcing the list however written, and reads a half-width colon', () => {
    expect(problemsOf('在看到成绩的同时，也要清醒认识到，我们的工作还存在不少差距，突出的是：创新能力不强；发展方式粗放。')).toEqual({
      statement: '要清醒认识到，我们的工作还存在不少差距',
      items: ['创新能力不强', '发展方式粗放'],
    });
    expect(problemsOf('我们也清醒地看到存在的困难和问题:调结构促转型任务仍较艰巨，生产方式粗放，核心竞争力不强，新兴产业对经济增长贡献还比较小。')).toEqual({
      statement: '我们也清醒地看到存在的困难和问题',
      items: ['调结构促转型任务仍较艰巨', '生产方式粗放', '核心竞争力不强', '新兴产业对经济增长贡献还比较小'],
    });
  });

  // A survey of the 190 problems slides of the fixture texts: a slide with the statement and one item
  // or none, though the paragraph listed five or more problems after it.
  it('lists the clauses of the sentence after the statement, and of a long sentence the statement opens', () => {
    expect(
      problemsOf(
        '我们也清醒地看到，发展中还存在不少问题。经济持续回升向好的态势还需巩固，创新潜力释放不充分，部分企业经营困难，居民增收压力较大，等等。我们一定正视困难，尽心竭力改进工作。',
      ),
    ).toEqual({
      statement: '我们也清醒地看到，发展中还存在不少问题',
      items: ['经济持续回升向好的态势还需巩固', '创新潜力释放不充分', '部分企业经营困难', '居民增收压力较大'],
    });
    // A statement of the seeing alone read as a frame over nothing (third and fourth reviews): it takes
    // the first problem with it, as the paragraph says them.
    expect(problemsOf('我们也清醒看到，全县经济总量不大、产业层次不高，财政收支矛盾突出，民生领域还有不少短板。我们将直面问题，努力加以解决。')).toEqual({
      statement: '我们也清醒看到，全县经济总量不大、产业层次不高',
      items: ['财政收支矛盾突出', '民生领域还有不少短板'],
    });
    // The standing judgement (不平衡不充分) names them all: it stays in the statement (a second review).
    expect(problemsOf('我们也清醒地看到，全市经济社会发展不平衡不充分的问题还比较突出，经济下行压力加大，新旧动能转换任务艰巨。')?.statement).toBe(
      '我们也清醒地看到，全市经济社会发展不平衡不充分的问题还比较突出',
    );
    // The setting before the first problem is part of the statement, not a problem of its own.
    expect(
      problemsOf('我们也清醒认识到，我国是一个发展中大国，仍处于社会主义初级阶段，发展不平衡不充分问题仍然突出，外部环境不确定性加大，有效需求不足。'),
    ).toEqual({
      statement: '我们也清醒认识到，我国是一个发展中大国，仍处于社会主义初级阶段，发展不平衡不充分问题仍然突出',
      items: ['外部环境不确定性加大', '有效需求不足'],
    });
  });

  it('shows the problem after a concession, not the concession, its cause, an example or a frame', () => {
    expect(
      problemsOf(
        '我们也清醒地看到，还存在不少困难和问题。虽然我们在增加农民收入方面做了大量工作，但由于农业基础薄弱，农民稳定增收的长效机制有待完善。受市场持续低迷的影响，工业增速明显回落。主要是投资增长乏力，特别是民间投资增速不快。比如固定资产投资增幅差3个百分点。',
      )?.items,
    ).toEqual(['农民稳定增收的长效机制有待完善', '受市场持续低迷的影响，工业增速明显回落', '投资增长乏力，特别是民间投资增速不快']);
    expect(
      problemsOf(
        '我们也清醒地看到，还存在许多困难和问题。受国际金融危机的深度影响，去年生产总值增幅没有实现预期目标，经济回升的内在动力仍然不足，扩大需求存在较大制约。',
      )?.items,
    ).toEqual(['去年生产总值增幅没有实现预期目标', '经济回升的内在动力仍然不足', '扩大需求存在较大制约']);
  });

  it('finds none in a closing text that owns up to nothing, or names one problem or none after its statement', () => {
    expect(problemsOf('必须清醒看到，我们的工作还存在一些不足，面临不少困难和问题。对这些问题，我们已经采取措施加以解决。')).toBeNull();
    expect(
      problemsOf('我们必须清醒认识到，我国仍处于社会主义初级阶段的基本国情没有变，人民日益增长的需要同落后的社会生产之间的矛盾这一社会主要矛盾没有变。'),
    ).toBeNull();
    expect(problemsOf('让我们以热烈的掌声，向全体同志表示衷心的感谢！')).toBeNull();
    expect(problemsOf('')).toBeNull();
  });
});

// The fourth deck review (unseen-48/06): the slide stopped at 产业结构层次不高, the fifth of the
// paragraph's problems, and left 公共服务, 社会治理 and 干部作风 off.
describe('a long list of problems', () => {
  it('goes on past five in two columns (unseen-48/06)', () => {
    const outline = parseReport(fixtureCase('unseen-48', '06-')?.text ?? '');
    const problems = outline.sections.map((part) => (part.points.length > 0 ? problemsOf(part.body) : null)).find((found) => found !== null);
    expect(problems?.items.length ?? 0).toBeGreaterThan(5);
    const plan = planDeck(outline, theme('party-red'));
    const index = plan.slides.findIndex((_, at) => slideText(plan, at).includes(problems?.statement ?? '—'));
    expect(slideText(plan, index)).toContain('社会治理水平有待提高');
  });
});

describe('a review part that owns up to its problems after its points', () => {
  const report = textOf(
    '工作报告',
    '一、过去一年的工作',
    `过去一年，我们坚持稳中求进工作总基调，统筹推进各项工作。${BODY}`,
    `（一）经济运行稳中向好。${BODY}`,
    `（二）改革开放持续深化。${BODY}`,
    `（三）民生保障更加有力。${BODY}`,
    '我们也清醒看到，全市发展中还存在不少矛盾和问题。主要是：经济下行压力明显加大；新旧动能转换步伐不快；民生领域还有不少短板。我们一定正视问题，切实加以解决。',
    '二、今年的工作',
    `（一）扩大有效需求。${BODY}`,
    `（二）深化改革开放。${BODY}`,
  );

  it('ends the part with a slide of the problems, its words verbatim and its text once in the notes', () => {
    const plan = planDeck(parseReport(report), theme('party-red'));
    const part = plan.slides.filter((slide) => slide.section === plan.slides.find((s) => s.title === '过去一年的工作')?.section && slide.kind === 'content');
    const last = part[part.length - 1];
    const texts = (last?.shapes ?? [])
      .filter((shape): shape is TextShape => shape.type === 'text')
      .flatMap((shape) => shape.paragraphs.map((p) => p.lines.map((line) => line.map((run) => run.text).join('')).join('')));
    expect(texts).toContain('我们也清醒看到，全市发展中还存在不少矛盾和问题');
    expect(texts).toEqual(expect.arrayContaining(['经济下行压力明显加大', '新旧动能转换步伐不快', '民生领域还有不少短板']));
    const notes = plan.slides.map((slide) => slide.notes).join('\n');
    expect(notes.split('我们也清醒看到').length - 1).toBe(1);
    expect(notes).toContain('我们一定正视问题，切实加以解决。');
  });
});
