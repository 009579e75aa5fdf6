// Preloaded into the x-mock process by the hostile run (`node --import`): answers IPC messages with
// the longest event-loop stall since the previous message, so the run can tell a server that
// blocks from a machine that is merely busy.
import { monitorEventLoopDelay } from 'node:perf_hooks';

const histogram = monitorEventLoopDelay({ resolution: 5 });
histogram.enable();
process.on('message', (message) => {
  if (message !== 'loop-delay') return;
  process.send({ maxMs: histogram.max / 1e6, p99Ms: histogram.percentile(99) / 1e6 });
  histogram.reset();
});
// Do not keep the process alive for the channel alone.
process.channel?.unref();
