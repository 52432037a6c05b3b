import { describe, expect, it } from 'vitest';
import {
  areParallel,
  findInlineThemeSentences,
  findPlainThemeParagraphs,
  findThemeParagraphGroups,
  startsWithAddress,
} from '../../src/parse/theme-sentences.js';

describe('areParallel', () => {
  it('accepts sentences sharing their opening words', () => {
    expect(areParallel(['这一年，我们的学校发展迈上新台阶。', '这一年，我们的教学业绩创造新辉煌。'])).toBe(true);
  });

  it('accepts sentences sharing wording at the same place', () => {
    expect(areParallel(['春风化雨，就是要有耐心。', '润物无声，就是要有方法。'])).toBe(true);
  });

  it('accepts same-shaped sentences with a shared first character', () => {
    expect(areParallel(['要永葆忠诚、笃信笃行。', '要厉行法治、依法行政。'])).toBe(true);
  });

  it('rejects unrelated sentences', () => {
    expect(areParallel(['今年经济运行平稳。', '我们要继续努力工作，争取更大成绩。'])).toBe(false);
  });
});

describe('findThemeParagraphGroups', () => {
  const paragraphs = [
    '开场白。',
    '这五年，经济实力跃上新台阶。内容一。',
    '这五年，创新动能加速释放。内容二。',
    '这五年，民生保障扎实稳固。内容三。',
    '总结一下。',
  ];

  it('finds three or more consecutive paragraphs opening with parallel sentences', () => {
    expect(findThemeParagraphGroups(paragraphs)).toEqual([
      [
        { index: 1, headingLength: 14 },
        { index: 2, headingLength: 13 },
        { index: 3, headingLength: 13 },
      ],
    ]);
  });

  it('lets theme paragraphs be separated by body paragraphs when they share their opening words', () => {
    const groups = findThemeParagraphGroups([
      '这一年，教学业绩创造新辉煌。内容。',
      '补充说明，很长的一段正文。',
      '这一年，队伍建设实现新提升。内容。',
      '补充说明，很长的一段正文。',
      '另一段补充，也是正文。',
      '这一年，学生素养呈现新风采。内容。',
    ]);
    expect(groups[0]?.map((m) => m.index)).toEqual([0, 2, 5]);
  });

  it('does not resume a one-paragraph-per-theme series after other paragraphs', () => {
    const groups = findThemeParagraphGroups([
      '我们扭住首要任务，推进工业强省。内容。',
      '我们加快构建基础设施，强化支撑保障。内容。',
      '我们巩固拓展脱贫成果，推进城乡融合。内容。',
      '各位代表！成绩来之不易。',
      '我们也清醒看到，发展仍面临不少困难。内容。',
    ]);
    expect(groups[0]?.map((m) => m.index)).toEqual([0, 1, 2]);
  });

  it('leaves out an introductory sentence that only echoes the series', () => {
    const groups = findThemeParagraphGroups([
      '过去五年是极不平凡的五年。内容。',
      '——这是追赶进位、实力跃升的五年。内容。',
      '——这是扬优聚势、产业升级的五年。内容。',
      '——这是招大引强、开放合作的五年。内容。',
    ]);
    expect(groups[0]?.map((m) => m.index)).toEqual([1, 2, 3]);
  });

  it('shortens one opening that runs on far longer than its siblings', () => {
    const groups = findThemeParagraphGroups([
      '春风化雨，就是要有耐心，有爱心，我们学校一直以来坚持用心育人、以文化人，在很多方面都做了大量的探索和实践。内容。',
      '润物无声，就是要有方法，有智慧。内容。',
      '立德树人，就是要有担当，有情怀。内容。',
    ]);
    expect(groups[0]?.[0]?.headingLength).toBe('春风化雨，就是要有耐心，有爱心'.length);
  });

  it('compares openings without a leading address but keeps it in the heading', () => {
    const groups = findThemeParagraphGroups(['同学们，要做有理想的人。内容。', '同学们，要做有本领的人。内容。', '同学们，要做有担当的人。内容。']);
    expect(groups[0]?.map((m) => m.headingLength)).toEqual([12, 12, 12]);
  });

  it('does not group paragraphs that address the audience', () => {
    expect(findThemeParagraphGroups(['各位代表！内容一。', '各位代表！内容二。', '各位代表！内容三。'])).toEqual([]);
  });
});

