import { bareArray, textArray } from './array-literal';

describe('PostgreSQL array literals', () => {
  it('joins values that need no quoting, with NULL for null', () => {
    expect(bareArray(['2026-10-05', '2026-10-06'])).toBe('{2026-10-05,2026-10-06}');
    expect(bareArray([1, null, 3])).toBe('{1,NULL,3}');
    expect(bareArray([])).toBe('{}');
  });

  it('quotes text and escapes its backslashes and double quotes, so NULL and commas stay text', () => {
    expect(textArray(['K', null, '\\', 'say "hi", {x}', 'NULL', ''])).toBe(
      '{"K",NULL,"\\\\","say \\"hi\\", {x}","NULL",""}',
    );
  });
});
