import type { CuratedRun } from './measureCurated.ts';
import { PHONE, type PhoneRun } from './measurePhone.ts';
import type { RunLimits, RunResult } from './measureRun.ts';
import { median, METRICS, type SideSummary } from './summarize.ts';

/** Everything one `npm run bench` measured, as written to results/latest.json. */
export interface BenchReport {
  date: string;
  machine: {
    cpus: string;
    cores: number;
    memoryGB: number;
    node: string;
    chromium: string;
    /** The 1-minute load average when the runs began and ended; other work on the machine skews every number. */
    loadAverage: { start: number; end: number };
  };
  sizes: number[];
  runsPerSide: number;
  limits: RunLimits;
  ourInitialJs: { files: { file: string; gzipBytes: number }[]; gzipBytes: number };
  /** Loads of our site with the curated dataset: when its scripts had arrived and when it had drawn. */
  curated: CuratedRun[];
  /** Loads of our site with the curated dataset under the phone profile. */
  phone: PhoneRun[];
  /** False when dist/ was rebuilt while the bench ran, so our runs may come from two builds. */
  sameBuild: boolean;
  summaries: SideSummary[];
  runs: RunResult[];
}

const grouped = (n: number, digits = 0) =>
  n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });

/** A metric value as a person reads it: whole milliseconds and counts, MB and short times to one decimal. */
function formatValue(value: number | null | undefined, unit: string): string {
  if (value === undefined) return '–';
  if (value === null) return 'DNF';
  if (unit === 'MB' || (unit === 'ms' && value < 100))
    return `${grouped(value, 1)}${unit ? ` ${unit}` : ''}`;
  return `${grouped(value)}${unit ? ` ${unit}` : ''}`;
}

/** ours / vis, with as many digits as help: "0.048×", "0.42×", "12.5×", "250×"; "–" when either did not finish, did not run, or vis is 0. */
function formatRatio(ours: number | null | undefined, vis: number | null | undefined): string {
  if (typeof ours !== 'number' || typeof vis !== 'number' || vis === 0) return '–';
  const r = ours / vis;
  return `${r >= 100 ? grouped(r) : r >= 10 ? grouped(r, 1) : r >= 0.1 ? grouped(r, 2) : grouped(r, 3)}×`;
}

/** One row per metric and size: [events, metric, ours, vis, ratio]. */
function rows(report: BenchReport): string[][] {
  return report.sizes.flatMap((size) => {
    const find = (side: string) => report.summaries.find((s) => s.side === side && s.size === size);
    const ours = find('ours');
    const vis = find('vis');
    return METRICS.map(({ key, label, unit }) => [
      grouped(size),
      label,
      formatValue(ours?.medians[key], unit),
      formatValue(vis?.medians[key], unit),
      formatRatio(ours?.medians[key], vis?.medians[key]),
    ]);
  });
}

const HEADER = ['events', 'metric', 'ours', 'vis-timeline', 'ours / vis'];

/** The medians as an aligned plain-text table, for the terminal. */
export function formatTable(report: BenchReport): string {
  const all = [HEADER, ...rows(report)];
  const widths = HEADER.map((_, c) => Math.max(...all.map((r) => r[c]!.length)));
  const line = (r: string[]) =>
    r.map((cell, c) => (c < 2 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  ');
  return [
    line(HEADER),
    widths.map((w) => '-'.repeat(w)).join('  '),
    ...all.slice(1).map(line),
    '',
    ...footnotes(report),
    ...phoneLines(report),
  ].join('\n');
}

/** The medians as a Markdown table with its context, ready to paste into the README. */
export function formatMarkdown(report: BenchReport): string {
  const row = (r: string[]) => `| ${r.join(' | ')} |`;
  return [
    `Medians of ${report.runsPerSide} runs per side, alternating sides, a fresh page each run; ` +
      `Chromium ${report.machine.chromium}, ${report.machine.cores} × ${report.machine.cpus}, ${report.date.slice(0, 10)}.`,
    '',
    row(HEADER),
    row(HEADER.map((_, c) => (c < 2 ? '---' : '---:'))),
    ...rows(report).map(row),
    '',
    ...footnotes(report).map((note) => `- ${note}`),
    ...phoneLines(report).map((line, i) => (i === 0 ? `- ${line}` : `  ${line}`)),
    '',
  ].join('\n');
}

function footnotes(report: BenchReport): string[] {
  const notes = [
    `Our initial JavaScript: ${grouped(report.ourInitialJs.gzipBytes / 1024, 1)} KB gzipped (${report.ourInitialJs.files.map((f) => f.file).join(', ')}).`,
  ];
  if (report.curated.length > 0) {
    const after = median(report.curated.map((r) => r.firstRenderMs - r.scriptsLoadedMs))!;
    const at = median(report.curated.map((r) => r.firstRenderMs))!;
    notes.push(
      `Our curated dataset: first render ${grouped(after)} ms after the page's scripts had loaded (${grouped(at)} ms after navigation; median of ${report.curated.length}).`,
    );
  }
  const { cores, loadAverage } = report.machine;
  if (loadAverage.start > cores / 2) {
    notes.push(
      `Warning: the machine was already busy when the runs began (load average ${loadAverage.start.toFixed(1)} on ${cores} cores); the times are skewed.`,
    );
  }
  if (!report.sameBuild)
    notes.push(
      'Warning: dist/ was rebuilt during the run, so our runs may come from two builds; run the bench again.',
    );
  for (const s of report.summaries.filter((x) => x.unfinished > 0)) {
    const reasons = new Set(
      report.runs
        .filter((r) => r.side === s.side && r.size === s.size && r.note)
        .map((r) => r.note),
    );
    notes.push(
      `${s.side === 'ours' ? 'Ours' : 'vis-timeline'} at ${grouped(s.size)} events: ${s.unfinished} of ${s.runs} runs did not finish (${[...reasons].join('; ')}).`,
    );
  }
  return notes;
}

/** The phone profile's medians, one line each, for the terminal and the README. */
export function phoneLines(report: BenchReport): string[] {
  if (report.phone.length === 0) return [];
  const m = (pick: (r: PhoneRun) => number) => median(report.phone.map(pick))!;
  return [
    `Phone profile (curated site, ${PHONE.viewport.width}×${PHONE.viewport.height}, CPU ${PHONE.cpuSlowdown}× slower, ` +
      `${(PHONE.downloadBytesPerSecond * 8) / 1e6} Mbps, ${PHONE.roundTripMs} ms round trip; medians of ${report.phone.length}):`,
    `timeline-ready ${grouped(m((r) => r.readyMs))} ms; LCP ${grouped(m((r) => r.lcpMs))} ms; ` +
      `CLS ${m((r) => r.cls).toFixed(3)}; total blocking time ${grouped(m((r) => r.tbtMs))} ms; ` +
      `${grouped(m((r) => r.bytes) / 1024)} KB transferred.`,
  ];
}
