// Process helpers for the benchmarks: CPU seconds of a process tree from /proc, and waiting for a
// port to answer.
import { readdirSync, readFileSync } from 'node:fs';

const TICKS = 100; // USER_HZ on Linux

function children(pid) {
  const out = [];
  try {
    for (const task of readdirSync(`/proc/${pid}/task`)) {
      const text = readFileSync(`/proc/${pid}/task/${task}/children`, 'utf8').trim();
      if (text) out.push(...text.split(/\s+/).map(Number));
    }
  } catch {
    // gone
  }
  return out;
}

/** User + system CPU seconds of a process and its live descendants (Linux /proc). */
export function cpuSeconds(pid) {
  let total = 0;
  const stack = [pid];
  while (stack.length > 0) {
    const p = stack.pop();
    try {
      const stat = readFileSync(`/proc/${p}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      // fields[11] utime, fields[12] stime (fields 14 and 15 of stat(5), counted after the name).
      total += (Number(fields[11]) + Number(fields[12])) / TICKS;
    } catch {
      continue;
    }
    stack.push(...children(p));
  }
  return total;
}

/** Resident memory of a process in bytes (/proc/<pid>/statm). */
export function rssBytes(pid) {
  const pages = Number(readFileSync(`/proc/${pid}/statm`, 'utf8').split(' ')[1]);
  return pages * 4096;
}

/** Poll `url` until it answers (any status) or `timeoutMs` passes; resolves with the ms waited. */
export async function waitForAnswer(url, timeoutMs = 60_000, init = {}) {
  const started = performance.now();
  for (;;) {
    try {
      const response = await fetch(url, init);
      await response.arrayBuffer();
      return performance.now() - started;
    } catch {
      if (performance.now() - started > timeoutMs) throw new Error(`${url} did not answer within ${timeoutMs} ms`);
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
  }
}
