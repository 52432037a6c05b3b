/** The general rules added after the held-out check (marker grammar, plain theme sentences, sibling series, closing formula). */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { isClosingLine } from '../../src/parse/back-matter.js';
import { parseReport } from '../../src/parse/build-outline.js';
import { detectMarker } from '../../src/parse/detect-markers.js';
import { findPlainThemeParagraphs } from '../../src/parse/theme-sentences.js';
import { loadCaseFolder, outlineShape, textOf } from './corpus-helpers.js';

const shape = outlineShape;
const lines = textOf;

describe('arabic item marks', () => {
  it('reads a 、 item whose title starts with a year', () => {
    expect(detectMarker('3、2024年工作打算')).toEqual({ kind: 'ar-dot', ordinal: 3, mark: '3、' });
  });

  it('still reads 1.5 as a decimal, not item 1', () => {
    expect(detectMarker('1.5亿元的投资已到位。')).toBeNull();
  });

  it('keeps a numbered series whose last heading starts with a year', () => {
    const outline = parseReport(
      lines(
        '某公司年度工作总结',
        '现将全年工作总结如下。',
        '1、主要工作',
        '（1）健全责任体系。正文。',
        '（2）推进隐患整治。正文。',
        '2、存在问题',
        '（1）理念不牢。正文。',
        '（2）基础薄弱。正文。',
        '3、2024年工作打算',
        '（1）压实责任。正文。',
        '（2）建设平台。正文。',
      ),
    );
    expect(shape(outline)).toEqual([
      ['主要工作', ['健全责任体系', '推进隐患整治']],
      ['存在问题', ['理念不牢', '基础薄弱']],
      ['2024年工作打算', ['压实责任', '建设平台']],
    ]);
  });
});

describe('closing formula of a written report', () => {
  it('takes 特此报告。 as the closing line', () => {
    expect(isClosingLine('特此报告。')).toBe(true);
    expect(isClosingLine('特此汇报')).toBe(true);
  });

  it('does not take a sentence that only mentions 特此', () => {
    expect(isClosingLine('特此报告上级机关，请求支持本项目建设。')).toBe(false);
  });
});

describe('plain theme paragraphs', () => {
  const paragraphs = [
    '今年以来，我们坚持稳中求进，各项工作取得新进展。',
    '聚焦战略性重组优化国有资本布局。坚持有进有退，推动资本集中。推进专业化整合。完成两组重组。',
    '突出科技创新增强核心竞争力。推动企业从跟跑向领跑转变。加大研发投入力度。研发强度达到3.2%。',
    '强化风险防控守牢安全底线。统筹发展和安全，健全风险防控体系。管住债务风险。融资成本下降。',
  ];

  it('finds consecutive paragraphs opening with short comma-free sentences', () => {
    expect(findPlainThemeParagraphs(paragraphs).map((group) => group.map((m) => m.index))).toEqual([[1, 2, 3]]);
  });

  it('needs three in a row', () => {
    expect(findPlainThemeParagraphs(paragraphs.slice(0, 3))).toEqual([]);
    expect(findPlainThemeParagraphs([paragraphs[1] ?? '', paragraphs[0] ?? '', paragraphs[2] ?? '', paragraphs[3] ?? ''])).toEqual([]);
  });

  it('also finds openings of two short phrases joined by one comma', () => {
    const found = findPlainThemeParagraphs([
      '今年以来，集团坚持稳中求进，各项工作取得积极成效，现汇报如下。',
      '聚焦主责主业，提升核心竞争力。新设产业基金3支，投资落地项目21个。',
      '深化改革创新，激发发展活力。三项制度改革任务全面完成。',
      '强化风险防控，守牢安全底线。全年未发生重大风险事件。',
    ]);
    expect(found.map((group) => group.map((m) => m.index))).toEqual([[1, 2, 3]]);
  });

  it('does not mix comma-free and one-comma openings in one run', () => {
    expect(findPlainThemeParagraphs([paragraphs[1] ?? '', '深化改革创新，激发发展活力。正文。', paragraphs[2] ?? ''])).toEqual([]);
  });

  it('makes them the top level, without the no-structure warning', () => {
    const outline = parseReport(lines('某集团改革情况汇报', '各位领导：', ...paragraphs, '汇报完毕，谢谢！'));
    expect(outline.sections.map((s) => s.title)).toEqual(['聚焦战略性重组优化国有资本布局', '突出科技创新增强核心竞争力', '强化风险防控守牢安全底线']);
    expect(outline.warnings.map((w) => w.code)).not.toContain('no-structure');
  });
});

