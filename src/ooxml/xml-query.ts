/**
 * Element lookup by local name over the XML reader (xml-reader.ts). PresentationML
 * parts almost always use the `a:`, `p:` and `r:` prefixes, but the prefix is only a convention,
 * so matching ignores it.
 */
import { isElement, type XmlElement } from './xml-reader.js';

export type { XmlElement } from './xml-reader.js';

export function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon === -1 ? name : name.slice(colon + 1);
}

export function childrenNamed(element: XmlElement | undefined, name: string): XmlElement[] {
  if (element === undefined) return [];
  return element.children.filter((node): node is XmlElement => isElement(node) && localName(node.name) === name);
}

export function childNamed(element: XmlElement | undefined, name: string): XmlElement | undefined {
  return childrenNamed(element, name)[0];
}

export function elementChildren(element: XmlElement | undefined): XmlElement[] {
  return element === undefined ? [] : element.children.filter(isElement);
}

/** Follows a path of child names, e.g. `childAt(theme, 'themeElements', 'clrScheme')`. */
export function childAt(element: XmlElement | undefined, ...names: readonly string[]): XmlElement | undefined {
  return names.reduce<XmlElement | undefined>((current, name) => childNamed(current, name), element);
}

/** The first element named `name` at any depth below `element`, depth-first. */
export function findDescendant(element: XmlElement | undefined, name: string): XmlElement | undefined {
  for (const child of elementChildren(element)) {
    if (localName(child.name) === name) return child;
    const found = findDescendant(child, name);
    if (found !== undefined) return found;
  }
  return undefined;
}

/** An attribute by local name (`r:embed` → `embed`); unprefixed attributes match first. */
export function attrOf(element: XmlElement | undefined, name: string): string | undefined {
  if (element === undefined) return undefined;
  const direct = element.attrs[name];
  if (direct !== undefined) return direct;
  const key = Object.keys(element.attrs).find((candidate) => localName(candidate) === name);
  return key === undefined ? undefined : element.attrs[key];
}
