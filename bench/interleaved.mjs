// The measuring method every request benchmark shares. Tasks take turns in many short rounds, each round in a
// rotated order; a task's ratio to a baseline is the median of its per-round ratios, so a slow spell of a shared
// machine touches one round of every task instead of one task.
import { Bench } from 'tinybench';

/**
 * Runs `tasks` (name → async function) in `rounds` interleaved tinybench rounds of `time` ms per task, and
 * returns each task's median round mean in ms, divided by `callsPerTask` when one task run makes that many calls.
 * `ratiosTo(baseline)` gives each task's median per-round ratio to the baseline task. `now` is the clock (ms):
 * wall time by default; `cpuTime` counts only the time this process ran.
 */
export async function measureInterleaved(tasks, { rounds = 15, time = 300, callsPerTask = 1, now } = {}) {
  const entries = Object.entries(tasks);
  const means = Object.fromEntries(entries.map(([name]) => [name, []]));
  for (let round = 0; round < rounds; round++) {
    const bench = new Bench({
      time,
      warmup: round === 0,
      warmupTime: 500,
      throws: true,
      ...(now && { now }),
    });
    const order = [...entries.slice(round % entries.length), ...entries.slice(0, round % entries.length)];
    for (const [name, task] of order) bench.add(name, task);
    await bench.run();
    for (const task of bench.tasks) means[task.name].push(task.result.latency.mean / callsPerTask);
  }
  // Each round's ratio compares tasks measured moments apart; the median over rounds drops the disturbed ones.
  const ratiosTo = (baseline) =>
    Object.fromEntries(
      Object.entries(means).map(([name, values]) => [
        name,
        Number(median(values.map((mean, round) => mean / means[baseline][round])).toFixed(3)),
      ]),
    );
  const medianMs = Object.fromEntries(Object.entries(means).map(([name, values]) => [name, median(values)]));
  return { medianMs, ratiosTo };
}

/** CPU time (user + system) of this process in ms: what a shared machine's other processes do not add to. */
export function cpuTime() {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

function median(values) {
  return [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
}
