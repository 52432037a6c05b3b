/**
 * Opening a PowerPoint file (.pptx or .potx) as a package: the theme part, the first slide
 * master, the layouts it offers and the slide size, found by following relationships the way
 * PowerPoint does instead of assuming part names.
 */
import { posix } from 'node:path';
import { openZip, UnreadableZipError, type ZipPackage } from '../ooxml/open-zip.js';
import { ResourceBudget } from '../resource-budget.js';
import { InputError } from '../errors.js';
import { MalformedXmlError, parseXml } from '../ooxml/xml-reader.js';
import { attrOf, childAt, childrenNamed, type XmlElement } from '../ooxml/xml-query.js';

export interface Relationship {
  readonly id: string;
  /** Last segment of the relationship type URI: `theme`, `slideMaster`, `image`, … */
  readonly type: string;
  /** The target part's path inside the package (no leading slash); the raw URI when external. */
  readonly target: string;
  readonly external: boolean;
}

export interface TemplatePart {
  readonly path: string;
  readonly xml: XmlElement;
  readonly rels: readonly Relationship[];
}

export interface TemplatePackage {
  readonly theme: TemplatePart;
  readonly master: TemplatePart | undefined;
  /** The layout the first slide uses, when the file has slides. */
  readonly firstSlideLayout: TemplatePart | undefined;
  /** The master's layouts in the order PowerPoint lists them. */
  readonly layouts: readonly TemplatePart[];
  /** Slide size in EMU. */
  readonly slideSize: { readonly width: number; readonly height: number };
  /** Bytes of a part (e.g. `ppt/media/image1.png`), or null when the package has none. */
  readMedia(path: string): Promise<Uint8Array | null>;
  /** What reading this template may still expand, parse and keep (src/resource-budget.ts). */
  readonly budget: ResourceBudget;
}

/** PowerPoint's default 16:9 slide, for packages that do not say. */
const DEFAULT_SLIDE_SIZE = { width: 12192000, height: 6858000 };

const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1] as const;

/** Throws InputError (in Chinese) when `bytes` is not a PowerPoint package with a theme. */
export async function openTemplatePackage(bytes: Uint8Array, fileName: string): Promise<TemplatePackage> {
  const budget = new ResourceBudget(fileName);
  const zip = loadZip(bytes, fileName, budget);
  const reader = createPartReader(zip, fileName, budget);

  const presentation = await reader.readPart('ppt/presentation.xml');
  const master = presentation === undefined ? undefined : await readFirstMaster(presentation, reader);
  const themePath =
    relationshipTarget(master, 'theme') ?? relationshipTarget(presentation, 'theme') ?? (zip.has('ppt/theme/theme1.xml') ? 'ppt/theme/theme1.xml' : undefined);
  const theme = themePath === undefined ? undefined : await reader.readPart(themePath);
  if (theme === undefined) {
    const what = presentation === undefined ? '不是 PowerPoint 演示文稿或模板' : '其中没有主题部件（ppt/theme/theme1.xml）';
    throw new InputError(`无法从 ${fileName} 导入主题：${what}`, {
      file: fileName,
      hint: '请选择用 PowerPoint 或 WPS 保存的 .pptx 或 .potx 文件（打开模板后“另存为” .pptx 即可）。',
    });
  }
  return {
    theme,
    master,
    firstSlideLayout: presentation === undefined ? undefined : await readFirstSlideLayout(presentation, reader),
    layouts: master === undefined ? [] : await readLayouts(master, reader),
    slideSize: readSlideSize(presentation?.xml),
    readMedia: async (path) => {
      const media = readDamaged(fileName, () => zip.bytes(path));
      if (media === undefined) return null;
      budget.checkImage(media.byteLength, undefined, path);
      return media;
    },
    budget,
  };
}

function loadZip(bytes: Uint8Array, fileName: string, budget: ResourceBudget): ZipPackage {
  if (OLE_SIGNATURE.every((byte, index) => bytes[index] === byte)) {
    throw new InputError(`无法打开 ${fileName}：这是旧版 PowerPoint 格式（.ppt/.pot），不能直接导入`, {
      file: fileName,
      hint: '请在 PowerPoint 或 WPS 中打开后“另存为” .pptx，再导入。',
    });
  }
  return readDamaged(fileName, () => openZip(bytes, budget));
}

/** A damaged zip or entry is the template's fault; a spent budget passes through with its own message. */
function readDamaged<T>(fileName: string, read: () => T): T {
  try {
    return read();
  } catch (error) {
    if (!(error instanceof UnreadableZipError)) throw error;
    throw new InputError(`无法打开 ${fileName}：文件已损坏，或不是 PowerPoint 文件（.pptx）`, {
      file: fileName,
      hint: '请确认文件能用 PowerPoint 或 WPS 打开，并保存为 .pptx 后重试。',
      cause: error,
    });
  }
}

