// Imported first by main.tsx: zod compiles parsers with `new Function` when it may, and the
// Content-Security-Policy allows no eval, so even its probe shows as a policy violation in the
// browser. Interpreted parsing is fast enough for the answers of one page.
import { z } from 'zod';

z.config({ jitless: true });
