/**
 * Every tunable of the charts: sizes, colours and caps. Defaults are for Discord: a dark theme (the
 * picture sits on Discord's dark grey) with high-contrast text, and text large enough to stay readable
 * when a phone shrinks the picture to the width of its screen (about 400 px for our 800).
 */
export interface ChartOptions {
  /** Width of the drawing in SVG units; the PNG is `width × scale` pixels wide (1000 by default). */
  readonly width: number;
  /**
   * Pixel density of the PNG: 1.25 keeps text crisp when a phone shows the picture at full width, while
   * rasterising and PNG encoding (most of a chart's time, in proportion to its pixels) stay quick.
   */
  readonly scale: number;
  /** Height of the plotting area of a chart that does not grow with its content (figures over time). */
  readonly plotHeight: number;
  /** Body text (labels, axes), in SVG units: about 11 px once a phone shrinks an 800-wide picture. */
  readonly fontSize: number;
  readonly titleFontSize: number;
  readonly colours: ChartColours;
  /** At most this many events on the timeline; the rest are counted in the subtitle ("40 drawn, 12 more in the list"). */
  readonly maxEvents: number;
  /** At most this many bars in a ranked chart, the largest kept. */
  readonly maxBars: number;
  /** A label longer than this many characters (a CJK character counts as two) is cut with "…". */
  readonly maxLabelChars: number;
}

export interface ChartColours {
  readonly background: string;
  readonly text: string;
  /** Axes, subtitles, leader lines: readable but quieter than the data. */
  readonly muted: string;
  readonly grid: string;
  /** Events that happened, and every bar and line. */
  readonly past: string;
  /** Targets ("by 2025"): a warm colour and a hollow diamond, so the two differ without colour too. */
  readonly target: string;
}

/** Discord's dark theme: its background is #313338; ours is one step darker so the picture has an edge. */
const DEFAULT_CHART_COLOURS: ChartColours = {
  background: '#1e1f22',
  text: '#f2f3f5',
  muted: '#b5bac1',
  grid: '#3f4147',
  past: '#5eb1ff',
  target: '#f0b232',
};

export const DEFAULT_CHART_OPTIONS: ChartOptions = {
  width: 800,
  scale: 1.25,
  plotHeight: 380,
  fontSize: 22,
  titleFontSize: 28,
  colours: DEFAULT_CHART_COLOURS,
  maxEvents: 40,
  maxBars: 12,
  maxLabelChars: 56,
};

/** The defaults with some options replaced (colours merged one by one). */
export function chartOptions(overrides: Partial<Omit<ChartOptions, 'colours'>> & { colours?: Partial<ChartColours> } = {}): ChartOptions {
  return { ...DEFAULT_CHART_OPTIONS, ...overrides, colours: { ...DEFAULT_CHART_COLOURS, ...overrides.colours } };
}
