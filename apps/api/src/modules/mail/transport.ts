// The SMTP transport (nodemailer), made from SMTP_URL: smtp://user:pass@host:587 upgrades with
// STARTTLS when the server offers it (?requireTLS=true refuses a server that does not);
// smtps://…:465 is TLS from the start. Other nodemailer options can be URL query parameters.
import nodemailer from 'nodemailer';

export interface OutgoingMail {
  from: string;
  to: string;
  subject: string;
  text: string;
  html: string;
  messageId: string;
  headers: Record<string, string>;
}

/** What the worker needs of a transport; tests may pass the real one pointed at their server. */
export interface MailTransport {
  send(mail: OutgoingMail): Promise<{ messageId: string | null; response: string }>;
  close(): void;
}

export function createSmtpTransport(smtpUrl: string): MailTransport {
  const transporter = nodemailer.createTransport({
    url: smtpUrl,
    // A server that does not answer must not hold a message's lease for minutes.
    connectionTimeout: 15_000,
    greetingTimeout: 15_000,
    socketTimeout: 30_000,
  });
  return {
    async send(mail) {
      const info = (await transporter.sendMail(mail)) as { messageId?: string; response?: string };
      return { messageId: info.messageId ?? null, response: info.response ?? '' };
    },
    close() {
      transporter.close();
    },
  };
}

/** Whether a send error is the server's final refusal (5xx) rather than a temporary failure. */
export function isPermanentFailure(error: unknown): boolean {
  const code = (error as { responseCode?: unknown }).responseCode;
  return typeof code === 'number' && code >= 500 && code < 600;
}

/** The server's answer (or the network error) as admins see it in «Исходящие письма». */
export function describeFailure(error: unknown): string {
  const e = error as { response?: unknown; code?: unknown; message?: unknown };
  const text =
    typeof e.response === 'string' && e.response
      ? e.response
      : `${typeof e.code === 'string' ? `${e.code}: ` : ''}${String(e.message ?? error)}`;
  return text.slice(0, 2000);
}
