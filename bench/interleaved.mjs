// The measuring method every request benchmark shares. Tasks take turns call by call: each pass of a round calls
// every task once, in a new random order, so a slow spell of a shared machine (another process, a collection in the
// server thread) lands on every task alike rather than on whichever ran in it. A task's ratio to a baseline is the
// median of its per-round ratios, which drops the rounds a longer disturbance still skewed.

/**
 * Runs `tasks` (name → async function) in `rounds` rounds of `passes` passes, after `warmup` untimed passes, and
 * returns each task's median round mean in ms, divided by `callsPerTask` when one task run makes that many calls.
 * `ratiosTo(baseline)` gives each task's median per-round ratio to the baseline task; `rounds` is how many there were.
 */
export async function measureInterleaved(
  tasks,
  { rounds = 61, passes = 100, warmup = 300, callsPerTask = 1 } = {},
) {
  const entries = Object.entries(tasks);
  for (let pass = 0; pass < warmup; pass++) for (const [, task] of entries) await task();
  const means = Object.fromEntries(entries.map(([name]) => [name, []]));
  const order = entries.map((_, index) => index);
  for (let round = 0; round < rounds; round++) {
    const totals = entries.map(() => 0);
    for (let pass = 0; pass < passes; pass++) {
      for (const index of shuffled(order)) {
        const started = performance.now();
        await entries[index][1]();
        totals[index] += performance.now() - started;
      }
    }
    for (const [index, [name]] of entries.entries()) means[name].push(totals[index] / passes / callsPerTask);
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
  return { medianMs, ratiosTo, rounds };
}

/**
 * `indices` in a random order (Fisher-Yates). Random rather than rotated: a collection that comes every so many
 * calls would otherwise keep landing on the same task of a fixed cycle.
 */
function shuffled(indices) {
  for (let i = indices.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [indices[i], indices[j]] = [indices[j], indices[i]];
  }
  return indices;
}

function median(values) {
  return [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
}
