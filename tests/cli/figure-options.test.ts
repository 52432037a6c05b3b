import { describe, expect, it } from 'vitest';
import { parseFiguresJson, parseSetOptions } from '../../src/cli/figure-options.js';
import { InputError } from '../../src/errors.js';

describe('figure options', () => {
  it('reads --set values, refusing one without a name or a value', () => {
    expect(parseSetOptions(['户数=12', '2=8.5'])).toEqual([
      { key: '户数', value: '12' },
      { key: '2', value: '8.5' },
    ]);
    expect(() => parseSetOptions(['户数'])).toThrow(InputError);
  });

  it('reads a figures file as an object by name or an array in reading order', () => {
    expect(parseFiguresJson('{"户数": 12, "增长率": "8.5"}', 'f.json')).toEqual([
      { key: '户数', value: '12' },
      { key: '增长率', value: '8.5' },
    ]);
    expect(parseFiguresJson('\uFEFF[12, 8.5]', 'f.json')).toEqual([
      { key: '1', value: '12' },
      { key: '2', value: '8.5' },
    ]);
  });

  it('names the file and the entry when a figures file is wrong', () => {
    expect(() => parseFiguresJson('{"户数": 12,', 'f.json')).toThrow(/f\.json.*不是有效的 JSON/u);
    expect(() => parseFiguresJson('{"户数": null}', 'f.json')).toThrow(/“户数”的值不是数字/u);
    expect(() => parseFiguresJson('[12, {}]', 'f.json')).toThrow(/第 2 项/u);
    expect(() => parseFiguresJson('"12"', 'f.json')).toThrow(/对象或数组/u);
  });
});
