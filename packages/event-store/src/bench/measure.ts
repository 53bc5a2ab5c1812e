export interface Measurement {
  operations: number;
  events: number;
  seconds: number;
  p50Ms: number;
  p99Ms: number;
}

/** Runs `operation(i)` `count` times in sequence after `warmup` unmeasured runs. */
export async function measure(
  count: number,
  eventsPerOperation: number,
  operation: (i: number) => Promise<unknown>,
  warmup = Math.min(100, count),
): Promise<Measurement> {
  for (let i = 0; i < warmup; i += 1) await operation(-1 - i);
  const latencies: number[] = [];
  const started = process.hrtime.bigint();
  for (let i = 0; i < count; i += 1) {
    const before = process.hrtime.bigint();
    await operation(i);
    latencies.push(Number(process.hrtime.bigint() - before) / 1e6);
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  latencies.sort((a, b) => a - b);
  return {
    operations: count,
    events: count * eventsPerOperation,
    seconds,
    p50Ms: percentile(latencies, 0.5),
    p99Ms: percentile(latencies, 0.99),
  };
}

export function percentile(sorted: readonly number[], fraction: number): number {
  if (sorted.length === 0) return Number.NaN;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil(fraction * sorted.length) - 1));
  return sorted[index] ?? Number.NaN;
}

export function eventsPerSecond(measurement: Measurement): number {
  return measurement.events / measurement.seconds;
}
