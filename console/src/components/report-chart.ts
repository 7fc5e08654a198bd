// A report table drawn as a bar or line chart (echarts 6, only the parts used are bundled): the first text column is
// the category axis, every numeric column a series; a toggle switches bar and line.

import { BarChart, LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { t } from '../i18n';
import { h } from './dom';

echarts.use([BarChart, LineChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

/** A report table as the API flattens it (ReportTable): cells as text, numbers as invariant text. */
export interface ChartTable {
  name: string;
  columns: { path: string; label: string; numeric: boolean }[];
  rows: (string | null)[][];
}
type Kind = 'bar' | 'line';

/** The category labels and one series per numeric column; null when the table has no numeric column. */
export function chartData(table: ChartTable): { categories: string[]; series: { name: string; data: (number | null)[] }[] } | null {
  const numeric = table.columns.map((c, i) => (c.numeric ? i : -1)).filter((i) => i >= 0);
  if (numeric.length === 0) return null;
  const text = table.columns.findIndex((c) => !c.numeric);
  const categories = table.rows.map((row, i) => (text >= 0 ? (row[text] ?? '') : String(i + 1)));
  const series = numeric.map((i) => ({
    name: table.columns[i].label,
    data: table.rows.map((row) => (row[i] === null || row[i] === undefined || row[i] === '' ? null : Number(row[i]))),
  }));
  return { categories, series };
}

/** The chart of one table with its bar/line toggle, or a note that it has nothing numeric. */
export function reportChart(table: ChartTable, initial: Kind = 'bar'): HTMLElement {
  const data = chartData(table);
  if (!data) return h('p', { class: 'muted' }, t('reportNoChart'));
  const canvas = h('div', { class: 'report-chart', 'data-chart': table.name });
  // Counts beside amounts: series whose largest values differ a hundredfold get the right-hand axis.
  const peaks = data.series.map((s) => Math.max(0, ...s.data.map((v) => Math.abs(v ?? 0))));
  const top = Math.max(...peaks);
  const axisOf = peaks.map((p) => (p * 100 < top ? 1 : 0));
  const twoAxes = axisOf.includes(1);
  let kind: Kind = initial;
  let chart: echarts.ECharts | null = null;
  const draw = () => {
    chart ??= echarts.init(canvas, undefined, { renderer: 'canvas' });
    chart.setOption({
      tooltip: { trigger: 'axis' },
      legend: { top: 0 },
      grid: { left: 60, right: 20, top: 36, bottom: 60 },
      xAxis: { type: 'category', data: data.categories, axisLabel: { interval: 0, rotate: data.categories.length > 6 ? 30 : 0 } },
      yAxis: twoAxes ? [{ type: 'value' }, { type: 'value' }] : { type: 'value' },
      series: data.series.map((s, i) => ({ ...s, type: kind, yAxisIndex: twoAxes ? axisOf[i] : 0 })),
    }, true);
  };
  const toggle = (value: Kind, label: string) => h('label', {},
    h('input', { type: 'radio', name: `chart-${table.name}`, value, checked: value === kind, onchange: () => { kind = value; draw(); } }), ' ', label);
  // echarts needs the element laid out: draw once it is in the page, and again when its width changes.
  new ResizeObserver(() => {
    if (canvas.clientWidth === 0) return;
    if (chart) chart.resize();
    else draw();
  }).observe(canvas);
  return h('div', { class: 'report-chart-box' },
    h('p', { class: 'chart-kind', 'data-chart-kind': table.name }, toggle('bar', t('reportChartBar')), ' ', toggle('line', t('reportChartLine'))),
    canvas);
}
