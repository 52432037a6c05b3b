/**
 * What a slide master or layout shows behind every slide: its background (`p:bg`) and its
 * pictures (`p:pic`, also inside groups), with their boxes in slide coordinates (EMU).
 */
import { readFillColor, type ColorContext } from './template-scheme.js';
import { attrOf, childAt, childNamed, elementChildren, findDescendant, localName, type XmlElement } from '../ooxml/xml-query.js';

export type BackgroundKind = 'solid' | 'gradient' | 'pattern' | 'image' | 'scheme';

export interface PartBackground {
  readonly kind: BackgroundKind;
  /** The fill's colour (the first stop of a gradient, the foreground of a pattern). */
  readonly color?: string;
  /** Relationship id of the picture, for an image fill. */
  readonly imageRelId?: string;
}

export interface PartPicture {
  readonly relId: string;
  /** Box in EMU, in slide coordinates. */
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export function readBackground(part: XmlElement, context: ColorContext): PartBackground | undefined {
  const bg = childAt(part, 'cSld', 'bg');
  const bgPr = childNamed(bg, 'bgPr');
  if (bgPr !== undefined) return readFillProperties(bgPr, context);
  // A background reference points into the theme's fill styles; its colour child is what shows
  // for the usual plain styles.
  const bgRef = childNamed(bg, 'bgRef');
  if (bgRef === undefined) return undefined;
  const color = readFillColor(bgRef, context);
  return color === undefined ? undefined : { kind: 'scheme', color };
}

function readFillProperties(bgPr: XmlElement, context: ColorContext): PartBackground | undefined {
  for (const fill of elementChildren(bgPr)) {
    switch (localName(fill.name)) {
      case 'solidFill':
        return withColor('solid', readFillColor(fill, context));
      case 'gradFill': {
        const firstStop = elementChildren(childNamed(fill, 'gsLst'))[0];
        return withColor('gradient', readFillColor(firstStop, context));
      }
      case 'pattFill':
        return withColor('pattern', readFillColor(childNamed(fill, 'fgClr'), context));
      case 'blipFill': {
        const relId = attrOf(childNamed(fill, 'blip'), 'embed');
        return relId === undefined ? undefined : { kind: 'image', imageRelId: relId };
      }
      default:
        break;
    }
  }
  return undefined;
}

function withColor(kind: BackgroundKind, color: string | undefined): PartBackground | undefined {
  return color === undefined ? undefined : { kind, color };
}

interface Transform {
  readonly offsetX: number;
  readonly offsetY: number;
  readonly scaleX: number;
  readonly scaleY: number;
}

const IDENTITY: Transform = { offsetX: 0, offsetY: 0, scaleX: 1, scaleY: 1 };

/** Every embedded picture of the part's shape tree, groups flattened. */
export function readPictures(part: XmlElement): PartPicture[] {
  const tree = childAt(part, 'cSld', 'spTree');
  return tree === undefined ? [] : collectPictures(tree, IDENTITY);
}

function collectPictures(container: XmlElement, transform: Transform): PartPicture[] {
  return elementChildren(container).flatMap((child): PartPicture[] => {
    const name = localName(child.name);
    if (name === 'pic') return readPicture(child, transform);
    if (name === 'grpSp') return collectPictures(child, composeGroup(child, transform));
    return [];
  });
}

function readPicture(pic: XmlElement, transform: Transform): PartPicture[] {
  const relId = attrOf(findDescendant(childNamed(pic, 'blipFill'), 'blip'), 'embed');
  const box = readBox(childAt(pic, 'spPr', 'xfrm'));
  if (relId === undefined || box === undefined) return [];
  return [
    {
      relId,
      x: transform.offsetX + box.x * transform.scaleX,
      y: transform.offsetY + box.y * transform.scaleY,
      width: box.width * transform.scaleX,
      height: box.height * transform.scaleY,
    },
  ];
}

/** A group maps its child box (`chOff`/`chExt`) onto its own box (`off`/`ext`). */
function composeGroup(group: XmlElement, outer: Transform): Transform {
  const xfrm = childAt(group, 'grpSpPr', 'xfrm');
  const box = readBox(xfrm);
  const child = readPair(childNamed(xfrm, 'chOff'), 'x', 'y');
  const childExtent = readPair(childNamed(xfrm, 'chExt'), 'cx', 'cy');
  if (box === undefined || child === undefined || childExtent === undefined) return outer;
  const scaleX = childExtent[0] === 0 ? 1 : box.width / childExtent[0];
  const scaleY = childExtent[1] === 0 ? 1 : box.height / childExtent[1];
  return {
    offsetX: outer.offsetX + (box.x - child[0] * scaleX) * outer.scaleX,
    offsetY: outer.offsetY + (box.y - child[1] * scaleY) * outer.scaleY,
    scaleX: scaleX * outer.scaleX,
    scaleY: scaleY * outer.scaleY,
  };
}

function readBox(xfrm: XmlElement | undefined): { x: number; y: number; width: number; height: number } | undefined {
  const offset = readPair(childNamed(xfrm, 'off'), 'x', 'y');
  const extent = readPair(childNamed(xfrm, 'ext'), 'cx', 'cy');
  if (offset === undefined || extent === undefined) return undefined;
  return { x: offset[0], y: offset[1], width: extent[0], height: extent[1] };
}

function readPair(element: XmlElement | undefined, first: string, second: string): [number, number] | undefined {
  const a = Number(attrOf(element, first));
  const b = Number(attrOf(element, second));
  return element === undefined || !Number.isFinite(a) || !Number.isFinite(b) ? undefined : [a, b];
}
