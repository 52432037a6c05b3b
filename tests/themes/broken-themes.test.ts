import { describe, expect, it } from 'vitest';
import { ThemeError } from '../../src/errors.js';
import { loadTheme } from '../../src/themes/load-theme.js';
import { createMemoryThemeFiles, readBuiltinData } from './theme-test-files.js';

const FILE = '/proj/themes/broken.json';

type Data = Record<string, unknown> & {
  colors: Record<string, unknown>;
  fonts: Record<string, Record<string, unknown>>;
  sizes: Record<string, Record<string, unknown>>;
  spacing: Record<string, unknown>;
  slide: Record<string, unknown>;
  decorations: Record<string, unknown>[];
};

function brokenTheme(change: (data: Data) => void): Data {
  const data = structuredClone(readBuiltinData('party-red')) as Data;
  data['name'] = 'broken';
  change(data);
  return data;
}

/** Loads `text` as ./themes/broken.json and returns the ThemeError it must throw. */
function loadError(text: string, extra: Record<string, string> = {}): ThemeError {
  const fs = createMemoryThemeFiles({ [FILE]: text, ...extra });
  try {
    loadTheme('broken', fs);
  } catch (error) {
    if (error instanceof ThemeError) return error;
    throw error;
  }
  throw new Error('loadTheme accepted a broken theme');
}

function issueAt(error: ThemeError, path: string) {
  const issue = error.issues.find((candidate) => candidate.path === path);
  expect(issue, `no issue at ${path}; got ${error.issues.map((i) => i.path).join(', ')}`).toBeDefined();
  return issue!;
}

interface Case {
  readonly name: string;
  readonly change: (data: Data) => void;
  readonly path: string;
  readonly says: readonly string[];
  readonly found?: string;
}

const cases: readonly Case[] = [
  { name: 'bad colour', change: (d) => (d.colors['primary'] = 'red'), path: 'colors.primary', says: ['6 位十六进制', '#C00000'], found: '"red"' },
  { name: 'colour with 3 digits', change: (d) => (d.colors['accent'] = '#FA0'), path: 'colors.accent', says: ['6 位十六进制'], found: '"#FA0"' },
  {
    name: 'unknown key with did-you-mean',
    change: (d) => {
      d.colors['primery'] = '#000000';
    },
    path: 'colors.primery',
    says: ['不认识的键', '您是不是想写 “primary”？', 'onPrimary'],
  },
  { name: 'unknown top-level key', change: (d) => (d['colour'] = {}), path: 'colour', says: ['您是不是想写 “colors”？'] },
  { name: 'unknown key far from any', change: (d) => (d.spacing['zzzzzz'] = 1), path: 'spacing.zzzzzz', says: ['不认识的键', 'margin、gap、lineHeight'] },
  { name: 'wrong type', change: (d) => (d.spacing['gap'] = '20'), path: 'spacing.gap', says: ['类型不对', '数字'], found: '"20"' },
  { name: 'wrong type boolean', change: (d) => (d['footer'] = { pageNumbers: 'yes' }), path: 'footer.pageNumbers', says: ['true 或 false'], found: '"yes"' },
  { name: 'body size below 14', change: (d) => (d.sizes['body']!['min'] = 12), path: 'sizes.body.min', says: ['不能小于 14 磅'], found: '12' },
  { name: 'missing East Asian font', change: (d) => delete d.fonts['title']!['eastAsian'], path: 'fonts.title.eastAsian', says: ['缺少必填', '中文字体'] },
  {
    name: 'empty East Asian font',
    change: (d) => (d.fonts['body']!['eastAsian'] = ''),
    path: 'fonts.body.eastAsian',
    says: ['中文字体不能为空', '微软雅黑'],
    found: '""',
  },
  { name: 'blank East Asian font', change: (d) => (d.fonts['body']!['eastAsian'] = '   '), path: 'fonts.body.eastAsian', says: ['中文字体不能为空'] },
  { name: 'missing required colour', change: (d) => delete d.colors['text'], path: 'colors.text', says: ['缺少必填', '正文颜色'] },
  {
    name: 'image outside the folder',
    change: (d) => (d['images'] = { logo: '../logo.png' }),
    path: 'images.logo',
    says: ['主题文件夹之外', '/proj/themes'],
    found: '"../logo.png"',
  },
  { name: 'image by absolute path', change: (d) => (d['images'] = { background: '/etc/bg.png' }), path: 'images.background', says: ['绝对路径'] },
  {
    name: 'image file missing',
    change: (d) => (d['images'] = { logo: 'img/logo.png' }),
    path: 'images.logo',
    says: ['找不到图片文件', '/proj/themes/img/logo.png'],
  },
  { name: 'bad enum', change: (d) => (d.slide['size'] = '16:10'), path: 'slide.size', says: ['不允许的取值', '"16:9"、"4:3"'], found: '"16:10"' },
  {
    name: 'bad enum inside an array, with did-you-mean',
    change: (d) => (d.decorations[1]!['on'] = ['cver']),
    path: 'decorations[1].on[0]',
    says: ['您是不是想写 “cover”？', '"closing"'],
  },
  {
    name: 'bad decoration colour',
    change: (d) => (d.decorations[2]!['color'] = 'primry'),
    path: 'decorations[2].color',
    says: ['颜色不对', '您是不是想写 “primary”？', '6 位十六进制'],
    found: '"primry"',
  },
  {
    name: 'decoration off the slide',
    change: (d) => Object.assign(d.decorations[0]!, { x: 0.5, w: 1 }),
    path: 'decorations[0].w',
    says: ['超出页面', '不大于 0.5'],
  },
  { name: 'min above max', change: (d) => (d.sizes['title'] = { min: 40, max: 30 }), path: 'sizes.title', says: ['min 不能大于 max'] },
  { name: 'bad theme name', change: (d) => (d['name'] = 'My Theme'), path: 'name', says: ['小写字母'] },
  {
    name: 'layout name misspelt in layouts.prefer',
    change: (d) => (d['layouts'] = { prefer: ['row'], disable: [] }),
    path: 'layouts.prefer[0]',
    says: ['不允许的取值', '您是不是想写 “rows”？', '"cards"'],
    found: '"row"',
  },
  {
    name: 'unknown layout in layouts.disable',
    change: (d) => (d['layouts'] = { prefer: [], disable: ['timeline'] }),
    path: 'layouts.disable[0]',
    says: ['不允许的取值', '"point-items"'],
  },
  {
    name: 'unknown numbering style',
    change: (d) => (d['numbering'] = 'roman'),
    path: 'numbering',
    says: ['不允许的取值', '"source"、"arabic"'],
    found: '"roman"',
  },
  { name: 'number out of range', change: (d) => (d.spacing['lineHeight'] = 3), path: 'spacing.lineHeight', says: ['不能大于 2'], found: '3' },
];

