import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/parse/build-outline.js';
import { OUTLINE_VERSION, type Outline, type Section } from '../../src/parse/outline.js';
import { parseMarkdown } from '../../src/parse/parse-markdown.js';
import { writeOutlineMarkdown } from '../../src/parse/write-outline-md.js';

const corpusDir = fileURLToPath(new URL('../fixtures/corpus/dev', import.meta.url));
const corpusFiles = readdirSync(corpusDir)
  .filter((name) => name.endsWith('.txt'))
  .sort();
const seed = readFileSync(fileURLToPath(new URL('../../seeds/sasac-organization-report.txt', import.meta.url)), 'utf8');

const reports: [string, string][] = [['seed', seed], ...corpusFiles.map((name): [string, string] => [name, readFileSync(`${corpusDir}/${name}`, 'utf8')])];

function section(partial: Partial<Section> & { heading: string }): Section {
  return { title: partial.heading, lead: '', points: [], body: '', tables: [], ...partial };
}

function outline(partial: Partial<Outline>): Outline {
  return {
    version: OUTLINE_VERSION,
    title: '标题',
    front: [],
    subtitle: null,
    speaker: null,
    meeting: null,
    date: null,
    salutation: null,
    opening: '',
    figures: [],
    sections: [],
    closing: null,
    ending: '',
    appendix: '',
    warnings: [],
    ...partial,
  };
}

