// Embedded charts: the Charts.ChartType enum, EmbeddedChartBuilder (sheet.newChart()) and EmbeddedChart.
// https://developers.google.com/apps-script/reference/spreadsheet/embedded-chart-builder

import type { ChartModel, ChartRange } from './model';
import type { EnumValue, Runtime } from './runtime';

export const CHART_TYPES = [
  'AREA',
  'BAR',
  'BUBBLE',
  'CANDLESTICK',
  'COLUMN',
  'COMBO',
  'GAUGE',
  'GEO',
  'HISTOGRAM',
  'LINE',
  'ORG',
  'PIE',
  'RADAR',
  'SCATTER',
  'SPARKLINE',
  'STEPPED_AREA',
  'TABLE',
  'TIMELINE',
  'TREEMAP',
  'WATERFALL',
] as const;

/** What the builder needs from the spreadsheet side: turning Range objects into model ranges and back. */
export interface ChartHost {
  runtime: Runtime;
  toChartRange(range: unknown): ChartRange;
  fromChartRange(range: ChartRange): unknown;
  nextChartId(): number;
  containerSheetId: number;
}

export class EmbeddedChartBuilder {
  private model: ChartModel;

  constructor(
    private readonly host: ChartHost,
    from?: ChartModel,
  ) {
    this.model = from
      ? structuredClone(from)
      : {
          chartId: 0,
          type: 'COLUMN',
          ranges: [],
          position: { anchorRow: 1, anchorColumn: 1, offsetX: 0, offsetY: 0 },
          options: {},
        };
  }

  private chartTypeName(type: unknown): string {
    const name = String(type);
    if (!(CHART_TYPES as readonly string[]).includes(name)) {
      this.host.runtime.fail(
        `The parameters (${typeof type}) don't match the method signature for EmbeddedChartBuilder.setChartType.`,
      );
    }
    return name;
  }

  setChartType(type: EnumValue): this {
    this.model.type = this.chartTypeName(type);
    return this;
  }

  getChartType(): string {
    return this.model.type;
  }

  addRange(range: unknown): this {
    this.model.ranges.push(this.host.toChartRange(range));
    return this;
  }

  removeRange(range: unknown): this {
    const r = JSON.stringify(this.host.toChartRange(range));
    this.model.ranges = this.model.ranges.filter((x) => JSON.stringify(x) !== r);
    return this;
  }

  clearRanges(): this {
    this.model.ranges = [];
    return this;
  }

  getRanges(): unknown[] {
    return this.model.ranges.map((r) => this.host.fromChartRange(r));
  }

  setPosition(anchorRowPos: number, anchorColPos: number, offsetX: number, offsetY: number): this {
    this.model.position = { anchorRow: anchorRowPos, anchorColumn: anchorColPos, offsetX, offsetY };
    return this;
  }

  setOption(option: string, value: unknown): this {
    this.model.options[option] = JSON.parse(JSON.stringify(value ?? null));
    return this;
  }

  setNumHeaders(headers: number): this {
    return this.setOption('numHeaders', headers);
  }

  setTransposeRowsAndColumns(transpose: boolean): this {
    return this.setOption('transposeRowsAndColumns', transpose);
  }

  setMergeStrategy(strategy: unknown): this {
    return this.setOption('mergeStrategy', String(strategy));
  }

  setHiddenDimensionStrategy(strategy: unknown): this {
    return this.setOption('hiddenDimensionStrategy', String(strategy));
  }

  // Typed builders (asColumnChart() …) add setters such as setTitle; here they stay one builder.
  asAreaChart(): this {
    return this.setChartType('AREA' as never);
  }
  asBarChart(): this {
    return this.setChartType('BAR' as never);
  }
  asColumnChart(): this {
    return this.setChartType('COLUMN' as never);
  }
  asComboChart(): this {
    return this.setChartType('COMBO' as never);
  }
  asLineChart(): this {
    return this.setChartType('LINE' as never);
  }
  asPieChart(): this {
    return this.setChartType('PIE' as never);
  }
  asTableChart(): this {
    return this.setChartType('TABLE' as never);
  }

  setTitle(title: string): this {
    return this.setOption('title', title);
  }

  setXAxisTitle(title: string): this {
    return this.setOption('hAxis.title', title);
  }

  setYAxisTitle(title: string): this {
    return this.setOption('vAxis.title', title);
  }

  setLegendPosition(position: unknown): this {
    return this.setOption('legend.position', String(position).toLowerCase());
  }

  setColors(colors: string[]): this {
    return this.setOption('colors', colors);
  }

  setStacked(): this {
    return this.setOption('isStacked', true);
  }

  setDimensions(width: number, height: number): this {
    this.setOption('width', width);
    return this.setOption('height', height);
  }

  build(): EmbeddedChart {
    const model = structuredClone(this.model);
    if (!model.chartId) model.chartId = this.host.nextChartId();
    return this.host.runtime.wrap(new EmbeddedChart(this.host, model), 'EmbeddedChart');
  }
}

export class EmbeddedChart {
  constructor(
    private readonly host: ChartHost,
    readonly model: ChartModel,
  ) {}

  getChartId(): number {
    return this.model.chartId;
  }

  getId(): string {
    return `u${this.model.chartId}`;
  }

  getRanges(): unknown[] {
    return this.model.ranges.map((r) => this.host.fromChartRange(r));
  }

  getOptions(): { get(option: string): unknown; getOrDefault(option: string): unknown } {
    const options = this.model.options;
    return this.host.runtime.wrap(
      {
        get: (option: string) => options[option] ?? null,
        getOrDefault: (option: string) => options[option] ?? null,
      },
      'ChartOptions',
    );
  }

  getContainerInfo(): object {
    const p = this.model.position;
    return this.host.runtime.wrap(
      {
        getAnchorRow: () => p.anchorRow,
        getAnchorColumn: () => p.anchorColumn,
        getOffsetX: () => p.offsetX,
        getOffsetY: () => p.offsetY,
      },
      'ContainerInfo',
    );
  }

  getNumHeaders(): number {
    return Number(this.model.options['numHeaders'] ?? -1);
  }

  modify(): EmbeddedChartBuilder {
    return this.host.runtime.wrap(new EmbeddedChartBuilder(this.host, this.model), 'EmbeddedChartBuilder');
  }
}