interface PartReader {
  readPart(path: string): Promise<TemplatePart | undefined>;
}

function createPartReader(zip: ZipPackage, fileName: string, budget: ResourceBudget): PartReader {
  const readText = async (path: string): Promise<string | undefined> => readDamaged(fileName, () => zip.text(path));
  const parse = (path: string, text: string): XmlElement => {
    try {
      return parseXml(text, budget, path);
    } catch (error) {
      if (!(error instanceof MalformedXmlError)) throw error;
      throw new InputError(`无法读取 ${fileName}：其中的 ${path} 不是有效的 XML，文件可能已损坏`, {
        file: fileName,
        hint: '请在 PowerPoint 或 WPS 中打开并重新保存为 .pptx 后重试。',
        cause: error,
      });
    }
  };
  return {
    readPart: async (path) => {
      const text = await readText(path);
      if (text === undefined) return undefined;
      const relsPath = posix.join(posix.dirname(path), '_rels', `${posix.basename(path)}.rels`);
      const relsText = await readText(relsPath);
      const rels = relsText === undefined ? [] : readRelationships(parse(relsPath, relsText), path);
      return { path, xml: parse(path, text), rels };
    },
  };
}

function readRelationships(root: XmlElement, sourcePath: string): Relationship[] {
  return childrenNamed(root, 'Relationship').flatMap((rel): Relationship[] => {
    const id = attrOf(rel, 'Id');
    const type = attrOf(rel, 'Type');
    const target = attrOf(rel, 'Target');
    if (id === undefined || type === undefined || target === undefined) return [];
    const external = attrOf(rel, 'TargetMode') === 'External';
    return [{ id, type: type.slice(type.lastIndexOf('/') + 1), target: external ? target : resolveTarget(sourcePath, target), external }];
  });
}

/** A relationship target relative to its source part's folder, or absolute from the package root. */
export function resolveTarget(sourcePath: string, target: string): string {
  const decoded = safeDecode(target);
  const joined = decoded.startsWith('/') ? decoded : posix.join(posix.dirname(sourcePath), decoded);
  return posix.normalize(joined).replace(/^\/+/, '');
}

function safeDecode(target: string): string {
  try {
    return decodeURIComponent(target);
  } catch {
    return target;
  }
}

export function relationshipById(part: TemplatePart | undefined, id: string): Relationship | undefined {
  return part?.rels.find((rel) => rel.id === id);
}

function relationshipTarget(part: TemplatePart | undefined, type: string): string | undefined {
  return part?.rels.find((rel) => rel.type === type && !rel.external)?.target;
}

/** Targets of the relationships a list element names in order (`p:sldMasterIdLst`, `p:sldIdLst`, …). */
function listedTargets(part: TemplatePart, list: XmlElement | undefined, itemName: string): string[] {
  return childrenNamed(list, itemName).flatMap((item) => {
    const rel = relationshipById(part, relationshipIdOf(item) ?? '');
    return rel === undefined || rel.external ? [] : [rel.target];
  });
}

/** The `r:id` of a list item; its unprefixed `id` is a different number. */
function relationshipIdOf(item: XmlElement): string | undefined {
  const key = Object.keys(item.attrs).find((name) => name.includes(':') && name.slice(name.indexOf(':') + 1) === 'id');
  return key === undefined ? undefined : item.attrs[key];
}

async function readFirstMaster(presentation: TemplatePart, reader: PartReader): Promise<TemplatePart | undefined> {
  const listed = listedTargets(presentation, childAt(presentation.xml, 'sldMasterIdLst'), 'sldMasterId');
  const path = listed[0] ?? relationshipTarget(presentation, 'slideMaster');
  return path === undefined ? undefined : reader.readPart(path);
}

async function readFirstSlideLayout(presentation: TemplatePart, reader: PartReader): Promise<TemplatePart | undefined> {
  const firstSlidePath = listedTargets(presentation, childAt(presentation.xml, 'sldIdLst'), 'sldId')[0];
  const firstSlide = firstSlidePath === undefined ? undefined : await reader.readPart(firstSlidePath);
  const layoutPath = relationshipTarget(firstSlide, 'slideLayout');
  return layoutPath === undefined ? undefined : reader.readPart(layoutPath);
}

async function readLayouts(master: TemplatePart, reader: PartReader): Promise<TemplatePart[]> {
  const paths = listedTargets(master, childAt(master.xml, 'sldLayoutIdLst'), 'sldLayoutId');
  const parts = await Promise.all(paths.map((path) => reader.readPart(path)));
  return parts.filter((part): part is TemplatePart => part !== undefined);
}

function readSlideSize(presentation: XmlElement | undefined): { width: number; height: number } {
  const size = childAt(presentation, 'sldSz');
  const width = Number(attrOf(size, 'cx'));
  const height = Number(attrOf(size, 'cy'));
  return width > 0 && height > 0 ? { width, height } : DEFAULT_SLIDE_SIZE;
}
