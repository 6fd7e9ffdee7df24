/**
 * The mail module's public face (docs/mail.md).
 *
 * - `enqueueMail(tx, message)` writes one message into the transactional outbox with the
 *   caller's transaction client: the mail exists exactly when the change that causes it commits.
 *   The outbox worker (started by main.ts) sends it with retries; without SMTP_URL it stays in
 *   «Исходящие письма» (/staff/mail) for an admin to read.
 * - Templates live in `templates/index.ts` (one place): add a data type to `MailTemplates` and
 *   an entry there; `message` is a free-form template for digests and other mass mail.
 * - `scheduleDaily(name, run)` makes a job that runs once per Moscow day across all processes;
 *   list it in your module's `dailyJobs` (lib/api-module.ts) and app.ts collects it.
 *
 * @example
 *   await prisma.$transaction(async (tx) => {
 *     const sub = await createSubscription(tx, input);              // your change
 *     await enqueueMail(tx, {
 *       to: sub.email,
 *       template: 'message',
 *       data: {
 *         subject: 'Новые практики по вашему запросу',
 *         paragraphs: ['За неделю опубликовано 3 практики.'],
 *         link: { label: 'Открыть подборку', url: `/practices?${sub.query}` },   // app path
 *       },
 *       unsubscribeUrl: `/api/alerts/unsubscribe?token=${sub.token}`,  // adds List-Unsubscribe (RFC 8058)
 *     });
 *   });
 *
 *   export const alertsModule: ApiModule = {
 *     tags: [...], routes: alertsRoutes,
 *     dailyJobs: [scheduleDaily('alerts-digest', async ({ prisma, day, publicUrl }) => { ... })],
 *   };
 */

export { startMailBackground } from './background';
export { enqueueMail, type MailMessage } from './outbox';
export type { DailyJob, DailyJobContext } from './scheduler';
export { scheduleDaily } from './scheduler';
export type { MailTemplateName, MailTemplates } from './templates';

import type { ApiModule } from '../../lib/api-module';
import { outboxRoutes } from './outbox.routes';

export const mailModule: ApiModule = {
  tags: [{ name: 'mail', description: 'Outgoing mail («Исходящие письма») and its delivery, for admins' }],
  routes: outboxRoutes,
};
