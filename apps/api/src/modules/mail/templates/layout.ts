// The frame every message shares: a plain-text body and an HTML body made from the same parts,
// so the two never say different things. Every value from data is escaped in the HTML.

export interface MailParts {
  subject: string;
  /** Opening line, e.g. «Здравствуйте, Анна!» (optional). */
  greeting?: string | undefined;
  /** Paragraphs of plain text. */
  paragraphs: string[];
  /** The link to act on, with its button text; absolute by the time it is rendered. */
  action?: { label: string; url: string } | undefined;
  /** Small print under the action (why you got this, how long the link lives). */
  footnote?: string | undefined;
  /** Mass mail: the one-click unsubscribe address. */
  unsubscribeUrl?: string | undefined;
}

export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
}

const SIGNATURE = 'Реестр лучших практик';

export function escapeHtml(value: string): string {
  return value
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}

/** An app path (/invite/…) made absolute under the public address; absolute URLs pass as they are. */
export function absoluteUrl(publicUrl: string, pathOrUrl: string): string {
  if (/^https?:\/\//i.test(pathOrUrl)) return pathOrUrl;
  return `${publicUrl.replace(/\/+$/, '')}/${pathOrUrl.replace(/^\/+/, '')}`;
}

export function renderParts(parts: MailParts): RenderedMail {
  const text = [
    parts.greeting,
    ...parts.paragraphs,
    parts.action ? `${parts.action.label}: ${parts.action.url}` : undefined,
    parts.footnote,
    `—\n${SIGNATURE}`,
    parts.unsubscribeUrl ? `Отписаться от этих писем: ${parts.unsubscribeUrl}` : undefined,
  ]
    .filter((part): part is string => Boolean(part))
    .join('\n\n');

  const p = (content: string, style = '') =>
    `<p style="margin:0 0 16px;${style}">${escapeHtml(content).replaceAll('\n', '<br>')}</p>`;
  const html = [
    '<!doctype html>',
    '<html lang="ru"><head><meta charset="utf-8">',
    `<title>${escapeHtml(parts.subject)}</title></head>`,
    '<body style="margin:0;padding:24px;background:#f3f2f1;font-family:Arial,Helvetica,sans-serif;font-size:16px;line-height:1.5;color:#0b0c0c">',
    '<div style="max-width:600px;margin:0 auto;background:#ffffff;padding:24px;border-top:6px solid #1d70b8">',
    parts.greeting ? p(parts.greeting) : '',
    ...parts.paragraphs.map((paragraph) => p(paragraph)),
    parts.action
      ? `<p style="margin:24px 0"><a href="${escapeHtml(parts.action.url)}" style="display:inline-block;background:#00703c;color:#ffffff;padding:10px 16px;text-decoration:none;font-weight:bold">${escapeHtml(parts.action.label)}</a></p>` +
        p(`Если кнопка не открывается, скопируйте адрес: ${parts.action.url}`, 'font-size:14px;color:#505a5f')
      : '',
    parts.footnote ? p(parts.footnote, 'font-size:14px;color:#505a5f') : '',
    p(`— ${SIGNATURE}`, 'font-size:14px;color:#505a5f'),
    parts.unsubscribeUrl
      ? `<p style="margin:0;font-size:14px"><a href="${escapeHtml(parts.unsubscribeUrl)}">Отписаться от этих писем</a></p>`
      : '',
    '</div></body></html>',
  ].join('');
  return { subject: parts.subject, text, html };
}
