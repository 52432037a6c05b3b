/** Everything huibao tells the user, in one place and in Chinese. */
import { HuibaoError } from '../errors.js';

export function formatError(error: unknown, debug: boolean): string {
  if (error instanceof HuibaoError) {
    const lines = [`错误：${error.message}`];
    if (error.hint !== undefined) lines.push(`处理办法：${error.hint}`);
    if (debug && error.stack !== undefined) lines.push(error.stack);
    return lines.join('\n');
  }
  const detail = error instanceof Error ? error.message : String(error);
  const lines = [`huibao 内部错误：${detail}`, '这不是您的操作问题。请把上面的信息和所用文稿报告给维护者（加 --debug 可显示详细堆栈）。'];
  if (debug && error instanceof Error && error.stack !== undefined) lines.push(error.stack);
  return lines.join('\n');
}

export function builtMessage(output: string, slides: number): string {
  return `已生成：${output}（${slides} 页）`;
}

export function warningLines(file: string, warnings: readonly string[]): string[] {
  return warnings.map((warning) => `提示（${file}）：${warning}`);
}

export function batchSummary(succeeded: number, failed: number): string {
  return failed === 0 ? `全部完成：共 ${succeeded} 份。` : `完成 ${succeeded} 份，失败 ${failed} 份。`;
}
