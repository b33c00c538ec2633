import { Client } from 'pg';

// Test files run in parallel workers against one database, and a provider's URN is unique there, so
// URNs come from a sequence in that database: a random pick collides by the birthday bound.
export async function createTestSequences(url: string): Promise<void> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    // Seven digits, so they never meet the six-digit URNs a test writes on purpose.
    await client.query('CREATE SEQUENCE IF NOT EXISTS apx_test_urn START 1000000 MAXVALUE 9999999');
  } finally {
    await client.end();
  }
}
