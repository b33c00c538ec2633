import { uuid7 } from './uuid7';

describe('uuid7', () => {
  it('is a version 7, RFC 9562 variant UUID', () => {
    expect(uuid7()).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('sorts in the order ids were made, also within one millisecond', () => {
    const ids = Array.from({ length: 2000 }, () => uuid7(1_800_000_000_000));
    expect([...ids].sort()).toEqual(ids);
    expect(uuid7(1_800_000_000_001) > ids[ids.length - 1]).toBe(true);
  });
});
