import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';

// `ts-node -T bench/profile.ts dir [top]`: self time per function in the V8 CPU profiles under dir, to see where
// the API spends a request (record with BENCH_CPU_PROF_DIR=dir npm run bench).
interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

function main(): void {
  const dir = process.argv[2];
  const top = Number(process.argv[3] ?? 40);
  const self = new Map<string, number>();
  const byPackage = new Map<string, number>();
  let total = 0;
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.cpuprofile'))) {
    const profile = JSON.parse(readFileSync(resolve(dir, file), 'utf8')) as Profile;
    const byId = new Map(profile.nodes.map((n) => [n.id, n]));
    profile.samples.forEach((id, i) => {
      const node = byId.get(id)!;
      const dt = profile.timeDeltas[i] / 1000;
      const { functionName, url, lineNumber } = node.callFrame;
      const where = url.replace(/^.*node_modules\//, '').replace(/^.*\/(src|bench)\//, '$1/');
      const key = `${functionName || '(anonymous)'} ${where}:${lineNumber + 1}`;
      self.set(key, (self.get(key) ?? 0) + dt);
      const pkg = url.includes('node_modules/')
        ? url.replace(/^.*node_modules\/((@[^/]+\/)?[^/]+).*$/, '$1')
        : url.includes('/src/')
          ? 'src (app code)'
          : url === ''
            ? `(${functionName || 'native'})`
            : 'node internals';
      byPackage.set(pkg, (byPackage.get(pkg) ?? 0) + dt);
      total += dt;
    });
  }
  const print = (title: string, map: Map<string, number>, n: number) => {
    process.stdout.write(`\n${title} (total ${total.toFixed(0)} ms sampled)\n`);
    for (const [key, value] of [...map.entries()].sort((a, b) => b[1] - a[1]).slice(0, n))
      process.stdout.write(
        `${value.toFixed(0).padStart(8)} ms ${((100 * value) / total).toFixed(1).padStart(5)}%  ${key}\n`,
      );
  };
  print('Self time by package', byPackage, 25);
  print('Self time by function', self, top);
}

main();
