import { LoadFigures } from './measure';

export interface Machine {
  date: string;
  cpus: number;
  cpuModel: string;
  memoryGiB: number;
  node: string;
  postgres: string;
  loadBefore: number[];
  loadAfter: number[];
  database: string;
}

export interface Target {
  name: string;
  target: string;
  measured: string;
  met: boolean;
}

export const ms = (value: number): string => (Number.isFinite(value) ? `${value.toFixed(1)} ms` : 'n/a');
export const rps = (value: number): string => `${value.toFixed(1)} req/s`;

export function loadTable(rows: LoadFigures[]): string {
  const head =
    '| Run | Clients | Duration | Requests | Throughput | p50 | p90 | p99 | max | Statuses | Errors |\n' +
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- | ---: |\n';
  return (
    head +
    rows
      .map(
        (r) =>
          `| ${r.label} | ${r.connections} | ${r.durationS.toFixed(1)} s | ${r.requests} | ${rps(r.throughput)} | ` +
          `${ms(r.p50)} | ${ms(r.p90)} | ${ms(r.p99)} | ${ms(r.max)} | ` +
          `${Object.entries(r.statuses)
            .map(([code, count]) => `${code}: ${count}`)
            .join(', ')} | ${r.errors} |`,
      )
      .join('\n')
  );
}

export function targetTable(targets: Target[]): string {
  return (
    '| Measurement | Target | Measured | Met |\n| --- | --- | --- | --- |\n' +
    targets.map((t) => `| ${t.name} | ${t.target} | ${t.measured} | ${t.met ? 'yes' : '**no**'} |`).join('\n')
  );
}

export function machineSection(m: Machine): string {
  return [
    '| | |',
    '| --- | --- |',
    `| Date | ${m.date} |`,
    `| CPUs (nproc) | ${m.cpus} × ${m.cpuModel} |`,
    `| Memory | ${m.memoryGiB.toFixed(1)} GiB |`,
    `| Node | ${m.node} |`,
    `| PostgreSQL | ${m.postgres} |`,
    `| Database | ${m.database} |`,
    `| Load average (1/5/15 min) before | ${m.loadBefore.map((l) => l.toFixed(2)).join(' / ')} |`,
    `| Load average (1/5/15 min) after | ${m.loadAfter.map((l) => l.toFixed(2)).join(' / ')} |`,
  ].join('\n');
}
