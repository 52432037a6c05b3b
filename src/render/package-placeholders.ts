/**
 * Slide titles as real title placeholders. pptxgenjs can fill a layout's placeholder, but then it
 * takes the placeholder's box and options over the text's own (and adds an empty copy of every
 * layout placeholder to slides that do not fill it), while huibao fits each title to its own box.
 * So render draws every title, on slides and layouts alike, as a text box named TITLE_SHAPE_NAME,
 * and this turns those boxes into `<p:ph type="title"/>` shapes: the slide's title is then what
 * PowerPoint's outline view, navigation pane, Zoom and accessibility checker read, and it keeps
 * its explicit box and run formatting, so it looks exactly as planned.
 */

/** The name render gives a title text box; only titles carry it. */
export const TITLE_SHAPE_NAME = 'Title';

/** The prompt a layout's title placeholder holds (PowerPoint shows it on the layout only). */
export const TITLE_PROMPT = '单击此处添加标题';

/** A title text box as pptxgenjs writes it: (1) its `p:cNvPr`, (2) what follows `p:nvPr`. */
export const TITLE_SHAPE = new RegExp(
  // The name's element never reaches past its own end tag: a title already made a placeholder does
  // not match, rather than letting the pattern run on into the next shape.
  `<p:sp><p:nvSpPr>(<p:cNvPr id="\\d+" name="${TITLE_SHAPE_NAME}"(?:/>|>(?:(?!</p:cNvPr>)[\\s\\S])*</p:cNvPr>))<p:cNvSpPr(?: txBox="1")?/><p:nvPr>\\s*</p:nvPr>((?:(?!<p:sp>)[\\s\\S])*?)</p:sp>`,
  'gu',
);

/**
 * A layout's title keeps its look in its list style, which slides added by hand inherit; pptxgenjs
 * writes it only on the prompt's run.
 */
function withListStyle(rest: string): string {
  const run = /<a:rPr ([^>]*?)(?:\/>|>([\s\S]*?)<\/a:rPr>)/u.exec(rest);
  if (run === null) return rest;
  const align = /<a:pPr[^>]*?\balgn="(\w+)"/u.exec(rest)?.[1];
  const attributes = (run[1] ?? '').replace(/\s*\b(?:lang|altLang|dirty)="[^"]*"/gu, '').trim();
  const style = `<a:lstStyle><a:lvl1pPr${align === undefined ? '' : ` algn="${align}"`}><a:defRPr ${attributes}>${run[2] ?? ''}</a:defRPr></a:lvl1pPr></a:lstStyle>`;
  return rest.replace(/<a:lstStyle\/>/u, style);
}

/**
 * Title text boxes become title placeholders (no longer text boxes, grouped as PowerPoint writes
 * them); on a layout the title's look also goes into the placeholder's list style.
 */
export function markTitlePlaceholders(xml: string, isLayout = false): string {
  if (!xml.includes(`name="${TITLE_SHAPE_NAME}"`)) return xml;
  return xml.replace(
    TITLE_SHAPE,
    (_whole, name: string, rest: string) =>
      `<p:sp><p:nvSpPr>${name}<p:cNvSpPr><a:spLocks noGrp="1"/></p:cNvSpPr><p:nvPr><p:ph type="title"/></p:nvPr>${isLayout ? withListStyle(rest) : rest}</p:sp>`,
  );
}
