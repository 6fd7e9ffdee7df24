import { z } from './zod';

/** Response of GET /api/health. */
export const HealthSchema = z.object({
  status: z.enum(['ok', 'degraded']),
  database: z.object({
    status: z.enum(['up', 'down']),
    mode: z.enum(['postgres', 'embedded']),
    latencyMs: z.number().optional(),
  }),
  /**
   * The in-memory catalogue index of this process: not built yet, built and reading the terms of
   * common words in the background, or ready.
   */
  catalogueIndex: z.enum(['cold', 'warming', 'ready']),
  version: z.string(),
  uptimeSeconds: z.number(),
});
export type Health = z.infer<typeof HealthSchema>;
