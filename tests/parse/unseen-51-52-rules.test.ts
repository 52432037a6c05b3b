/**
 * Rules added after the blind sets unseen-51 (school-site speeches, first measured at 0.545) and
 * unseen-52 (party-meeting texts, 0.430): each has a stress fixture written for its test and a
 * check on the real text that showed it. Those two sets are no longer blind for these rules.
 */
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/parse/build-outline.js';
import { detectMarker } from '../../src/parse/detect-markers.js';
import { isSpeakerLine } from '../../src/parse/front-matter.js';
import { shownSectionTitle, withShownTitles } from '../../src/plan/shown-titles.js';
import { planDeck } from '../../src/plan/plan-deck.js';
import { markFamily } from '../../src/plan/numbering.js';
import { theme } from '../helpers/fixtures.js';
import { expectedShape, fixtureCase, textOf } from './corpus-helpers.js';

const BODY = '这项工作涉及面广、政策性强，各级各部门要统一思想、压实责任，确保各项任务落到实处、见到实效。';

describe('parts headed by a line that is a numeral and nothing else', () => {
  const report = textOf(
    '关于本届委员会工作的报告',
    '现将五年来的工作报告如下，请审议。',
    '一',
    '本届委员会是在上次代表大会上产生的。五年来，委员会在上级的领导下开展工作，下面分几个方面报告。',
    `五年来，认真履行了监督职责。${BODY}`,
    `五年来，开展了调查研究。${BODY}`,
    `五年来，加强了自身建设。${BODY}`,
    '二',
    `设立这个委员会是一项创举。${BODY}`,
    '三',
    `今后的工作取得了一定的成绩，这是基本的方面，但也存在一些问题和不足，需要在今后的工作中认真加以改进。${BODY}`,
  );

  it('reads the numerals as the parts, titled by the numeral (stress fixture written for this test)', () => {
    const outline = parseReport(report);
    expect(outline.sections.map((section) => section.title)).toEqual(['一', '二', '三']);
    expect(outline.sections[0]?.lead.startsWith('本届委员会是在上次代表大会上产生的。')).toBe(true);
    expect(outline.sections[0]?.points.map((point) => point.title)).toEqual(['五年来，认真履行了监督职责', '五年来，开展了调查研究', '五年来，加强了自身建设']);
  });

  it('shows such a part on slides by its first sentence, or that sentence`s first clause when it is long', () => {
    const [first, , third] = parseReport(report).sections;
    expect(first === undefined ? '' : shownSectionTitle(first)).toBe('本届委员会是在上次代表大会上产生的');
    expect(third === undefined ? '' : shownSectionTitle(third)).toBe('今后的工作取得了一定的成绩');
  });

  it('moves that sentence from the text to the heading, so slides do not show it twice; the notes keep it once', () => {
    const outline = withShownTitles(parseReport(report));
    expect(outline.sections[0]?.heading).toBe('一\n本届委员会是在上次代表大会上产生的。');
    expect(outline.sections[0]?.lead.startsWith('五年来，委员会在上级的领导下开展工作')).toBe(true);
    // A title that is only the sentence's first clause leaves the sentence in the text.
    expect(outline.sections[2]?.heading).toBe('三');
    // The source's numbering style is still read from such a heading (a theme may show 一、二、).
    expect(outline.sections.map((section) => markFamily(section.heading))).toEqual(['chinese', 'chinese', 'chinese']);
    expect(markFamily('一些同志认为')).toBe('none');
    const plan = planDeck(parseReport(report), theme('party-red'));
    const notes = plan.slides.map((slide) => slide.notes).join('\n');
    expect(notes.split('本届委员会是在上次代表大会上产生的。').length - 1).toBe(1);
    const content = plan.slides.find((slide) => slide.kind === 'content' && slide.title.startsWith('设立这个委员会'));
    const shown = content?.shapes.flatMap((shape) =>
      shape.type === 'text' && shape.role !== 'title'
        ? shape.paragraphs.map((paragraph) => paragraph.lines.map((line) => line.map((run) => run.text).join('')).join(''))
        : [],
    );
    expect(shown?.some((line) => line.startsWith('设立这个委员会是一项创举'))).toBe(false);
  });

  it('takes only a whole line for such a heading: a numeral before words is no mark of this kind', () => {
    expect(detectMarker('二')).toEqual({ kind: 'cn-dun', ordinal: 2, mark: '' });
    expect(detectMarker(' 十一 ')?.ordinal).toBe(11);
    expect(detectMarker('一年来')).toBeNull();
    expect(detectMarker('一')?.kind).toBe('cn-dun');
  });

  it('gives the real report its four parts and the first part its points (unseen-52/08)', () => {
    const item = fixtureCase('unseen-52', '08-');
    const outline = parseReport(item?.text ?? '');
    const expected = expectedShape(item) ?? [];
    expect(outline.sections.map((section) => section.title)).toEqual(expected.map(([title]) => title));
    const points = outline.sections[0]?.points.map((point) => point.title) ?? [];
    expect(points.slice(0, expected[0]?.[1].length)).toEqual(expected[0]?.[1]);
  });
});

