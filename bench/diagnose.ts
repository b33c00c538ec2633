import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { Pool } from 'pg';
import { issueKey, startDatabase, startServer } from './env';
import { percentile, processCpuMs } from './measure';
import { api, bulkCallOffs, createFramework, holdsFor, seedProviders, templateFrom } from './seed';

// `ts-node -T bench/diagnose.ts create|list|matches|extend|extend-real`: one scenario, requests one at a time, with a V8 CPU
// profile of the API process summarised at the end (bench/profile.ts) — where a request's time goes.
async function main(): Promise<void> {
  const scenario = process.argv[2] ?? 'create';
  const n = Number(process.argv[3] ?? 100);
  const dir = resolve('/tmp', `apx-bench-prof-${process.pid}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const db = await startDatabase(() => undefined);
  const pool = new Pool({ connectionString: db.url, max: 4 });
  pool.on('error', () => undefined);
  const adminKey = await issueKey(pool, 'admin');
  let server = await startServer(db.url, 20);
  try {
    const client = api(server.baseUrl);
    const fw = await createFramework(client, adminKey, 2);
    const commissioner = await issueKey(pool, 'commissioner', { organisationId: fw.organisationId });
    const providers = await seedProviders(pool, fw.lotIds[0], 20, {
      registeredShare: 1,
      sessionsPerWeek: 1_000_000,
      label: 'P',
    });
    const body = (i: number) => ({
      lotId: fw.lotIds[0],
      providerId: providers.providerIds[i % 20],
      justification: 'x',
      childRef: `D-${i}`,
      child: { yearGroup: 9, ehcp: false, lookedAfter: false },
      statutoryBasis: 's19_other',
      primaryReason: 'Medical',
      startDate: '2027-01-04',
      endDate: '2027-03-26',
      sessionsPerWeek: 10,
      plan: {
        objectives: ['x'],
        reviewFrequencyWeeks: 6,
        nextStep: 'reintegration',
        reintegrationCriteria: 'x',
      },
    });
    const raise = (i: number) =>
      fetch(`${server.baseUrl}/v1/call-offs`, {
        method: 'POST',
        headers: {
          authorization: `Bearer ${commissioner}`,
          'content-type': 'application/json',
          'idempotency-key': `d-${i}`,
        },
        body: JSON.stringify(body(i)),
      }).then(async (r) => ({ status: r.status, body: (await r.json()) as { id: string } }));
    const first = await raise(0);
    if (first.status !== 201)
      throw new Error(`first call-off: ${first.status} ${JSON.stringify(first.body)}`);
    const template = await templateFrom(pool, first.body.id);
    let path = '';
    let method = 'GET';
    let payload: unknown;
    if (scenario === 'list') {
      await bulkCallOffs(pool, {
        frameworkId: fw.frameworkId,
        lotId: fw.lotIds[0],
        organisationId: fw.organisationId,
        providers,
        count: 100_000,
        template,
        shape: 'mixed',
        label: 'B',
      });
      path = '/v1/call-offs';
    } else if (scenario === 'matches') {
      await seedProviders(pool, fw.lotIds[1], 2000, {
        registeredShare: 0.5,
        sessionsPerWeek: 1000,
        label: 'M',
      });
      path = `/v1/lots/${fw.lotIds[1]}/matches?startDate=2027-01-04&endDate=2027-03-26&sessionsPerWeek=10&latitude=53.59&longitude=-2.29`;
    } else if (scenario === 'extend' || scenario === 'extend-real') {
      const fw2 = await createFramework(client, adminKey, 1);
      const p2 = await seedProviders(pool, fw2.lotIds[0], 100, {
        registeredShare: 1,
        sessionsPerWeek: 100_000,
        label: 'E',
      });
      await bulkCallOffs(pool, {
        frameworkId: fw2.frameworkId,
        lotId: fw2.lotIds[0],
        organisationId: fw2.organisationId,
        providers: p2,
        count: 10_000,
        template,
        shape: 'accepted',
        label: 'E',
      });
      await holdsFor(pool, fw2.frameworkId);
      path = `/v1/frameworks/${fw2.frameworkId}/blanket-extensions`;
      method = 'POST';
      // extend-real: the real run (one request makes sense: a second finds nothing left to extend).
      payload = { extendTo: '2027-03-31', dryRun: scenario === 'extend' };
    }
    await pool.query('ANALYZE');
    // Restart the API with the profiler on, so the profile holds only this scenario.
    await server.stop();
    process.env.BENCH_CPU_PROF_DIR = dir;
    server = await startServer(db.url, 20);
    const measured = api(server.baseUrl);
    // CPU the API process spends per request. The first request (cold caches, lazy compilation) is left out.
    const cpuMs = (): number => processCpuMs(server.pid);
    if (scenario !== 'create' && scenario !== 'extend-real')
      await measured.request(method, path, adminKey, payload);
    const cpuBefore = cpuMs();
    const times: number[] = [];
    for (let i = 1; i <= n; i++) {
      const t0 = performance.now();
      const r =
        scenario === 'create' ? await raise(i) : await measured.request(method, path, adminKey, payload);
      times.push(performance.now() - t0);
      if (r.status >= 300)
        throw new Error(`${scenario}: ${r.status} ${JSON.stringify(r.body).slice(0, 300)}`);
    }
    const cpuPerRequest = (cpuMs() - cpuBefore) / n;
    times.sort((a, b) => a - b);
    process.stdout.write(
      `${scenario}: ${n} serial requests, p50 ${percentile(times, 50).toFixed(1)} ms, p99 ${percentile(times, 99).toFixed(1)} ms, API process CPU ${cpuPerRequest.toFixed(1)} ms per request\n`,
    );
  } finally {
    await server.stop();
    await pool.end();
    await db.stop();
  }
  process.stdout.write(
    execFileSync(process.execPath, [
      '-r',
      'ts-node/register/transpile-only',
      resolve(__dirname, 'profile.ts'),
      dir,
      process.env.BENCH_PROFILE_TOP ?? '45',
    ]).toString(),
  );
  rmSync(dir, { recursive: true, force: true });
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
