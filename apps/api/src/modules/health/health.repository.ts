// The health check's one query: does the database answer at all?
import type { Pool } from 'pg';

export async function ping(pool: Pool): Promise<void> {
  await pool.query('SELECT 1');
}
