import { describe, expect, it } from 'vitest';
import { markTitlePlaceholders, TITLE_SHAPE_NAME } from '../../src/render/package-placeholders.js';

const run =
  '<a:r><a:rPr lang="zh-CN" altLang="en-US" sz="3200" b="1" dirty="0"><a:solidFill><a:srgbClr val="B71C1C"/></a:solidFill></a:rPr><a:t>标题</a:t></a:r>';
const shape = (name: string, textBox: boolean): string =>
  `<p:sp><p:nvSpPr><p:cNvPr id="2" name="${name}"></p:cNvPr><p:cNvSpPr${textBox ? ' txBox="1"' : ''}/><p:nvPr></p:nvPr></p:nvSpPr><p:spPr/><p:txBody><a:bodyPr/><a:lstStyle/><a:p><a:pPr algn="l"/>${run}</a:p></p:txBody></p:sp>`;

describe('title placeholders', () => {
  it('turns the title text box into a title placeholder and leaves other boxes alone', () => {
    const xml = `<p:spTree>${shape(TITLE_SHAPE_NAME, true)}${shape('Text 1', true)}</p:spTree>`;
    const fixed = markTitlePlaceholders(xml);
    expect(fixed.match(/<p:ph type="title"\/>/gu)).toHaveLength(1);
    expect(fixed).toContain('<p:cNvPr id="2" name="Title"></p:cNvPr><p:cNvSpPr><a:spLocks noGrp="1"/></p:cNvSpPr><p:nvPr><p:ph type="title"/></p:nvPr>');
    expect(fixed).toContain(shape('Text 1', true));
    // The slide keeps its own run formatting; only layouts get a list style.
    expect(fixed).toContain('<a:lstStyle/>');
  });

  it('gives a layout\u2019s title placeholder the title look as its list style', () => {
    const fixed = markTitlePlaceholders(shape(TITLE_SHAPE_NAME, false), true);
    expect(fixed).toContain(
      '<a:lstStyle><a:lvl1pPr algn="l"><a:defRPr sz="3200" b="1"><a:solidFill><a:srgbClr val="B71C1C"/></a:solidFill></a:defRPr></a:lvl1pPr></a:lstStyle>',
    );
  });

  it('leaves a part without a title as it is', () => {
    const xml = `<p:spTree>${shape('Text 0', true)}</p:spTree>`;
    expect(markTitlePlaceholders(xml)).toBe(xml);
  });

  it('leaves a title already made a placeholder alone, and never runs on into the next shape', () => {
    // The title's name element has content of its own (`<p:cNvPr …>…</p:cNvPr>`), as the shapes above.
    const xml = `<p:spTree>${shape(TITLE_SHAPE_NAME, true)}${shape('Text 1', true)}${shape('Text 2', false)}</p:spTree>`;
    const once = markTitlePlaceholders(xml);
    expect(markTitlePlaceholders(once)).toBe(once);
    expect(once.match(/<p:ph type="title"\/>/gu)).toHaveLength(1);
  });
});
