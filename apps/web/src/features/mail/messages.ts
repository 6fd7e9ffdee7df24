// Russian strings of «Исходящие письма» (admins).
import type { OutboxStatus } from '@registry/contracts/notifications';

export const mailMessages = {
  title: 'Исходящие письма',
  lead: 'Все письма, которые отправляет реестр: приглашения, ссылки для смены пароля, уведомления. Сначала новые.',
  notConfigured:
    'Почтовый сервер не настроен (SMTP_URL): письма не отправляются, а хранятся здесь. Ссылки из них можно скопировать и передать адресату. Как настроить — docs/mail.md.',
  loading: 'Загружаем письма…',
  filterLabel: 'Состояние',
  filterAll: 'Все',
  apply: 'Показать',
  empty: 'Писем нет',
  emptyHint: 'Письма появятся, когда реестр кого-нибудь пригласит или уведомит.',
  columnCreated: 'Создано',
  columnRecipient: 'Кому',
  columnSubject: 'Тема',
  columnStatus: 'Состояние',
  attempts: (count: number) => (count > 0 ? `попыток: ${count}` : ''),
  more: 'Более ранние письма',
  messageTitle: (id: number) => `Письмо №\u00a0${id}`,
  recipient: 'Кому',
  subject: 'Тема',
  status: 'Состояние',
  created: 'Создано',
  sentAt: 'Отправлено',
  nextAttempt: 'Следующая попытка',
  lastError: 'Ответ почтового сервера',
  links: 'Ссылки в письме',
  text: 'Текст письма',
  retry: 'Отправить ещё раз',
  retryFailed: 'Не удалось поставить письмо в очередь. Обновите страницу.',
  back: 'Все письма',
};

export const statusTagClass: Record<OutboxStatus, string> = {
  pending: 'tag tag--grey',
  sending: 'tag tag--blue',
  retrying: 'tag tag--orange',
  sent: 'tag tag--green',
  failed: 'tag tag--orange mail-status--failed',
};
