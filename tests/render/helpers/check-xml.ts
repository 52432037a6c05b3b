/**
 * A tiny well-formedness check for tests (no XML parser is a dependency): balanced tags, quoted
 * attributes without raw `<` or stray `&`, only predefined entities, only XML 1.0 characters.
 * Returns the problems found, empty when the text is well-formed as far as it can tell.
 */
const TOKEN = /<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<(\/?)([^\s/>]+)((?:\s+[^\s=/>]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>/g;
const STRAY_AMPERSAND = /&(?!(?:amp|lt|gt|quot|apos|#[0-9]+|#x[0-9a-fA-F]+);)/;
const ILLEGAL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export function checkWellFormed(xml: string): string[] {
  const problems: string[] = [];
  const illegal = ILLEGAL.exec(xml);
  if (illegal !== null) problems.push(`illegal character U+${(illegal[0].codePointAt(0) ?? 0).toString(16)} at ${illegal.index}`);
  const stack: string[] = [];
  let cursor = 0;
  let roots = 0;
  for (const match of xml.matchAll(TOKEN)) {
    const between = xml.slice(cursor, match.index);
    if (between.includes('<')) problems.push(`unparsable markup at ${cursor + between.indexOf('<')}`);
    if (STRAY_AMPERSAND.test(between)) problems.push(`stray & in text near ${cursor}`);
    if (stack.length === 0 && between.trim() !== '' && cursor > 0) problems.push(`text outside the root at ${cursor}`);
    cursor = match.index + match[0].length;
    const [, closing, name, attributes, selfClosing] = match;
    if (name === undefined) continue;
    if (STRAY_AMPERSAND.test(attributes ?? '') || (attributes ?? '').includes('<')) problems.push(`bad attribute value in <${name}>`);
    if (closing === '/') {
      const open = stack.pop();
      if (open !== name) problems.push(`</${name}> closes <${open ?? 'nothing'}>`);
    } else {
      if (stack.length === 0) roots += 1;
      if (selfClosing !== '/') stack.push(name);
    }
  }
  if (xml.slice(cursor).includes('<')) problems.push(`unparsable markup after ${cursor}`);
  if (stack.length > 0) problems.push(`unclosed <${stack.join('>, <')}>`);
  if (roots !== 1) problems.push(`${roots} root elements`);
  return problems;
}
