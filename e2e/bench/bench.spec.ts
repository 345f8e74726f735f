import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { resolve } from 'node:path';
import { test } from '@playwright/test';
import { formatMarkdown, formatTable, type BenchReport } from './formatReport.ts';
import { initialPayload } from './initialPayload.ts';
import { measureCurated, type CuratedRun } from './measureCurated.ts';
import { measurePhone, type PhoneRun } from './measurePhone.ts';
import { measureRun, type RunLimits, type RunResult } from './measureRun.ts';
import { serveBench, warmBenchData, type Side } from './benchServer.ts';
import { summarize } from './summarize.ts';
import { syntheticEvents } from './syntheticEvents.ts';

const RUNS = 3;
const LIMITS: RunLimits = { firstRenderMs: 120_000, settleMs: 30_000, interactionMs: 60_000 };
// Opening and closing a context and page, on top of the three caps.
const RUN_OVERHEAD_MS = 20_000;
const RESULTS = resolve(import.meta.dirname, 'results');
const DIST = resolve(import.meta.dirname, '../../dist');

/** A comma-separated list from the environment, each item checked; a bad item stops the bench with a message. */
function listFromEnv<T>(name: string, fallback: T[], parse: (item: string) => T | null): T[] {
  const raw = process.env[name];
  if (!raw) return fallback;
  return raw.split(',').map((item) => {
    const value = parse(item.trim());
    if (value === null)
      throw new Error(
        `${name}=${raw}: "${item}" is not allowed here (default: ${fallback.join(',')}).`,
      );
    return value;
  });
}

const SIZES = listFromEnv('BENCH_SIZES', [1_000, 10_000, 100_000], (s) =>
  /^[1-9]\d*$/.test(s) ? Number(s) : null,
);
const SIDES = listFromEnv<Side>('BENCH_SIDES', ['ours', 'vis'], (s) =>
  s === 'ours' || s === 'vis' ? s : null,
);

const datasets = new Map<number, string>();
const datasetJson = (size: number) => {
  if (!datasets.has(size)) datasets.set(size, JSON.stringify(syntheticEvents(size)));
  return datasets.get(size)!;
};

test('our timeline and vis-timeline load, zoom and pan the same synthetic events', async ({
  browser,
}, testInfo) => {
  // The e2e config ignores bench/; should that ever change, npm test still skips this 15-minute run.
  test.skip(
    testInfo.project.name !== 'bench',
    'The benchmark runs with npm run bench, not npm test.',
  );
  // Only a cap ends a slow run, never the test's own timeout.
  test.setTimeout(
    SIZES.length *
      RUNS *
      SIDES.length *
      (LIMITS.firstRenderMs + LIMITS.settleMs + LIMITS.interactionMs + RUN_OVERHEAD_MS),
  );

  // Another build into dist/ during the run (npm test, a developer) would silently mix two builds.
  const builtAtStart = initialPayload(DIST);
  const loadAtStart = loadavg()[0]!;
  const runs: RunResult[] = [];
  const server = await serveBench(datasetJson);
  const curated: CuratedRun[] = [];
  const phone: PhoneRun[] = [];
  try {
    if (SIDES.includes('ours')) {
      for (let run = 1; run <= RUNS; run++) {
        const result = await measureCurated(
          browser,
          builtAtStart.files.map((f) => f.file),
        );
        curated.push(result);
        console.log(
          `ours curated, run ${run}: scripts in at ${Math.round(result.scriptsLoadedMs)} ms, first render at ${Math.round(result.firstRenderMs)} ms`,
        );
      }
      for (let run = 1; run <= RUNS && process.env.BENCH_PHONE !== '0'; run++) {
        const result = await measurePhone(browser);
        phone.push(result);
        console.log(
          `ours phone, run ${run}: ready ${Math.round(result.readyMs)} ms, LCP ${Math.round(result.lcpMs)} ms, CLS ${result.cls.toFixed(3)}, TBT ${Math.round(result.tbtMs)} ms, ${Math.round(result.bytes / 1024)} KB`,
        );
      }
    }
    for (const size of SIZES) {
      await warmBenchData(size);
      for (let run = 1; run <= RUNS; run++) {
        for (const side of SIDES) {
          const result = await measureRun(browser, side, size, run, LIMITS);
          runs.push(result);
          console.log(
            `${side.padEnd(4)} ${String(size).padStart(6)} events, run ${run}: ${describeRun(result)}`,
          );
          if (
            side === 'ours' &&
            result.firstRenderMs === null &&
            !runs.some((r) => r.side === 'ours' && r.firstRenderMs !== null)
          ) {
            throw new Error(
              `Our site showed no 'timeline-ready' mark (${result.note}). The benchmark needs the site to load ?data=<url> ` +
                `and to call performance.mark('timeline-ready') after its first complete render; see e2e/bench/README.md.`,
            );
          }
        }
      }
    }
  } finally {
    server.close();
    if (runs.length > 0 || phone.length > 0)
      report(runs, curated, phone, browser.version(), builtAtStart, loadAtStart);
  }
});

function describeRun(r: RunResult): string {
  if (r.firstRenderMs === null) return `DNF (${r.note})`;
  const first = `first render ${Math.round(r.firstRenderMs)} ms, heap ${(r.heapBytes! / 1_048_576).toFixed(1)} MB, ${r.domNodes} elements`;
  return r.interaction
    ? `${first}, gesture ${r.interaction.durationMs} ms`
    : `${first}, gesture DNF (${r.note})`;
}

function report(
  runs: RunResult[],
  curated: CuratedRun[],
  phone: PhoneRun[],
  chromium: string,
  builtAtStart: BenchReport['ourInitialJs'],
  loadAtStart: number,
) {
  const sizes = SIZES.filter((size) => runs.some((r) => r.size === size));
  const ourInitialJs = initialPayload(DIST);
  const sameBuild = JSON.stringify(ourInitialJs) === JSON.stringify(builtAtStart);
  const report: BenchReport = {
    date: new Date().toISOString(),
    machine: {
      cpus: cpus()[0]?.model ?? 'unknown CPU',
      cores: cpus().length,
      memoryGB: Math.round(totalmem() / 2 ** 30),
      node: process.version,
      chromium,
      loadAverage: { start: loadAtStart, end: loadavg()[0]! },
    },
    sizes,
    runsPerSide: RUNS,
    limits: LIMITS,
    ourInitialJs,
    curated,
    phone,
    sameBuild,
    summaries: sizes.flatMap((size) => SIDES.flatMap((side) => summarize(runs, side, size) ?? [])),
    runs,
  };
  mkdirSync(RESULTS, { recursive: true });
  writeFileSync(resolve(RESULTS, 'latest.json'), `${JSON.stringify(report, null, 2)}\n`);
  writeFileSync(resolve(RESULTS, 'latest.md'), formatMarkdown(report));
  console.log(`\n${formatTable(report)}\n\nWritten: e2e/bench/results/latest.json and latest.md`);
}
