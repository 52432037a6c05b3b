/**
 * Back matter: a closing line (`谢谢大家！`, `汇报完毕`) and appendices (`附件`).
 */

import { detectMarker } from './detect-markers.js';
import { startsWithAddress } from './theme-sentences.js';

// `特此报告。` is the formula that ends a written report (公文), as `谢谢` ends a speech; a report to
// a congress ends asking it to deliberate (`我的报告完了。请各位委员审议。`), a talk by counting
// itself off (`我就讲这么四点意见。`), a congress by being declared closed (`我宣布……胜利闭幕！`).
const CLOSING =
  /(谢谢|感谢大家|感谢各位|汇报完毕|发言完毕|讲话完毕|致辞完毕|报告完毕|以上(?:汇报|发言|述职|报告|讲话)|以上(?:就?是)[^。！？]{0,12}(?:汇报|发言|述职|报告|讲话)|请批评指正|[恳敬]请[^。！？]{0,8}批评|请予?评议|不妥之处|^特此(?:报告|汇报|说明|请示)[。！]?$|^我的(?:报告|讲话|发言)(?:完了|就到这里)|^请(?:各位)?(?:代表|委员)?(?:审议|审查)[。！]?$|^我就讲(?:这么|这|以上)?[一二三四五六七八九十两几]?(?:点|些|个方面)(?:意见)?[。！]?$|宣布[^。！]{0,40}(?:胜利)?闭幕[。！]?$)/;
const APPENDIX = /^(?:附\s*件|附\s*表|附\s*录)\s*[\d一二三四五六七八九十]*\s*[：:．.、]?|^附[：:]/;

export interface BackMatter {
  readonly closing: string | null;
  readonly appendix: string;
  /** Index just past the last body paragraph. */
  readonly bodyEnd: number;
}

/** True for a short thank-you or `汇报完毕` line. */
export function isClosingLine(line: string): boolean {
  return line.length <= 100 && CLOSING.test(line);
}

/** Most of the text an appendix without a `附件` line may hold. */
const MAX_UNMARKED_APPENDIX_SHARE = 0.4;

const CALL = /(让我们|号召|奋斗|努力|奋力|前进|奋进|贡献|谱写|开创)[^。！？]*[！!。]$/;

/**
 * Reports sometimes append a list after the closing call without a `附件` line (a title line
 * such as `2026年民生实事` or `名词解释` followed by items): a short unpunctuated line that comes
 * after the call to action (`……让我们……而努力奋斗！`) starts the appendix.
 */
function findUnmarkedAppendix(paragraphs: readonly string[], bodyStart: number, end: number): number {
  let call = -1;
  for (let i = bodyStart; i < end; i += 1) {
    const line = paragraphs[i] ?? '';
    // The call is a `让我们……` sentence, or a paragraph addressing the audience that ends on one
    // (`各位代表！……我们要……为谱写……新篇章不懈奋斗！`).
    if ((/让我们/.test(line) || startsWithAddress(line)) && CALL.test(line)) call = i;
  }
  if (call === -1) return end;
  // A closing call ends the body: what follows it is a short list, not most of the text (a sentence
  // with 让我们 in the middle of a speech is no closing call).
  const length = (from: number, to: number): number => paragraphs.slice(from, to).reduce((sum, line) => sum + line.length, 0);
  if (length(call + 1, end) > length(bodyStart, end) * MAX_UNMARKED_APPENDIX_SHARE) return end;
  for (let i = call + 1; i < end - 1; i += 1) {
    const line = paragraphs[i] ?? '';
    // A heading that continues the body's numbering (`二、……` after `一、`) is more of the body: the
    // paragraph taken for the call was not the last one (`……致以崇高敬意！……表示衷心感谢！`).
    if (line.length <= 30 && !/[。！？；，,!?;]/.test(line) && !CLOSING.test(line) && !continuesNumbering(paragraphs, bodyStart, i)) return i;
  }
  return end;
}

/** True when paragraph `at` is numbered one on from the last paragraph of its kind before it. */
function continuesNumbering(paragraphs: readonly string[], bodyStart: number, at: number): boolean {
  const marker = detectMarker(paragraphs[at] ?? '');
  return marker !== null && lastOrdinals(paragraphs, bodyStart, at).get(marker.kind) === marker.ordinal - 1;
}

/** The last number of each kind of mark opening a paragraph in [from, to). */
function lastOrdinals(paragraphs: readonly string[], from: number, to: number): Map<string, number> {
  const last = new Map<string, number>();
  for (let i = from; i < to; i += 1) {
    const marker = detectMarker(paragraphs[i] ?? '');
    if (marker !== null) last.set(marker.kind, marker.ordinal);
  }
  return last;
}

/**
 * True when the body goes on after paragraph `at`: a numbering mark that continues a series begun
 * before it (`二、` … `附：……` … `三、`), or a closing line still to come. A `附：` line there is a
 * note inside the report (`附：课程设置表`), not the start of its appendices.
 */
function bodyContinuesAfter(paragraphs: readonly string[], bodyStart: number, at: number): boolean {
  const lastBefore = lastOrdinals(paragraphs, bodyStart, at);
  for (let i = at + 1; i < paragraphs.length; i += 1) {
    const line = paragraphs[i] ?? '';
    const marker = detectMarker(line);
    if (marker !== null && lastBefore.get(marker.kind) === marker.ordinal - 1) return true;
    if (isClosingLine(line) && line.length <= 30) return true;
  }
  return false;
}

/** Finds the appendix (from the first `附件` line after the body on) and the closing line before it. */
export function readBackMatter(paragraphs: readonly string[], bodyStart: number): BackMatter {
  let end = paragraphs.length;
  for (let i = bodyStart; i < paragraphs.length; i += 1) {
    const line = paragraphs[i] ?? '';
    if (APPENDIX.test(line) && line.length <= 60 && !bodyContinuesAfter(paragraphs, bodyStart, i)) {
      end = i;
      break;
    }
  }
  end = Math.min(end, findUnmarkedAppendix(paragraphs, bodyStart, end));
  const appendix = paragraphs.slice(end).join('\n');
  const last = paragraphs[end - 1];
  if (end - 1 >= bodyStart && last !== undefined && isClosingLine(last)) {
    return { closing: last, appendix, bodyEnd: end - 1 };
  }
  return { closing: null, appendix, bodyEnd: end };
}
