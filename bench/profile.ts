import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';

// `ts-node -T bench/profile.ts dir [top] [requests]`: where the API's time or memory goes, from the V8 profiles
// under dir: self time per function and package in CPU profiles (BENCH_CPU_PROF_DIR=dir npm run bench, or a window
// of requests, bench/window-profile.ts), bytes allocated per function and package in sampling heap profiles (the
// window's heap kind). With `requests`, each figure is also shown per request.
interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
}
interface ProfileNode {
  id: number;
  callFrame: CallFrame;
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}
interface HeapNode {
  callFrame: CallFrame;
  selfSize: number;
  children: HeapNode[];
}

function where({ functionName, url, lineNumber }: CallFrame): string {
  const file = url.replace(/^.*node_modules\//, '').replace(/^.*\/(src|bench)\//, '$1/');
  return `${functionName || '(anonymous)'} ${file}:${lineNumber + 1}`;
}

function packageOf({ functionName, url }: CallFrame): string {
  if (url.includes('node_modules/')) return url.replace(/^.*node_modules\/((@[^/]+\/)?[^/]+).*$/, '$1');
  if (url.includes('/src/')) return 'src (app code)';
  return url === '' ? `(${functionName || 'native'})` : 'node internals';
}

function main(): void {
  const dir = process.argv[2];
  const top = Number(process.argv[3] ?? 40);
  const requests = Number(process.argv[4] ?? 0);
  const files = readdirSync(dir);
  const cpu = { self: new Map<string, number>(), byPackage: new Map<string, number>(), total: 0 };
  for (const file of files.filter((f) => f.endsWith('.cpuprofile'))) {
    const profile = JSON.parse(readFileSync(resolve(dir, file), 'utf8')) as Profile;
    const byId = new Map(profile.nodes.map((n) => [n.id, n]));
    profile.samples.forEach((id, i) => {
      const frame = byId.get(id)!.callFrame;
      const ms = profile.timeDeltas[i] / 1000;
      cpu.self.set(where(frame), (cpu.self.get(where(frame)) ?? 0) + ms);
      cpu.byPackage.set(packageOf(frame), (cpu.byPackage.get(packageOf(frame)) ?? 0) + ms);
      cpu.total += ms;
    });
  }
  const heap = { self: new Map<string, number>(), byPackage: new Map<string, number>(), total: 0 };
  for (const file of files.filter((f) => f.endsWith('.heapprofile'))) {
    const stack = [(JSON.parse(readFileSync(resolve(dir, file), 'utf8')) as { head: HeapNode }).head];
    for (let node = stack.pop(); node; node = stack.pop()) {
      const kb = node.selfSize / 1024;
      heap.self.set(where(node.callFrame), (heap.self.get(where(node.callFrame)) ?? 0) + kb);
      heap.byPackage.set(
        packageOf(node.callFrame),
        (heap.byPackage.get(packageOf(node.callFrame)) ?? 0) + kb,
      );
      heap.total += kb;
      stack.push(...node.children);
    }
  }
  const print = (title: string, unit: string, map: Map<string, number>, total: number, n: number) => {
    const each = requests > 0 ? `, ${(total / requests).toFixed(1)} ${unit} a request` : '';
    process.stdout.write(`\n${title} (total ${total.toFixed(0)} ${unit}${each})\n`);
    for (const [key, value] of [...map.entries()].sort((a, b) => b[1] - a[1]).slice(0, n))
      process.stdout.write(
        `${value.toFixed(0).padStart(8)} ${unit} ${((100 * value) / total).toFixed(1).padStart(5)}%` +
          `${requests > 0 ? `${(value / requests).toFixed(2).padStart(9)} a request` : ''}  ${key}\n`,
      );
  };
  if (cpu.total > 0) {
    print('Self time by package', 'ms', cpu.byPackage, cpu.total, 25);
    print('Self time by function', 'ms', cpu.self, cpu.total, top);
  }
  if (heap.total > 0) {
    print('Allocated by package', 'KiB', heap.byPackage, heap.total, 25);
    print('Allocated by function', 'KiB', heap.self, heap.total, top);
  }
}

main();