describe('editable outline Markdown round trip', () => {
  it('covers the seed and every corpus report', () => {
    expect(corpusFiles.length).toBeGreaterThanOrEqual(12);
  });

  it.each(reports)('%s: outline → Markdown → outline is deep-equal', (_name, text) => {
    const original = parseReport(text);
    const markdown = writeOutlineMarkdown(original);
    expect(parseMarkdown(markdown)).toStrictEqual(original);
    // One `# ` line per section and one `## ` line per point, for a person to edit.
    const headingLines = markdown.split('\n').filter((line) => /^#( |$)/.test(line));
    const pointLines = markdown.split('\n').filter((line) => /^##( |$)/.test(line));
    expect(headingLines).toHaveLength(original.sections.length);
    expect(pointLines).toHaveLength(original.sections.reduce((n, s) => n + s.points.length, 0));
  });

  it('keeps text that looks like Markdown structure as text', () => {
    const tricky = outline({
      title: '#1号文件：关于|表格|的说明',
      subtitle: '——在“2024”年会上的讲话',
      speaker: ' 张三 ',
      date: '2024-01-02',
      salutation: '',
      front: ['- 列表样', '"引号开头', 'a: b', '123'],
      opening: '# 不是标题\n| 不是表格 |\n\\反斜杠开头\n<!-- 结尾 -->\n---\n   前导空格\n  \n\n末尾段',
      sections: [
        section({ heading: '一、没有要点的部分。', title: '没有要点的部分', lead: '第一段\n第二段\n\n第四段' }),
        section({
          heading: '  前后有空格  ',
          title: '自定标题',
          lead: '',
          points: [
            { heading: '（一）要点', title: '要点', body: '', items: [{ heading: '1.分项', title: '分项', body: '分项正文\n### 正文里的三个井号' }] },
            { heading: '## 像标题的要点', title: '像标题的要点', body: '正文\n## 正文里的井号', items: [] },
            { heading: '', title: '', body: '无标题要点的正文', items: [] },
          ],
          body: '部分结尾的话',
          tables: [{ rows: [['指标', '数值|单位'], ['---', ' 前后空格 '], ['换\n行', '反斜杠\\n'], []] }, { rows: [['单独一行']] }],
        }),
        section({ heading: '"引号开头的标题"', title: '引号开头的标题', lead: '导语' }),
      ],
      closing: '谢谢大家！',
      ending: '同志们，让我们……',
      appendix: '附件：1.xxx\n2.yyy',
      warnings: [
        { code: 'no-structure', message: '没有找到结构: 请检查' },
        { code: 'custom code', message: '' },
      ],
    });
    const markdown = writeOutlineMarkdown(tricky);
    expect(parseMarkdown(markdown)).toStrictEqual(tricky);
  });

  it('reads hand edits: changed heading, new point, filled-in masked figure', () => {
    const original = parseReport(seed);
    expect(original.warnings.some((w) => w.code === 'masked-figures')).toBe(true);
    expect(original.ending).toBe('');
    const edited = `${writeOutlineMarkdown(original)
      .replaceAll('*', '5')
      .replace(`# ${original.sections[0]?.heading ?? ''}`, '# 一、改过的主题。')}\n## 新加的要点\n新要点正文\n`;
    const reread = parseMarkdown(edited);
    expect(reread.sections[0]?.title).toBe('改过的主题');
    expect(reread.sections[0]?.heading).toBe('一、改过的主题。');
    expect(reread.sections.at(-1)?.points.at(-1)).toEqual({ title: '新加的要点', heading: '新加的要点', body: '新要点正文', items: [] });
    expect(reread.figures.some((f) => f.masked)).toBe(false);
    expect(reread.warnings.some((w) => w.code === 'masked-figures')).toBe(false);
  });

  it('reports a broken quoted value with its line number', () => {
    const markdown = writeOutlineMarkdown(outline({ title: '"坏' })).replace('title: "\\"坏"', 'title: "坏');
    expect(() => parseMarkdown(markdown)).toThrow(/第 3 行/);
  });

  it('refuses an outline file from another format version', () => {
    const markdown = writeOutlineMarkdown(outline({})).replace(/huibao-outline: \d+/, 'huibao-outline: 99');
    expect(() => parseMarkdown(markdown)).toThrow(/版本/);
  });
});

describe('general Markdown', () => {
  it('reads # as sections and ## as points, with a first line as title', () => {
    const result = parseMarkdown(
      [
        '关于全年工作的汇报',
        '',
        '同志们：',
        '',
        '今年以来，我们做了很多工作。',
        '',
        '# 一、抓好党建',
        '',
        '党建引领。',
        '',
        '## （一）强化理论武装',
        '',
        '学习。',
        '## （二）加强组织建设',
        '建设。',
        '',
        '# 二、推动发展',
        '',
        '发展是第一要务。',
        '',
        '谢谢大家！',
      ].join('\n'),
    );
    expect(result.title).toBe('关于全年工作的汇报');
    expect(result.salutation).toBe('同志们：');
    expect(result.opening).toBe('今年以来，我们做了很多工作。');
    expect(result.sections.map((s) => s.title)).toEqual(['抓好党建', '推动发展']);
    expect(result.sections[0]?.lead).toBe('党建引领。');
    expect(result.sections[0]?.points.map((p) => [p.title, p.body])).toEqual([
      ['强化理论武装', '学习。'],
      ['加强组织建设', '建设。'],
    ]);
    expect(result.sections[1]?.lead).toBe('发展是第一要务。');
    expect(result.closing).toBe('谢谢大家！');
  });

  it('takes a single leading # as the title and shifts ## to sections, ### to points', () => {
    const result = parseMarkdown('# 工作汇报\n\n## 一、成绩\n\n### 1. 指标\n\n增长。\n\n## 二、问题\n\n不足。\n');
    expect(result.title).toBe('工作汇报');
    expect(result.sections.map((s) => s.heading)).toEqual(['一、成绩', '二、问题']);
    expect(result.sections[0]?.points.map((p) => p.title)).toEqual(['指标']);
  });

  it('takes a first unnumbered # followed by other # headings as the title', () => {
    const result = parseMarkdown('# 工作汇报\n\n同志们：\n\n开场。\n\n# 一、成绩\n\n好。\n\n# 二、问题\n\n差。\n');
    expect(result.title).toBe('工作汇报');
    expect(result.salutation).toBe('同志们：');
    expect(result.sections.map((s) => s.title)).toEqual(['成绩', '问题']);
  });

  it('keeps a numbered first # as a section', () => {
    const result = parseMarkdown('# 一、成绩\n\n好。\n\n# 二、问题\n\n差。\n');
    expect(result.sections.map((s) => s.title)).toEqual(['成绩', '问题']);
  });

  it('turns pipe tables into section tables and drops bold marks', () => {
    const result = parseMarkdown('# 一、**指标**完成情况\n\n| 指标 | 完成 |\n| --- | --- |\n| 收入 | 12% |\n\n说明。\n');
    expect(result.sections[0]?.heading).toBe('一、指标完成情况');
    expect(result.sections[0]?.tables).toEqual([
      {
        rows: [
          ['指标', '完成'],
          ['收入', '12%'],
        ],
      },
    ]);
    expect(result.sections[0]?.lead).toBe('说明。');
  });

  it('hands Markdown without headings to the text parser', () => {
    const text = readFileSync(`${corpusDir}/${corpusFiles[2] ?? ''}`, 'utf8');
    expect(parseMarkdown(text)).toStrictEqual(parseReport(text));
  });

  it('hands Markdown whose only heading is a # title to the text parser', () => {
    const text = readFileSync(`${corpusDir}/${corpusFiles[2] ?? ''}`, 'utf8');
    const [first = '', ...rest] = text.split('\n');
    expect(parseMarkdown(`# ${first}\n\n${rest.join('\n\n')}`)).toStrictEqual(parseReport(text));
  });

  it('finds figures and masked-figure warnings like the text parser', () => {
    const result = parseMarkdown('报告\n\n# 一、成绩\n\n利润同比增长*%，收入增长12.5%。\n');
    expect(result.figures.map((f) => f.text)).toEqual(expect.arrayContaining(['12.5%']));
    expect(result.figures.some((f) => f.masked)).toBe(true);
    expect(result.warnings.map((w) => w.code)).toContain('masked-figures');
  });
});

describe('general Markdown layout marks', () => {
  it('drops bullets, quote marks, thematic breaks and indentation, and warns when there is no title', () => {
    const result = parseMarkdown(
      '# 一、加强党的建设\n\n> 引用的话\n\n- 第一条\n* 第二条\n\n---\n\n\u3000\u3000缩进的段落\n\n# 二、推动高质量发展\n\n1. 保留编号\n',
    );
    expect(result.sections[0]?.lead).toBe('引用的话\n第一条\n第二条\n缩进的段落');
    expect(result.sections[1]?.lead).toBe('1. 保留编号');
    expect(result.title).toBe('');
    expect(result.warnings.map((w) => w.code)).toContain('no-title');
  });
});