describe('broken themes: one message per problem, naming file and key', () => {
  it.each(cases)('$name', ({ change, path, says, found }) => {
    const error = loadError(JSON.stringify(brokenTheme(change), null, 2));
    expect(error.file).toBe(FILE);
    expect(error.message).toContain(FILE);
    expect(error.message).toContain(`“${path}”`);
    const issue = issueAt(error, path);
    for (const phrase of says) expect(issue.message).toContain(phrase);
    if (found !== undefined) expect(issue.found).toBe(found);
    expect(error.issues).toHaveLength(1);
  });

  it('reports every problem of a file at once', () => {
    const error = loadError(
      JSON.stringify(
        brokenTheme((d) => {
          d.colors['primary'] = 'red';
          d.sizes['body']!['min'] = 10;
          d.slide['size'] = '21:9';
          d.fonts['title']!['eastAsian'] = '';
          d['images'] = { logo: '../../x.png' };
        }),
      ),
    );
    expect(error.issues.map((issue) => issue.path).sort()).toEqual(
      ['colors.primary', 'fonts.title.eastAsian', 'images.logo', 'sizes.body.min', 'slide.size'].sort(),
    );
  });

  it('rejects a file whose top level is not an object', () => {
    const error = loadError('[1, 2]');
    expect(error.message).toContain(FILE);
    expect(error.issues[0]?.message).toContain('最外层应为对象');
  });
});

