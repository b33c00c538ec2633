import { mkdirSync, writeFileSync } from 'node:fs';
import { Server } from 'node:http';
import { Session } from 'node:inspector';
import { resolve } from 'node:path';

// Preloaded into the bench's API process (bench/env.ts) when BENCH_WINDOW_URL is set: profiles a window of the
// requests whose path starts with it, so the profile holds that scenario under its real load and nothing else
// (start-up, seeding, other scenarios). BENCH_WINDOW_SKIP such requests pass first (default 5), then
// BENCH_WINDOW_COUNT are profiled (default 50). BENCH_WINDOW_KIND=cpu (a V8 CPU profile) or heap (a sampling heap
// profile that keeps what minor and major collections freed: what a request allocates, not only what survives).
// Written to BENCH_WINDOW_DIR (default /tmp/apx-window); `ts-node -T bench/profile.ts dir [top] [requests]` reads
// both kinds.
const prefix = process.env.BENCH_WINDOW_URL;
if (prefix) {
  const skip = Number(process.env.BENCH_WINDOW_SKIP ?? 5);
  const count = Number(process.env.BENCH_WINDOW_COUNT ?? 50);
  const heap = process.env.BENCH_WINDOW_KIND === 'heap';
  const dir = process.env.BENCH_WINDOW_DIR ?? '/tmp/apx-window';
  const session = new Session();
  session.connect();
  let seen = 0;
  const emit = Server.prototype.emit;
  Server.prototype.emit = function (this: Server, event: string, ...args: unknown[]): boolean {
    const [request, response] = args as [{ url?: string }, { once(e: string, f: () => void): void }];
    if (event === 'request' && request.url?.startsWith(prefix)) {
      seen++;
      if (seen === skip + 1) {
        if (heap) {
          session.post('HeapProfiler.enable');
          session.post('HeapProfiler.startSampling', {
            samplingInterval: 4096,
            includeObjectsCollectedByMajorGC: true,
            includeObjectsCollectedByMinorGC: true,
          });
        } else {
          session.post('Profiler.enable');
          session.post('Profiler.start');
        }
      }
      if (seen === skip + count)
        response.once('finish', () => {
          const done = (error: Error | null, result?: { profile: unknown }) => {
            if (error) return process.stderr.write(`window profile: ${error.message}\n`);
            mkdirSync(dir, { recursive: true });
            const file = resolve(dir, `${process.pid}.${heap ? 'heapprofile' : 'cpuprofile'}`);
            writeFileSync(file, JSON.stringify(result!.profile));
            process.stderr.write(`window profile of ${count} requests to ${prefix} written to ${file}\n`);
          };
          if (heap) session.post('HeapProfiler.stopSampling', done);
          else session.post('Profiler.stop', done);
        });
    }
    return emit.apply(this, [event, ...args] as Parameters<typeof emit>);
  } as typeof Server.prototype.emit;
}
