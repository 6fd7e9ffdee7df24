// Russian strings of the security log (admin) feature.
export const securityLogMessages = {
  title: 'Журнал безопасности',
  lead: 'Входы и выходы, отказы в доступе и созданные учётные записи, сначала новые.',
  loading: 'Загружаем журнал…',
  filtersLabel: 'Отбор записей',
  kindLabel: 'Событие',
  kindAll: 'Все события',
  emailLabel: 'Адрес электронной почты',
  emailHint: 'Точный адрес, например ivanova@region.ru',
  apply: 'Показать',
  reset: 'Сбросить отбор',
  caption: (count: number, limit: number) =>
    count >= limit ? `Последние ${limit} записей` : `Записей: ${count}`,
  columnTime: 'Время',
  columnKind: 'Событие',
  columnEmail: 'Электронная почта',
  columnIp: 'IP-адрес',
  columnDetail: 'Подробности',
  empty: 'Записей не найдено',
  emptyHint: 'Измените или сбросьте отбор.',
  userId: (id: number) => `пользователь № ${id}`,
  none: '—',
};

/** Russian names of the kinds of events the API records; an unknown kind is shown as is. */
export const securityEventKindLabels: Record<string, string> = {
  login_succeeded: 'Вход выполнен',
  login_failed: 'Неудачная попытка входа',
  login_throttled: 'Вход временно заблокирован',
  login_refused: 'Вход отклонён',
  logout: 'Выход',
  access_refused: 'Отказ в доступе',
  csrf_refused: 'Запрос без CSRF-токена отклонён',
  user_created: 'Создана учётная запись',
  account_updated: 'Учётная запись изменена',
  invitation_created: 'Отправлено приглашение',
  invitation_accepted: 'Приглашение принято',
  password_changed: 'Пароль изменён',
  password_change_failed: 'Пароль не изменён: неверный текущий',
  password_reset_requested: 'Запрошено восстановление пароля',
  password_reset_completed: 'Пароль восстановлен по ссылке',
  password_reset_link_issued: 'Выдана ссылка для смены пароля',
  totp_enabled: 'Включена двухфакторная аутентификация',
  totp_disabled: 'Отключена двухфакторная аутентификация',
  role_policy_changed: 'Изменено правило для роли',
};

/** Values of `detail` fields worth a word of their own. */
export const detailValueLabels: Record<string, string> = {
  unknown_email: 'нет учётной записи с таким адресом',
  wrong_password: 'неверный пароль',
  not_signed_in: 'вход не выполнен',
  totp_setup_required: 'не настроена обязательная двухфакторная аутентификация',
  role: 'роли не положен доступ',
  cli: 'через командную строку',
  active: 'активна',
  disabled: 'отключена',
  invited: 'приглашена',
};

/** Names of `detail` fields; unknown ones are shown by their key. */
export const detailKeyLabels: Record<string, string> = {
  reason: 'причина',
  role: 'роль',
  via: 'способ',
  linkIssued: 'ссылка выдана',
  invitedUserId: 'учётная запись №',
  accountId: 'учётная запись №',
  totpRequired: 'двухфакторная обязательна',
  from: 'было',
  to: 'стало',
  status: 'статус',
  regionCode: 'регион',
};