describe('findInlineThemeSentences', () => {
  it('finds short comma-free parallel sentences each followed by body text', () => {
    const text = '总述内容，很长的一句。严密组织体系。正文一，内容。严格教育管理。正文二，内容。严肃组织生活。正文三，内容。';
    const found = findInlineThemeSentences(text).map((s) => text.slice(s.start, s.end));
    expect(found).toEqual(['严密组织体系。', '严格教育管理。', '严肃组织生活。']);
  });

  it('accepts very short sentences of the same length as a series', () => {
    const text = '要加强领导。压实领导责任。要把教育摆上议程，定期研究。强化投入保障。要优先保障教育，加大投入。营造良好氛围。要弘扬尊师重教风尚，形成合力。';
    expect(findInlineThemeSentences(text).map((s) => text.slice(s.start, s.end))).toEqual(['压实领导责任。', '强化投入保障。', '营造良好氛围。']);
  });

  it('finds nothing when the short sentences do not share a shape', () => {
    expect(findInlineThemeSentences('天气很好。我们出门。大家都很开心。后来下雨了。')).toEqual([]);
  });
});

describe('startsWithAddress', () => {
  it('recognises addresses to the audience', () => {
    expect(startsWithAddress('同志们，让我们努力！')).toBe(true);
    expect(startsWithAddress('同志们的努力很重要。')).toBe(false);
  });
});

/**
 * A stress fixture (written for this test) for a shape a real speech showed (tests/fixtures/unseen-5/02,
 * read while designing it, so no longer blind for it): long sentences that each define a term.
 */
describe('areParallel: sentences defining terms alike', () => {
  it('takes `所谓“……”，就是……` sentences as parallel however long', () => {
    expect(
      areParallel([
        '所谓“工作项目化”，就是按照项目化管理的理念和方法，对重点工作建立项目化实施机制，明确每一项工作的责任人。',
        '所谓“项目目标化”，就是指每个项目都要有明确的目标任务，什么阶段完成什么任务，都要有非常具体的安排。',
        '所谓“目标考核化”，就是建立健全目标管理考核制度，加强重点工作的日常跟踪、专项检查、重点督查和年终考核。',
      ]),
    ).toBe(true);
  });

  it('still needs the shared second clause', () => {
    expect(
      areParallel([
        '所谓“工作项目化”，按照项目化管理的理念和方法，对重点工作建立项目化实施机制，明确每一项工作的责任人。',
        '所谓“项目目标化”，每个项目都要有明确的目标任务，什么阶段完成什么任务，都要有非常具体的要求和安排。',
        '所谓“目标考核化”，建立健全目标管理考核制度，加强重点工作的日常跟踪、专项检查、重点督查和年终考核。',
      ]),
    ).toBe(false);
  });
});

/**
 * A stress fixture (written for this test) for a rule a real speech showed (tests/fixtures/unseen-5/04,
 * read while designing it, so no longer blind for it): a lead sentence may join two phrases with one
 * 、 when every lead of the run opens alike.
 */
describe('findPlainThemeParagraphs: a 、 inside a lead', () => {
  const body = '正文写在这里，说明具体怎么做，有数字也有例子，比较长。';
  it('keeps leads with one 、 in a run that opens alike', () => {
    const paragraphs = [`要坚持开门搞教育。${body}`, `要用心用情为群众办实事、解难题。${body}`, `要组织党员、干部直接联系服务群众。${body}`];
    expect(findPlainThemeParagraphs(paragraphs).map((run) => run.map((member) => member.index))).toEqual([[0, 1, 2]]);
  });

  it('does not when the leads open differently', () => {
    const paragraphs = [`坚持开门搞教育。${body}`, `用心用情为群众办实事、解难题。${body}`, `组织党员、干部直接联系服务群众。${body}`];
    expect(findPlainThemeParagraphs(paragraphs)).toEqual([]);
  });

  // Stress fixtures for a shape a real article showed (unseen-47/07, part 3: `坚定拥护“两个确立”、坚决做到
  // “两个维护”。` before three plain leads, left out of its part's points).
  it('joins a run the lead beside it whose 、 pairs two phrases that open alike', () => {
    const leads = ['把制度优势转化为治理效能。', '推动自我革命向纵深发展。', '健全从严治党体系。'];
    const before = [`坚定执行上级决策、坚决完成既定任务。${body}`, ...leads.map((lead) => `${lead}${body}`)];
    expect(findPlainThemeParagraphs(before).map((run) => run.map((member) => member.index))).toEqual([[0, 1, 2, 3]]);
    const after = [...leads.map((lead) => `${lead}${body}`), `坚定执行上级决策、坚决完成既定任务。${body}`];
    expect(findPlainThemeParagraphs(after).map((run) => run.map((member) => member.index))).toEqual([[0, 1, 2, 3]]);
  });

  it('does not join a list sentence beside a run (its 、 halves open differently)', () => {
    const paragraphs = [
      `加强基层组织建设、完善干部考核机制。${body}`,
      ...['把制度优势转化为治理效能。', '推动自我革命向纵深发展。', '健全从严治党体系。'].map((lead) => `${lead}${body}`),
    ];
    expect(findPlainThemeParagraphs(paragraphs).map((run) => run.map((member) => member.index))).toEqual([[1, 2, 3]]);
  });
});

