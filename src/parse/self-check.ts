/**
 * Self-check: signs that the outline found may have lost or misread a part of the report. The
 * parser cannot be sure of a report it was never shown, so rather than say nothing over a lost
 * part it says, in Chinese, what looks wrong and how to fix the outline by hand. Each check reads
 * the outline only (plus the announced count from the opening), never particular wording.
 */

import { isDateLine, isSpeakerLine } from './front-matter.js';
import { detectMarker, parseChineseNumeral } from './detect-markers.js';
import type { Outline, OutlineWarning } from './outline.js';

const FIX_HINT = '可以用 huibao outline 报告.txt --format md > 提纲.md 导出提纲，改好后 huibao build 提纲.md。';

const COUNT_WORD = '([一二三四五六七八九十两]{1,3}|\\d{1,2})';

/**
 * How many parts the opening announces (`从六个方面`, `讲三点意见`, `汇报以下四个方面`,
 * `分为三个部分`); the last announcement counts, as it is the one that leads into the body. Null
 * when none is made.
 */
export function announcedCount(opening: string): number | null {
  const patterns = [
    // `从……六个方面` names the parts first; `取得的六个方面重大成果` is no announcement.
    new RegExp(`从[^。；！？，,]{0,80}?${COUNT_WORD}个方面`, 'gu'),
    new RegExp(`(?:就|分|围绕|按照|以下|如下)${COUNT_WORD}个方面`, 'gu'),
    new RegExp(`(?:讲|谈|提|说|汇报|报告|交流|强调|分享)(?:以下|下面|这)?${COUNT_WORD}(?:点|个问题|条|个方面|方面|部分)`, 'gu'),
    new RegExp(`分为?${COUNT_WORD}个?部分`, 'gu'),
  ];
  let last: { at: number; count: number } | null = null;
  for (const pattern of patterns) {
    for (const match of opening.matchAll(pattern)) {
      const word = match[1] ?? '';
      const count = /^\d+$/.test(word) ? Number(word) : word === '两' ? 2 : parseChineseNumeral(word);
      if (count === null || count < 2 || count > 20) continue;
      if (last === null || (match.index ?? 0) >= last.at) last = { at: match.index ?? 0, count };
    }
  }
  return last?.count ?? null;
}

function textLength(outline: Outline): { sections: number[]; appendix: number; total: number } {
  const sections = outline.sections.map(
    (section) =>
      section.heading.length +
      section.lead.length +
      section.body.length +
      section.points.reduce(
        (n, point) => n + point.heading.length + point.body.length + point.items.reduce((m, item) => m + item.heading.length + item.body.length, 0),
        0,
      ),
  );
  const appendix = outline.appendix.length;
  const total = outline.opening.length + outline.ending.length + appendix + sections.reduce((a, b) => a + b, 0);
  return { sections, appendix, total };
}

const ROLE_NAME = /(书记|校长|局长|主任|省长|市长|县长|区长|董事长|总经理|部长|厅长|院长|主席)\s*[\p{Script=Han}\s]{2,5}$/u;

/**
 * A title that is a date, a signature (`绍兴一中党委书记、校长  王 琛`, `王 琛`), or no words at
 * all. Short titles alone are fine (`结语`, `工作回顾`): only a name spaced out or after a role
 * reads as a signature.
 */
function looksUnlikeTitle(title: string): boolean {
  const trimmed = title.trim();
  if (trimmed === '' || isDateLine(trimmed) || !/[\p{Script=Han}A-Za-z]/u.test(trimmed)) return true;
  return isSpeakerLine(trimmed) && (ROLE_NAME.test(trimmed) || /^\p{Script=Han}\s+\p{Script=Han}{1,2}$/u.test(trimmed));
}

/**
 * Whether the parts are numbered 一、二、三… in order and no line inside part `index` opens with the
 * number after its own (`四、`): then a part holding most of the text is what the author wrote (a
 * plan whose 三、工作措施 is four fifths of it, a fourth deck review), not parts run together.
 */
