// A real SMTP server for tests (smtp-server), with STARTTLS and authentication, that parses what
// arrives with mailparser. `refuse` makes it answer RCPT TO with an error, as a real server would.
import { type AddressInfo, createServer } from 'node:net';
import { type ParsedMail, simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export interface ReceivedMail {
  parsed: ParsedMail;
  envelopeTo: string[];
  secure: boolean;
  user: string | undefined;
}

export interface TestSmtpServer {
  port: number;
  /** smtp:// URL for SMTP_URL: STARTTLS required, the test server's self-signed certificate accepted. */
  url: string;
  received: ReceivedMail[];
  /** Next RCPT TO answers: { code: 451, message } refuses, null accepts. */
  refuse: { code: number; message: string } | null;
  close(): Promise<void>;
}

export const SMTP_USER = 'registry';
export const SMTP_PASSWORD = 'smtp-secret';

/** A free TCP port nothing listens on (for "the server is down"). */
export async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}

export async function startTestSmtpServer(port = 0): Promise<TestSmtpServer> {
  const state: TestSmtpServer = {
    port: 0,
    url: '',
    received: [],
    refuse: null,
    close: async () => {},
  };
  const server = new SMTPServer({
    authMethods: ['PLAIN', 'LOGIN'],
    logger: false,
    onAuth(auth, _session, callback) {
      if (auth.username === SMTP_USER && auth.password === SMTP_PASSWORD)
        callback(null, { user: auth.username });
      else callback(Object.assign(new Error('Invalid username or password'), { responseCode: 535 }));
    },
    onRcptTo(_address, _session, callback) {
      if (state.refuse) {
        callback(Object.assign(new Error(state.refuse.message), { responseCode: state.refuse.code }));
      } else callback();
    },
    onData(stream, session, callback) {
      simpleParser(stream)
        .then((parsed) => {
          state.received.push({
            parsed,
            envelopeTo: session.envelope.rcptTo.map((rcpt) => rcpt.address),
            secure: session.secure,
            user: session.user as string | undefined,
          });
          callback();
        })
        .catch(callback);
    },
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  state.port = (server.server.address() as AddressInfo).port;
  state.url = `smtp://${SMTP_USER}:${SMTP_PASSWORD}@127.0.0.1:${state.port}/?requireTLS=true&tls.rejectUnauthorized=false`;
  state.close = () => new Promise<void>((resolve) => server.close(() => resolve()));
  return state;
}