describe('two paragraphs that open alike', () => {
  const talk = (first: string, second: string): string =>
    textOf('在年会上的致辞', '各位同事：', '新年好！今天我们欢聚一堂，回顾过去，展望未来。', first, `${BODY}${BODY}`, second, `${BODY}${BODY}`, '谢谢大家！');

  it('are no parts when each only opens with the same subject, cut at a comma (stress fixture written for this test)', () => {
    const outline = parseReport(
      talk(
        `这一年我们公司的业务不但是规模上去了，而且质量和效益都有了很大的提高，客户满意度明显上升，员工收入也有了较快的增长。${BODY}`,
        `这一年我们公司的队伍有两个变化。${BODY}`,
      ),
    );
    expect(outline.sections).toEqual([]);
    expect(outline.warnings.map((warning) => warning.code)).toContain('no-structure');
  });

  it('are two parts when each opens with a whole sentence of its own', () => {
    const outline = parseReport(talk(`关于为什么要办这个培训班？${BODY}`, `关于这个培训班办起来以后要做什么？${BODY}`));
    expect(outline.sections.map((section) => section.title)).toEqual(['关于为什么要办这个培训班', '关于这个培训班办起来以后要做什么']);
  });

  it('leaves a real explanation of a draft without made-up parts (unseen-52/02), and keeps a real talk`s two topics (unseen-4/07)', () => {
    expect(parseReport(fixtureCase('unseen-52', '02-')?.text ?? '').sections).toEqual([]);
    const item = fixtureCase('unseen-4', '07-');
    const titles = parseReport(item?.text ?? '').sections.map((section) => section.title);
    expect(titles).toEqual(item?.expected.sections.map((section) => section.title).slice(0, 2));
  });
});

describe('lead sentences of a review whose halves run long', () => {
  const leads = [
    '改革开放不断深入，社会主义市场经济体制初步建立。',
    '招商引资成效显著，对外经济技术合作和交流有新的发展。',
    '西部大开发取得重大进展，生态和基础设施建设步伐明显加快。',
  ];

  it('are the points of a part (stress fixture written for this test)', () => {
    const outline = parseReport(
      textOf(
        '政府工作报告',
        '各位代表：',
        '一、过去五年工作回顾',
        '五年来，全区各族人民团结奋斗，各项事业取得了显著成就。',
        ...leads.map((lead) => `${lead}${BODY}${BODY}`),
        '各位代表，过去五年，我们在实践中积累了宝贵经验，深刻体会到：',
        `第一，必须始终坚持解放思想、实事求是。${BODY}`,
        `第二，必须始终坚持改革开放。${BODY}`,
        `第三，必须始终把人民利益放在首位。${BODY}`,
        '二、今后五年的主要任务',
        `（一）加快发展现代农业。${BODY}`,
        `（二）推进新型工业化。${BODY}`,
      ),
    );
    expect(outline.sections[0]?.points.map((point) => point.title)).toEqual([
      ...leads.map((lead) => lead.slice(0, -1)),
      '必须始终坚持解放思想、实事求是',
      '必须始终坚持改革开放',
      '必须始终把人民利益放在首位',
    ]);
  });

  it('are no parts of a speech at the top level, where such sentences open ordinary paragraphs', () => {
    const outline = parseReport(
      textOf(
        '在培训班上的讲话',
        '同志们：',
        `在座的各位都是新任干部，从事着各条战线的管理工作。${BODY}${BODY}`,
        `做一个干部首先要具备基本条件，这就是要有政治觉悟和业务能力。${BODY}${BODY}`,
        `我们单位过去最好的干部是一位老同志，他是单位最早的骨干之一。${BODY}${BODY}`,
        '谢谢大家！',
      ),
    );
    expect(outline.sections).toEqual([]);
  });

  it('gives the real report its review of seven results (unseen-54/01)', () => {
    const item = fixtureCase('unseen-54', '01-');
    const points = parseReport(item?.text ?? '').sections[0]?.points.map((point) => point.title) ?? [];
    expect(points).toEqual(expectedShape(item)?.[0]?.[1]);
  });
});

describe('a speaker announcing the first item (`首先我想讲的是……`)', () => {
  it('reads the announcement as the mark of the first item, before `第二个方面是……` (stress fixture written for this test)', () => {
    expect(detectMarker('首先我想讲的是学校的学习氛围。')?.kind).toBe('sequence');
    expect(detectMarker('其次要说的是，活动平台很丰富。')?.ordinal).toBe(2);
    expect(detectMarker('首先我们要明确目标。')).toBeNull();
    const outline = parseReport(
      textOf(
        '在新生见面会上的发言',
        '亲爱的同学们：',
        '大家好！今天很荣幸来和大家讲讲我的高中生活。',
        `首先我想讲的是学校的学习氛围，这对自主学习大有裨益。${BODY}`,
        BODY,
        `第二个方面是学校丰富多彩的活动平台。${BODY}`,
        BODY,
        '最后祝愿各位同学学业进步！',
      ),
    );
    expect(outline.sections.map((section) => section.title)).toEqual(['学校的学习氛围，这对自主学习大有裨益', '学校丰富多彩的活动平台']);
  });

  it('gives the real talk its two parts (unseen-55/05)', () => {
    const item = fixtureCase('unseen-55', '05-');
    expect(parseReport(item?.text ?? '').sections.map((section) => section.title)).toEqual(expectedShape(item)?.map(([title]) => title));
  });
});

describe('a byline of a unit and a name with no post (`绍兴一中 张叠`)', () => {
  it('names the speaker (stress lines written for this test)', () => {
    expect(isSpeakerLine('绍兴一中 张叠')).toBe(true);
    expect(isSpeakerLine('市教育局  李 明')).toBe(true);
    expect(isSpeakerLine('我们都 很好')).toBe(false);
  });

  it('puts the real talk`s author on the cover (unseen-55/06)', () => {
    expect(parseReport(fixtureCase('unseen-55', '06-')?.text ?? '').speaker).toBe('绍兴一中 张叠');
  });
});
