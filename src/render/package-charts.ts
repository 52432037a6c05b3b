import { listChildElements, mapElementContent } from './package-xml.js';

/** 2D chart groups whose schema allows exactly two `c:axId` (pptxgenjs writes a third: PptxGenJS #1534). */
const TWO_AXIS_CHARTS = ['c:barChart', 'c:lineChart', 'c:areaChart', 'c:scatterChart', 'c:radarChart', 'c:bubbleChart'];

/** Chart groups whose series have no `c:invertIfNegative` (only bar and bubble series do). */
const NO_INVERT_CHARTS = [
  'c:lineChart', 'c:line3DChart', 'c:areaChart', 'c:area3DChart', 'c:pieChart', 'c:pie3DChart',
  'c:doughnutChart', 'c:ofPieChart', 'c:radarChart', 'c:scatterChart',
];

function keepFirstAxisIds(content: string, limit: number): string {
  let seen = 0;
  return content.replace(/<c:axId\s[^>]*\/>/g, (axisId) => {
    seen += 1;
    return seen <= limit ? axisId : '';
  });
}

const HEAD = ['idx', 'order', 'tx', 'spPr'];
const BAR_SERIES = [...HEAD, 'invertIfNegative', 'pictureOptions', 'dPt', 'dLbls', 'trendline', 'errBars', 'cat', 'val', 'shape', 'extLst'];
const LINE_SERIES = [...HEAD, 'marker', 'dPt', 'dLbls', 'trendline', 'errBars', 'cat', 'val', 'smooth', 'extLst'];
const AREA_SERIES = [...HEAD, 'pictureOptions', 'dPt', 'dLbls', 'trendline', 'errBars', 'cat', 'val', 'extLst'];
const PIE_SERIES = [...HEAD, 'explosion', 'dPt', 'dLbls', 'cat', 'val', 'extLst'];
const RADAR_SERIES = [...HEAD, 'marker', 'dPt', 'dLbls', 'cat', 'val', 'extLst'];
const SCATTER_SERIES = [...HEAD, 'marker', 'dPt', 'dLbls', 'trendline', 'errBars', 'xVal', 'yVal', 'smooth', 'extLst'];
const BUBBLE_SERIES = [...HEAD, 'invertIfNegative', 'dPt', 'dLbls', 'trendline', 'errBars', 'xVal', 'yVal', 'bubbleSize', 'bubble3D', 'extLst'];

/** Series children in schema order, per chart group (dml-chart.xsd CT_*Ser). */
const SERIES_ORDER: Readonly<Record<string, readonly string[]>> = {
  'c:barChart': BAR_SERIES,
  'c:bar3DChart': BAR_SERIES,
  'c:lineChart': LINE_SERIES,
  'c:line3DChart': LINE_SERIES,
  'c:areaChart': AREA_SERIES,
  'c:area3DChart': AREA_SERIES,
  'c:pieChart': PIE_SERIES,
  'c:pie3DChart': PIE_SERIES,
  'c:doughnutChart': PIE_SERIES,
  'c:radarChart': RADAR_SERIES,
  'c:scatterChart': SCATTER_SERIES,
  'c:bubbleChart': BUBBLE_SERIES,
};

/** Stable sort of one series' children into schema order; unknown children stay before extLst. */
export function orderSeriesChildren(seriesContent: string, order: readonly string[]): string {
  const children = listChildElements(seriesContent, 0, seriesContent.length);
  const rank = (name: string): number => {
    const index = order.indexOf(name.replace(/^c:/, ''));
    return index < 0 ? order.length - 1.5 : index;
  };
  const sorted = children
    .map((child, index) => ({ child, index, rank: rank(child.name) }))
    .sort((a, b) => a.rank - b.rank || a.index - b.index);
  if (sorted.every((entry, index) => entry.index === index)) return seriesContent;
  return sorted.map(({ child }) => seriesContent.slice(child.start, child.end)).join('');
}

/**
 * Repairs the schema faults pptxgenjs 4.0.1 writes into chart parts, each reported to cause a
 * repair prompt in Microsoft 365: a third `c:axId` in 2D charts, no `c:grouping` (required) in
 * line charts, `c:invertIfNegative` in series of chart types that do not have it, and series
 * children out of order (a line series' `c:marker` after `c:dLbls`), and category-axis elements
 * inside value axes (scatter, bubble).
 */
export function fixChartSchema(chartXml: string): string {
  let result = chartXml;
  for (const [chart, order] of Object.entries(SERIES_ORDER)) {
    result = mapElementContent(result, chart, (group) => {
      return mapElementContent(group, 'c:ser', (series) => orderSeriesChildren(series, order));
    });
  }
  for (const chart of TWO_AXIS_CHARTS) {
    result = mapElementContent(result, chart, (content) => keepFirstAxisIds(content, 2));
  }
  // Scatter and bubble charts get category-axis settings on their value axes.
  const categoryAxisOnly = /\s*<c:(?:auto|lblAlgn|lblOffset|noMultiLvlLbl)\s[^>]*\/>/g;
  result = mapElementContent(result, 'c:valAx', (content) => content.replace(categoryAxisOnly, ''));
  result = mapElementContent(result, 'c:lineChart', (content) => {
    return /^\s*<c:grouping[\s/>]/.test(content) ? content : `<c:grouping val="standard"/>${content}`;
  });
  for (const chart of NO_INVERT_CHARTS) {
    result = mapElementContent(result, chart, (content) => content.replace(/\s*<c:invertIfNegative\s[^>]*\/>/g, ''));
  }
  return result;
}
