/**
 * The background picture and the logo of a template. PowerPoint keeps them on the slide master,
 * but many templates (and every pptxgenjs "master") put them on a layout, so the master is
 * searched first, then the first slide's layout, then the other layouts.
 */
import { ResourceLimitError } from '../resource-budget.js';
import { extensionOf, readImageInfo, type ImageInfo } from './image-info.js';
import { readBackground, readPictures, type PartPicture } from './template-master.js';
import { relationshipById, type TemplatePackage, type TemplatePart } from './template-package.js';
import type { ColorContext } from './template-scheme.js';
import { attrOf, childAt } from '../ooxml/xml-query.js';

export interface FoundImage {
  readonly bytes: Uint8Array;
  readonly info: ImageInfo;
  /** File extension without a dot, kept from the template's part name when it fits the format. */
  readonly extension: string;
  /** Chinese: where in the template the picture was found. */
  readonly from: string;
}

export interface TemplateImages {
  readonly background: FoundImage | undefined;
  readonly logo: FoundImage | undefined;
  /** Chinese notes on pictures that were found but could not be used. */
  readonly skipped: readonly string[];
}

/** A picture covering this much of the slide is a background, not a logo. */
const BACKGROUND_AREA = 0.7;
/** A logo covers less than this much of the slide; anything between is a banner or photo. */
const LOGO_AREA = 0.3;
/** A logo spans less than this share of the slide's width and height; a title-bar strip does not. */
const LOGO_SPAN = 0.5;

interface Candidate {
  readonly part: TemplatePart;
  readonly relId: string;
  readonly from: string;
}

export async function findTemplateImages(pkg: TemplatePackage, context: ColorContext): Promise<TemplateImages> {
  const parts = searchOrder(pkg);
  const slideArea = pkg.slideSize.width * pkg.slideSize.height;
  const skipped: string[] = [];

  const backgroundCandidates = parts.flatMap((part): Candidate[] => {
    const fill = readBackground(part.xml, context);
    const fromFill = fill?.imageRelId === undefined ? [] : [{ part, relId: fill.imageRelId, from: `${describePart(part, pkg)}的背景` }];
    const fullSlide = readPictures(part.xml)
      .filter((picture) => picture.width * picture.height >= slideArea * BACKGROUND_AREA)
      .map((picture) => ({ part, relId: picture.relId, from: `${describePart(part, pkg)}上铺满页面的图片` }));
    return [...fromFill, ...fullSlide];
  });
  const { width: slideWidth, height: slideHeight } = pkg.slideSize;
  const fitsLogo = (picture: PartPicture): boolean =>
    picture.width > 0 &&
    picture.height > 0 &&
    picture.width * picture.height < slideArea * LOGO_AREA &&
    picture.width < slideWidth * LOGO_SPAN &&
    picture.height < slideHeight * LOGO_SPAN;
  const logoCandidates = parts.flatMap((part): Candidate[] =>
    readPictures(part.xml)
      .filter(fitsLogo)
      .sort((a, b) => b.width * b.height - a.width * a.height)
      .map((picture) => ({ part, relId: picture.relId, from: `${describePart(part, pkg)}上最大的图片` })),
  );

  const background = await firstUsable(backgroundCandidates, pkg, skipped);
  const logo = await firstUsable(logoCandidates, pkg, skipped);
  return { background, logo, skipped };
}

function searchOrder(pkg: TemplatePackage): TemplatePart[] {
  const parts = [pkg.master, pkg.firstSlideLayout, ...pkg.layouts].filter((part): part is TemplatePart => part !== undefined);
  return parts.filter((part, index) => parts.findIndex((other) => other.path === part.path) === index);
}

function describePart(part: TemplatePart, pkg: TemplatePackage): string {
  if (part.path === pkg.master?.path) return '母版';
  const name = attrOf(childAt(part.xml, 'cSld'), 'name')?.trim();
  return name === undefined || name === '' ? `版式（${part.path}）` : `版式“${name}”`;
}

async function firstUsable(candidates: readonly Candidate[], pkg: TemplatePackage, skipped: string[]): Promise<FoundImage | undefined> {
  const tried = new Set<string>();
  for (const candidate of candidates) {
    const rel = relationshipById(candidate.part, candidate.relId);
    if (rel === undefined || tried.has(rel.target)) continue;
    tried.add(rel.target);
    if (rel.external) {
      skipped.push(`${candidate.from}链接到外部文件（${rel.target}），未导入`);
      continue;
    }
    let bytes: Uint8Array | null;
    let info: ImageInfo | null;
    try {
      bytes = await pkg.readMedia(rel.target);
      info = bytes === null ? null : readImageInfo(bytes);
      if (bytes !== null && info !== null) pkg.budget.checkImage(bytes.byteLength, info.width * info.height, rel.target);
    } catch (error) {
      // A picture past a limit is left out (and said so); colours and fonts still import.
      if (!(error instanceof ResourceLimitError)) throw error;
      skipped.push(`${candidate.from}（${rel.target}）未导入：${error.message}`);
      continue;
    }
    if (bytes === null || info === null) {
      skipped.push(`${candidate.from}（${rel.target}）不是 PNG、JPEG 或 GIF 图片，未导入；如需要，请另存为 PNG 后写入主题的 images`);
      continue;
    }
    return { bytes, info, extension: keptExtension(rel.target, info), from: candidate.from };
  }
  return undefined;
}

const EXTENSIONS_BY_FORMAT: Readonly<Record<ImageInfo['format'], readonly string[]>> = {
  png: ['png'],
  jpeg: ['jpg', 'jpeg', 'jpe', 'jfif'],
  gif: ['gif'],
};

function keptExtension(path: string, info: ImageInfo): string {
  const dot = path.lastIndexOf('.');
  const extension = dot === -1 ? '' : path.slice(dot + 1).toLowerCase();
  return EXTENSIONS_BY_FORMAT[info.format].includes(extension) ? extension : extensionOf(info.format);
}