function numberedInFull(outline: Outline, index: number): boolean {
  const markers = outline.sections.map((section) => detectMarker(section.heading));
  if (markers.some((marker, i) => marker === null || marker.kind !== 'cn-dun' || marker.ordinal !== i + 1)) return false;
  const section = outline.sections[index];
  if (section === undefined) return false;
  const text = [
    section.lead,
    ...section.points.flatMap((point) => [point.heading, point.body, ...point.items.flatMap((item) => [item.heading, item.body])]),
    section.body,
  ].join('\n');
  return !text.split('\n').some((line) => {
    const marker = detectMarker(line.trim());
    return marker !== null && marker.kind === 'cn-dun' && marker.ordinal > index + 1;
  });
}

/** Numbered section headings that do not count 1, 2, 3… in order (`一、三、二`, `一、二、四`). */
function numberingJumps(outline: Outline): boolean {
  // 首先/其次/最后 count no numbers.
  const ordinals = outline.sections.map((section) => {
    const marker = detectMarker(section.heading);
    return marker === null || marker.kind === 'sequence' ? null : marker.ordinal;
  });
  if (ordinals.some((ordinal) => ordinal === null) || ordinals.length < 2) return false;
  return ordinals.some((ordinal, i) => ordinal !== i + 1);
}

/** Warnings about an outline that looks doubtful; empty when nothing does. */
export function checkOutline(outline: Outline): OutlineWarning[] {
  const warnings: OutlineWarning[] = [];
  const found = outline.sections.length;
  const announced = announcedCount(outline.opening);
  // A closing group without a heading (`提三点希望：一是……`) is not among the announced parts.
  const headed = outline.sections.filter((section) => section.heading !== '').length;
  if (announced !== null && announced !== found && announced !== headed) {
    warnings.push({
      code: 'count-mismatch',
      message: `开头提到分 ${announced} 个方面（部分）讲，但只识别出 ${found} 个部分，可能漏掉或拆错了部分。${FIX_HINT}`,
    });
  }
  const { sections, appendix, total } = textLength(outline);
  if (total > 0 && appendix > total * 0.3) {
    warnings.push({
      code: 'large-appendix',
      message: `附件占了全文的 ${Math.round((appendix / total) * 100)}%，可能把正文当成了附件（正文中间的“附：”说明不是附件）。${FIX_HINT}`,
    });
  }
  const largest = Math.max(0, ...sections);
  if (found >= 3 && largest > total * 0.75 && !numberedInFull(outline, sections.indexOf(largest))) {
    const index = sections.indexOf(largest);
    warnings.push({
      code: 'one-section-holds-most',
      message: `第 ${index + 1} 部分“${outline.sections[index]?.title ?? ''}”占了全文的 ${Math.round((largest / total) * 100)}%，可能把几个部分并在了一起。${FIX_HINT}`,
    });
  }
  const odd = outline.sections.filter((section) => looksUnlikeTitle(section.title));
  if (odd.length > 0) {
    warnings.push({
      code: 'odd-title',
      message: `部分标题“${odd.map((section) => section.title).join('”“')}”像是姓名、日期或符号，不像标题。${FIX_HINT}`,
    });
  }
  if (numberingJumps(outline)) {
    warnings.push({
      code: 'numbering-jumps',
      message: `各部分的序号不连续（${outline.sections.map((section) => detectMarker(section.heading)?.mark.trim() ?? '').join(' ')}），原文序号可能有误，请核对是否漏掉了部分。${FIX_HINT}`,
    });
  }
  if (total > 0 && outline.opening.length > total * 0.5 && found > 0) {
    warnings.push({
      code: 'long-opening',
      message: `开头（第一个部分之前）占了全文的 ${Math.round((outline.opening.length / total) * 100)}%，可能没有识别出前面的部分。${FIX_HINT}`,
    });
  }
  return warnings;
}
