/**
 * The notifications module's public face (docs/mail.md).
 *
 * - `notify(tx, { userIds, kind, title, body?, link? })` writes one row of «Уведомления» per
 *   active user and queues a mail to each whose preferences allow `kind` (all kinds by default
 *   except `digest`). Kinds are one union: NotificationKind in @registry/contracts/notifications.
 *   Call it with the transaction client of the change it reports.
 * - `staffToNotify(tx, roles, regionCode?)` lists the active staff to tell (e.g. a region's
 *   coordinators, every moderator).
 *
 * @example
 *   await prisma.$transaction(async (tx) => {
 *     const request = await insertAdoptRequest(tx, input);
 *     await notify(tx, {
 *       userIds: await staffToNotify(tx, ['coordinator'], practice.regionCode),
 *       kind: 'adopt_request',
 *       title: `Новая заявка на внедрение практики «${practice.title}»`,
 *       body: `${input.organisation}, ${regionName}`,
 *       link: `/staff/adopt-requests/${request.id}`,
 *     });
 *   });
 */
export { type NotifyInput, notify, staffToNotify, wantsMail } from './notify';

import type { ApiModule } from '../../lib/api-module';
import { notificationsRoutes } from './notifications.routes';

export const notificationsModule: ApiModule = {
  tags: [
    {
      name: 'notifications',
      description: 'In-app notifications («Уведомления») of the signed-in user and which come by mail',
    },
  ],
  routes: notificationsRoutes,
};