describe('JSON syntax errors', () => {
  const syntaxCases = [
    { name: 'trailing comma', text: '{\n  "name": "broken",\n  "label": "坏",\n}\n', line: 4, column: 1, says: '多余的逗号' },
    { name: 'missing comma', text: '{\n  "name": "broken"\n  "label": "坏"\n}', line: 3, column: 3, says: '缺少逗号' },
    { name: 'Chinese quotes', text: '{\n  "name": “broken”\n}', line: 2, column: 11, says: '英文双引号' },
    { name: 'Chinese colon', text: '{\n  "colors": {\n    "primary"："#B71C1C"\n  }\n}', line: 3, column: 14, says: '英文冒号' },
    { name: 'comment', text: '{\n  // 主色\n  "name": "x"\n}', line: 2, column: 3, says: '注释' },
    { name: 'unexpected end', text: '{\n  "name": "broken",\n  "colors": {', line: 3, column: 14, says: '意外结束' },
    { name: 'unquoted key', text: '{ name: "x" }', line: 1, column: 3, says: '双引号' },
    { name: 'bad value', text: '{\r\n  "name": x\r\n}', line: 2, column: 11, says: '应是一个值' },
  ] as const;

  it.each(syntaxCases)('$name → line $line, column $column', ({ text, line, column, says }) => {
    const error = loadError(text);
    expect(error.file).toBe(FILE);
    expect(error.issues).toHaveLength(1);
    const issue = error.issues[0]!;
    expect({ line: issue.line, column: issue.column }).toEqual({ line, column });
    expect(issue.message).toContain('JSON 格式错误');
    expect(issue.message).toContain(says);
    expect(error.message).toContain(`第 ${line} 行第 ${column} 列`);
    expect(error.message).toContain(FILE);
  });

  it('accepts a UTF-8 byte order mark (Notepad)', () => {
    const fs = createMemoryThemeFiles({ [FILE]: `\uFEFF${JSON.stringify(brokenTheme(() => undefined))}` });
    expect(loadTheme('broken', fs).theme.name).toBe('broken');
  });
});

describe('extends problems', () => {
  it('names the cycle', () => {
    const error = loadError(JSON.stringify({ name: 'broken', extends: './other.json' }), {
      '/proj/themes/other.json': JSON.stringify({ name: 'other', extends: 'broken' }),
    });
    expect(error.file).toBe('/proj/themes/other.json');
    const issue = issueAt(error, 'extends');
    expect(issue.message).toContain('循环');
    expect(issue.message).toContain('/proj/themes/broken.json → /proj/themes/other.json → /proj/themes/broken.json');
  });

  it('names a theme that extends itself by path', () => {
    const error = loadError(JSON.stringify({ name: 'broken', extends: './broken.json' }));
    expect(issueAt(error, 'extends').message).toContain(`${FILE} → ${FILE}`);
  });

  it('names an extends target that does not exist, with did-you-mean', () => {
    const error = loadError(JSON.stringify({ name: 'broken', extends: 'party-rde' }));
    expect(error.file).toBe(FILE);
    const issue = issueAt(error, 'extends');
    expect(issue.message).toContain('找不到要继承的主题');
    expect(issue.message).toContain('您是不是想写 “party-red”？');
    expect(issue.found).toBe('"party-rde"');
  });

  it('names a missing extends path', () => {
    const error = loadError(JSON.stringify({ name: 'broken', extends: '../base/red.json' }));
    expect(issueAt(error, 'extends').message).toContain('/proj/base/red.json');
  });

  it('rejects an extends that is not text', () => {
    const error = loadError(JSON.stringify({ name: 'broken', extends: 3 }));
    expect(issueAt(error, 'extends').message).toContain('类型不对');
  });

  it('blames the base file for a problem that lives there', () => {
    const error = loadError(JSON.stringify({ name: 'broken', extends: './base.json', label: '我的' }), {
      '/proj/themes/base.json': JSON.stringify(brokenTheme((d) => (d.colors['primary'] = 'blue'))),
    });
    expect(error.file).toBe('/proj/themes/base.json');
    expect(issueAt(error, 'colors.primary').found).toBe('"blue"');
  });

  it('says which file holds each problem when they are spread over the chain', () => {
    const error = loadError(JSON.stringify({ name: 'broken', extends: './base.json', colors: { primery: '#000000' } }), {
      '/proj/themes/base.json': JSON.stringify(brokenTheme((d) => (d.sizes['body']!['min'] = 9))),
    });
    expect(error.file).toBe(FILE);
    expect(issueAt(error, 'colors.primery').message).not.toContain('base.json');
    expect(issueAt(error, 'sizes.body.min').message).toContain('/proj/themes/base.json');
  });
});

describe('theme not found', () => {
  it('suggests the closest theme name and lists the others', () => {
    const fs = createMemoryThemeFiles();
    const error = (() => {
      try {
        loadTheme('gov-bleu', fs);
      } catch (caught) {
        return caught;
      }
      return null;
    })();
    expect(error).toBeInstanceOf(ThemeError);
    const message = (error as ThemeError).message;
    expect(message).toContain('您是不是想写 “gov-blue”？');
    expect(message).toContain('dark、gov-blue、minimal、party-red');
  });

  it('names the missing path for a path ref', () => {
    const fs = createMemoryThemeFiles();
    expect(() => loadTheme('./nope/theme.json', fs)).toThrow(/\/proj\/nope\/theme\.json/);
  });
});
