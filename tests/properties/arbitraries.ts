/**
 * Generators for the property tests: reports with random depth and numbering (一、 （一） 1. 一是),
 * mixed scripts, control characters, very long lines and empty lines; and mutations of real texts.
 */
import fc from 'fast-check';

/** Runs per property: HUIBAO_FC_RUNS, else 1000 in CI and `local` on a developer's machine. */
export function runsFor(local: number, ci = 1000): number {
  const configured = Number(process.env['HUIBAO_FC_RUNS']);
  if (Number.isInteger(configured) && configured > 0) return configured;
  return process.env['CI'] !== undefined ? ci : local;
}

const CHINESE = [
  ...'的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处队南给色光门即保治北造百规热领七海口东导器压志世金增争济阶油思术极交受联什认六共权收证改清己美再采转更单风切打白教速花带安场身车例真务具万每目至达走积示议声报斗完类八离华名确才科张信马节话米整空元况今集温传土许步群广石记需段研界拉林律叫且究观越织装影算低持音众书布复容儿须际商非验连断深难近矿千周委素技备半办青省列习响约支般史感劳便团往酸历市克何除消构府称太准精值号率族维划选标写存候毛亲快效斯院查江型眼王按格养易置派层片始却专状育厂京识适属圆包火住调满县局照参红细引听该铁价严',
];
/**
 * Shrinking a long generated report can pull candidates for many minutes; a few hundred steps give a
 * small enough counterexample, and the time limit keeps a failing run from eating CI's budget.
 */
export const SHRINK_LIMIT = 300;
export const TIME_LIMIT_MS = 420_000;

const PUNCTUATION = ['，', '、', '；', '：', '“', '”', '（', '）', '《', '》', '—', '…'];
const MIXED = [
  'AI',
  'GDP',
  '5G',
  'PM2.5',
  'COVID-19',
  'Ωmega',
  'café',
  'Ελλάδα',
  'Москва',
  'مرحبا',
  'עברית',
  'ไทย',
  '한국어',
  'かな',
  '😀',
  '𠮷',
  '12.5%',
  '1.2万亿元',
  '*户',
  '×%',
  'https://example.com/a?b=1&c=<2>',
  '<tag attr="x">',
  '&amp;',
  "'",
  '"',
];
const CONTROL = Array.from({ length: 32 }, (_, code) => String.fromCharCode(code)).filter((char) => char !== '\n');
const NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二'];

const word = fc.oneof(
  { weight: 8, arbitrary: fc.array(fc.constantFrom(...CHINESE), { minLength: 1, maxLength: 8 }).map((chars) => chars.join('')) },
  { weight: 2, arbitrary: fc.constantFrom(...MIXED) },
  { weight: 1, arbitrary: fc.constantFrom(...CONTROL) },
  { weight: 1, arbitrary: fc.constantFrom(...PUNCTUATION) },
);

export const sentenceArb = fc
  .tuple(fc.array(word, { minLength: 1, maxLength: 12 }), fc.constantFrom('。', '！', '？', '；', '', '。'))
  .map(([words, end]) => `${words.join('')}${end}`);

/** A paragraph: a few sentences, sometimes one very long line. */
export const paragraphArb = fc.oneof(
  { weight: 10, arbitrary: fc.array(sentenceArb, { minLength: 1, maxLength: 5 }).map((sentences) => sentences.join('')) },
  { weight: 1, arbitrary: fc.array(sentenceArb, { minLength: 30, maxLength: 80 }).map((sentences) => sentences.join('')) },
);

type PointStyle = 'paren' | 'arabic' | 'yishi' | 'none';

function pointMarker(style: PointStyle, index: number): string {
  const numeral = NUMERALS[index % NUMERALS.length] ?? '一';
  if (style === 'paren') return `（${numeral}）`;
  if (style === 'arabic') return `${index + 1}.`;
  if (style === 'yishi') return `${numeral}是`;
  return '';
}

const pointArb = fc.record({
  title: fc.array(word, { minLength: 1, maxLength: 6 }).map((words) => words.join('')),
  paragraphs: fc.array(paragraphArb, { maxLength: 3 }),
});
const sectionArb = fc.record({
  title: fc.array(word, { minLength: 1, maxLength: 6 }).map((words) => words.join('')),
  lead: fc.array(paragraphArb, { maxLength: 2 }),
  style: fc.constantFrom<PointStyle>('paren', 'arabic', 'yishi', 'none'),
  points: fc.array(pointArb, { maxLength: 6 }),
});

/** A whole report as text, with blank lines sprinkled between paragraphs. */
export const reportArb = fc
  .record({
    title: fc.array(word, { minLength: 1, maxLength: 8 }).map((words) => words.join('')),
    salutation: fc.constantFrom('同志们：', '各位领导、同志们：', ''),
    opening: fc.array(paragraphArb, { maxLength: 3 }),
    sections: fc.array(sectionArb, { maxLength: 6 }),
    closing: fc.constantFrom('谢谢大家！', '', '以上汇报，请批评指正。'),
    blank: fc.array(fc.boolean(), { minLength: 64, maxLength: 64 }),
    lineEnd: fc.constantFrom('\n', '\r\n'),
  })
  .map((report) => {
    const lines: string[] = [report.title, report.salutation, ...report.opening];
    report.sections.forEach((section, index) => {
      lines.push(`${NUMERALS[index % NUMERALS.length] ?? '一'}、${section.title}`, ...section.lead);
      section.points.forEach((point, pointIndex) => {
        const marker = pointMarker(section.style, pointIndex);
        const [first, ...rest] = point.paragraphs;
        // 一是… points run on in the paragraph; the others are headings of their own.
        if (section.style === 'yishi') lines.push(`${marker}${point.title}。${first ?? ''}`, ...rest);
        else lines.push(`${marker}${point.title}`, ...point.paragraphs);
      });
    });
    lines.push(report.closing);
    return lines.flatMap((line, index) => (report.blank[index % 64] === true ? [line, ''] : [line])).join(report.lineEnd);
  });

/** Mutations of a real text: delete, duplicate, shuffle paragraphs, insert control characters. */
export function mutatedArb(text: string): fc.Arbitrary<string> {
  const paragraphs = text.split('\n');
  const count = paragraphs.length;
  const mutation = fc.oneof(
    fc.record({ kind: fc.constant('delete' as const), at: fc.nat(count - 1) }),
    fc.record({ kind: fc.constant('duplicate' as const), at: fc.nat(count - 1) }),
    fc.record({ kind: fc.constant('swap' as const), at: fc.nat(count - 1), to: fc.nat(count - 1) }),
    fc.record({ kind: fc.constant('control' as const), at: fc.nat(count - 1), offset: fc.nat(200), char: fc.constantFrom(...CONTROL) }),
  );
  return fc.array(mutation, { minLength: 1, maxLength: 12 }).map((mutations) => {
    const result = [...paragraphs];
    for (const step of mutations) {
      const at = step.at % Math.max(1, result.length);
      const paragraph = result[at] ?? '';
      if (step.kind === 'delete') result.splice(at, 1);
      else if (step.kind === 'duplicate') result.splice(at, 0, paragraph);
      else if (step.kind === 'swap') {
        const to = step.to % Math.max(1, result.length);
        result[at] = result[to] ?? '';
        result[to] = paragraph;
      } else {
        const offset = Math.min(step.offset, paragraph.length);
        result[at] = `${paragraph.slice(0, offset)}${step.char}${paragraph.slice(offset)}`;
      }
    }
    return result.join('\n');
  });
}
