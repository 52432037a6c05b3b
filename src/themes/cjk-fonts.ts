/**
 * Whether a font can draw Chinese, judged by its name: a template names fonts, it rarely embeds
 * them, and huibao cannot look at the office PC's fonts. Only such a font may fill the East Asian
 * slot of a theme: PowerPoint draws Chinese in that slot's face, and a Latin-only one (LibreOffice
 * templates put DejaVu Sans there) leaves the choice to whatever fallback the viewing machine has.
 * A name not recognised here counts as Latin-only; the import then keeps the base theme's Chinese
 * font and says so, and the user can still write the name into the theme file by hand.
 */

/** A Chinese, Japanese or Korean character in the name: 宋体, 仿宋_GB2312, ＭＳ 明朝, 맑은 고딕. */
const CJK_CHARACTER = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]/u;

/**
 * Families that cover Chinese (most also Japanese or Korean ones, which draw Chinese characters in
 * their own style and stay readable), as their English names are written. Matched against the name
 * lower-cased, without spaces, hyphens and underscores, at its start.
 */
const CJK_FAMILIES: readonly string[] = [
  // Windows (Simplified and Traditional Chinese)
  'simsun',
  'nsimsun',
  'simhei',
  'simkai',
  'simfang',
  'kaiti',
  'fangsong',
  'microsoftyahei',
  'microsoftjhenghei',
  'dengxian',
  'youyuan',
  'lisu',
  'mingliu',
  'pmingliu',
  'dfkaisb',
  'arialunicodems',
  // Office and macOS Chinese fonts (华文, 方正, 苹方, 冬青, 宋体-简, 黑体-简, 楷体-简)
  'stsong',
  'stheiti',
  'stkaiti',
  'stfangsong',
  'stzhongsong',
  'stxihei',
  'stxinwei',
  'stcaiyun',
  'sthupo',
  'stliti',
  'stxingkai',
  'fz',
  'pingfang',
  'hiraginosansgb',
  'hiraginosanscns',
  'heitisc',
  'heititc',
  'songtisc',
  'songtitc',
  'kaitisc',
  'kaititc',
  'lantinghei',
  'yuanti',
  // Linux and open fonts
  'notosanscjk',
  'notoserifcjk',
  'notosanssc',
  'notosanstc',
  'notosanshk',
  'notoserifsc',
  'notoseriftc',
  'notoserifhk',
  'sourcehansans',
  'sourcehanserif',
  'wenquanyi',
  'wqy',
  'droidsansfallback',
  'arpl',
  'sarasa',
  'lxgwwenkai',
  'unifont',
  // Chinese vendors' free fonts
  'harmonyossanssc',
  'harmonyossanstc',
  'alibabapuhuiti',
  'opposans',
  'misans',
  'smileysans',
  'zcool',
  // Adobe
  'adobesongstd',
  'adobeheitistd',
  'adobekaitistd',
  'adobefangsongstd',
  'adobemingstd',
  // Japanese and Korean system fonts (they include the common Chinese characters)
  'msmincho',
  'mspmincho',
  'msgothic',
  'mspgothic',
  'msuigothic',
  'meiryo',
  'yugothic',
  'yumincho',
  'hiragino',
  'kozuka',
  'malgungothic',
  'batang',
  'gulim',
  'dotum',
];

function normalise(face: string): string {
  return face.toLowerCase().replace(/[\s_-]+/gu, '');
}

/** True when the font named `face` is known to draw Chinese text. */
export function canShowChinese(face: string): boolean {
  if (CJK_CHARACTER.test(face)) return true;
  const name = normalise(face);
  return name !== '' && CJK_FAMILIES.some((family) => name.startsWith(family));
}