/**
 * A stress fixture (written for this test) for a shape a real report showed (tests/fixtures/unseen-6/05,
 * read while designing it, so no longer blind for it): paragraphs that are each one long sentence
 * opened by a dash list mark.
 */
describe('findThemeParagraphGroups: dash list items that are whole paragraphs', () => {
  const long = '，明确坚持和发展中国特色社会主义的总目标、总任务、总体布局、战略布局和发展方向、发展方式、发展动力';
  it('finds them however long', () => {
    const paragraphs = [
      '十年来，我们取得了一系列成就。',
      `——我们创立了新的思想${long}。`,
      `——我们全面加强党的领导${long}。`,
      `——我们经过接续奋斗${long}。`,
      '这些成就来之不易。',
    ];
    expect(findThemeParagraphGroups(paragraphs).map((group) => group.map((member) => member.index))).toEqual([[1, 2, 3]]);
  });

  it('not without the dash', () => {
    const paragraphs = [
      '十年来，我们取得了一系列成就。',
      `我们创立了新的思想${long}。`,
      `我们全面加强党的领导${long}。`,
      `我们经过接续奋斗${long}。`,
      '这些成就来之不易。',
    ];
    expect(findThemeParagraphGroups(paragraphs)).toEqual([]);
  });
});

/**
 * A stress fixture (written for this test) for a rule a real report showed (tests/fixtures/unseen-6/06,
 * read while designing it, so no longer blind for it): short sentences alike only in length, pages
 * apart, are no series.
 */
describe('findInlineThemeSentences: sentences alike only in length', () => {
  const body = '这里是一段较长的论述文字，用来把句子隔开。';
  it('make a series when they stand near one another', () => {
    const text = `目的就是争霸世界。${body}我们说话是算数的。${body}台湾一定要解放。${body}`;
    expect(findInlineThemeSentences(text)).toHaveLength(3);
  });

  it('not when many sentences stand between them', () => {
    const far = body.repeat(9);
    const text = `目的就是争霸世界。${far}我们说话是算数的。${far}台湾一定要解放。${far}`;
    expect(findInlineThemeSentences(text)).toEqual([]);
  });
});

/**
 * A stress fixture (written for this test) for a shape a real report showed (tests/fixtures/unseen-6/09,
 * read while designing it, so no longer blind for it): a series whose paragraphs are often one
 * sentence with nothing after it.
 */
describe('findThemeParagraphGroups: one-sentence paragraphs opening alike', () => {
  it('finds them when they open with the same words', () => {
    const paragraphs = [
      '回顾五年的工作，我们有以下体会。',
      '过去的五年，我们始终坚持发展是硬道理，以改革促发展，以开放促改革。正文。',
      '过去的五年，我们紧紧围绕市场需求，积极调整产业结构，推动经济结构优化升级。',
      '过去的五年，我们抓住国家扩大内需的有利时机，大力实施城市基础设施建设工程。',
      '新的一年，任务依然繁重。',
    ];
    expect(findThemeParagraphGroups(paragraphs).map((group) => group.map((member) => member.index))).toEqual([[1, 2, 3]]);
  });

  it('leaves one-sentence paragraphs that share no opening words as body text', () => {
    const paragraphs = [
      '回顾五年的工作，我们有以下体会。',
      '我们始终坚持发展是硬道理，以改革促发展，以开放促改革，推动经济平稳较快发展。',
      '全市上下紧紧围绕市场需求，积极调整产业结构，推动经济结构不断优化升级。',
      '各级政府抓住国家扩大内需的有利时机，大力实施城市基础设施建设工程。',
      '新的一年，任务依然繁重。',
    ];
    expect(findThemeParagraphGroups(paragraphs)).toEqual([]);
  });
});
