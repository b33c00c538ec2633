import { createLogger } from './logging';

function logOf(write: (logger: ReturnType<typeof createLogger>) => void): Record<string, unknown>[] {
  const lines: string[] = [];
  write(createLogger('info', { write: (line: string) => lines.push(line) }));
  return lines.map((line) => JSON.parse(line) as Record<string, unknown>);
}

describe('the logger', () => {
  it('writes JSON lines with an ISO time and the level by name, and honours LOG_LEVEL', () => {
    const lines = logOf((logger) => {
      logger.debug('hidden at info');
      logger.info({ context: 'Test' }, 'shown');
    });
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ level: 'info', context: 'Test', msg: 'shown' });
    expect(new Date(lines[0].time as string).toISOString()).toBe(lines[0].time);
  });

  it('redacts credentials and every child field, wherever a careless log call puts them', () => {
    const secretKey = 'apx_' + 'S'.repeat(43);
    const [line] = logOf((logger) =>
      logger.info(
        {
          req: { headers: { authorization: `Bearer ${secretKey}`, 'idempotency-key': 'CHILD-77-raise' } },
          key: secretKey,
          body: {
            lotId: 'kept',
            childRef: 'CHILD-77',
            child: { yearGroup: 9, ehcp: true, lookedAfter: true, needsSummary: 'SEMH' },
            primaryReason: 'Medical needs',
            statutoryBasis: 's19_illness',
            plan: { objectives: ['Maths'], reintegrationCriteria: 'Attendance' },
            location: { latitude: 53.59, longitude: -2.29 },
          },
          callOff: {
            childEhcp: true,
            childLookedAfter: true,
            childNeedsSummary: 'SEMH',
            notes: 'n',
            reasons: ['r'],
          },
        },
        'careless',
      ),
    );
    const text = JSON.stringify(line);
    for (const secret of [
      secretKey,
      'CHILD-77',
      'SEMH',
      'Medical needs',
      's19_illness',
      'Maths',
      'Attendance',
      '53.59',
    ])
      expect(text).not.toContain(secret);
    expect(text).not.toMatch(/"(ehcp|lookedAfter|childEhcp|childLookedAfter)":\s*true/);
    expect(line).toMatchObject({ body: { lotId: 'kept', child: '[redacted]' }, msg: 'careless' });
  });

  it('keeps only the name, message, code and stack of a logged error, never a failed query’s parameters', () => {
    const failed = Object.assign(
      new Error('duplicate key value violates unique constraint "uq_call_offs_x"'),
      {
        code: '23505',
        query: 'INSERT INTO call_offs …',
        parameters: ['CHILD-88', 'Needs text 4b2d'],
        driverError: { detail: 'Key (child_ref)=(CHILD-88) already exists.' },
      },
    );
    const [line] = logOf((logger) => logger.error({ err: failed }, 'failed'));
    expect(JSON.stringify(line)).not.toMatch(/CHILD-88|Needs text 4b2d/);
    expect(line.err).toMatchObject({ type: 'Error', code: '23505', message: failed.message });
  });

  it('redacts a child field however deep it sits', () => {
    const [line] = logOf((logger) =>
      logger.info({ a: { b: { c: { d: { e: { needsSummary: 'deep 5c9e' } } } } } }),
    );
    expect(JSON.stringify(line)).not.toContain('deep 5c9e');
  });
});
