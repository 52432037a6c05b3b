/**
 * A rebuild never loses someone's work: huibao replaces a deck only when it is huibao's own output,
 * unchanged since it was written (deck-mark.ts). A deck edited since, or a .pptx huibao did not
 * make, is left alone with a Chinese message, unless the user passes `--force`.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { OutputError } from '../errors.js';
import { deckState } from '../render/deck-mark.js';

export function checkRebuildTarget(target: string, force: boolean): void {
  if (force || !existsSync(target) || !statSync(target).isFile()) return;
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(readFileSync(target));
  } catch (cause) {
    throw new OutputError(`无法读取已有的“${target}”，未覆盖。`, {
      file: target,
      hint: '请关闭正在打开该文件的程序后重试；确定要覆盖它，请加 --force。',
      cause,
    });
  }
  const state = deckState(bytes);
  if (state === 'unchanged') return;
  const hint = '要保留它，请先把它另存为其他文件名，或用 -o 指定另一个输出文件；确定要用新生成的演示文稿覆盖它，请加 --force。';
  if (state === 'changed') {
    throw new OutputError(`“${target}”在上次生成后被修改过（可能在 PowerPoint 或 WPS 中编辑过），为免丢失修改，未覆盖。`, { file: target, hint });
  }
  throw new OutputError(`“${target}”已存在，且不是 huibao 生成的演示文稿（或由旧版 huibao 生成），为免丢失内容，未覆盖。`, { file: target, hint });
}
