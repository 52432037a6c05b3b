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

const TITLE_SHAPE = new RegExp(`(<p:cNvPr id="\\d+" name="${TITLE_SHAPE_NAME}"(?:/>|>[\\s\\S]*?</p:cNvPr>))<p:cNvSpPr txBox="1"/><p:nvPr>\\s*</p:nvPr>`, 'gu');

/** Title text boxes become title placeholders: no longer text boxes, grouped as PowerPoint writes them. */
export function markTitlePlaceholders(xml: string): string {
  if (!xml.includes(`name="${TITLE_SHAPE_NAME}"`)) return xml;
  return xml.replace(TITLE_SHAPE, (_whole, name: string) => `${name}<p:cNvSpPr><a:spLocks noGrp="1"/></p:cNvSpPr><p:nvPr><p:ph type="title"/></p:nvPr>`);
}