describe('sibling sections with short parallel sentences', () => {
  const report = (second: string): string =>
    lines(
      '某集团党建工作汇报',
      '各位领导：',
      '现将有关情况汇报如下：',
      '以更高站位把准方向。始终把政治建设摆在首位，牢牢把握发展方向。以理论武装铸魂。坚持学习，推进理论进基层。以党性教育补钙。从严抓好培训，铸牢政治品格。以政治监督护航。把监督贯穿全过程，推动监督常在。',
      second,
      '以更高水平引领发展。推动党建与中心任务一体推进，奋力当好排头兵。在先进制造上当先锋。发挥堡垒作用，推动协同发展。在科技创新上打头阵。激励党员勇挑重担，加快攻关。在改革开放上挑重担。调动党员积极性，持续深化改革。',
      '发言完毕，谢谢大家！',
    );

  it('gives a section two points when its siblings use three-sentence series', () => {
    const outline = parseReport(
      report('以更高标准夯实基础。全面增强基层党组织功能，推动全面过硬。严密组织体系。推进党建入章，深化支部建设。严格党员管理。开展主题党日，抓好教育培训。'),
    );
    expect(outline.sections[1]?.points.map((p) => p.title)).toEqual(['严密组织体系', '严格党员管理']);
    expect(outline.sections[0]?.points).toHaveLength(3);
  });

  it('does not split a section whose two short sentences are not a series', () => {
    const outline = parseReport(
      report(
        '以更高标准夯实基础。全面增强基层党组织功能，推动全面过硬。我们认真研究。推进党建入章，深化支部建设。这项工作总体进展良好。开展主题党日，抓好教育培训。',
      ),
    );
    expect(outline.sections[1]?.points).toEqual([]);
  });
});

/**
 * A stress fixture (written for this test) for a rule a real speech showed (tests/fixtures/unseen-4/06,
 * read while designing it, so no longer blind for it): 首先是……／其次是…… paragraphs are a part's
 * points even when a 一是 run follows them, and that run is the last point's items.
 */
describe('首先是／其次是 points over a later 一是 run', () => {
  const text = lines(
    '家长会讲话',
    '各位家长：',
    '下面我讲两个方面。',
    '一、学校的工作',
    '一是教学质量稳步提升。正文。',
    '二是队伍建设持续加强。正文。',
    '二、如何看待孩子',
    '首先是德育和学习的关系问题。正文。',
    '其次是环境变化对孩子的影响。正文。',
    '现在的孩子有以下特征：',
    '一是他们多是独生子女。正文。',
    '二是他们知识面宽。正文。',
    '三是他们个性鲜明。正文。',
    '谢谢大家！',
  );

  it('takes 首先是／其次是 as the points, the 一是 run as items of 其次', () => {
    const outline = parseReport(text);
    expect(shape(outline)[1]).toEqual(['如何看待孩子', ['德育和学习的关系问题', '环境变化对孩子的影响']]);
    expect(outline.sections[1]?.points[1]?.items.map((item) => item.title)).toEqual(['他们多是独生子女', '他们知识面宽', '他们个性鲜明']);
  });

  it('a real speech: part 二 has the two points the annotator found (unseen-4/06)', () => {
    const item = loadCaseFolder(path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/unseen-4')).find((c) => c.name.startsWith('06-'));
    const outline = parseReport(item?.text ?? '');
    expect(shape(outline)[1]?.[1]).toEqual(item?.expected.sections[1]?.points.map((point) => point.title));
    expect(outline.sections[1]?.points[1]?.items).toHaveLength(8);
  });
});

/**
 * A stress fixture (written for this test) for a rule real government reports showed (the review of
 * decks from unseen-5/08 and several others): `各位代表！……` after a part's last point speaks to the
 * whole part; the last point's slide showed its sentences as that point's bullets.
 */
describe('an address after the last point', () => {
  it('ends the last point: what follows is the part\u2019s own text', () => {
    const outline = parseReport(
      lines(
        '某市政府工作报告',
        '各位代表：',
        '现在，我代表市人民政府，向大会报告工作。',
        '一、过去一年工作回顾',
        '（一）经济运行稳中向好',
        '地区生产总值增长6%，规上工业增加值增长8%。',
        '固定资产投资增长5%，社会消费品零售总额增长7%。',
        '（二）民生福祉切实增进',
        '新增城镇就业2万人，城乡居民收入稳步增长。',
        '教育、医疗、养老等公共服务水平持续提升。',
        '各位代表！过去一年的成绩来之不易，根本在于党的坚强领导。',
        '二、今年工作安排',
        '（一）扩大有效需求。推进重大项目建设。',
        '（二）深化改革开放。优化营商环境。',
      ),
    );
    const review = outline.sections[0];
    expect(review?.points[1]?.body).not.toContain('各位代表');
    expect(review?.body).toContain('各位代表！过去一年的成绩来之不易');
  });
});
