// `pnpm users:create --role admin --email a@b.ru --name "Имя" [--region 72]`: creates an active
// account (the first admin, typically). The password is read from the REGISTRY_PASSWORD
// environment variable, or from standard input, never from the command line.
import { createInterface } from 'node:readline/promises';
import { regionFits } from '@registry/contracts/accounts';
import { EmailSchema, PasswordSchema, UserRoleSchema } from '@registry/contracts/auth';
import { RegionCodeSchema } from '@registry/contracts/regions';
import { z } from 'zod';
import { hashPassword, logSecurityEvent } from '../modules/auth';
import { CliError, runCli } from './run-cli';

const ArgsSchema = z
  .object({
    role: UserRoleSchema,
    email: EmailSchema,
    name: z.string().min(1).max(200),
    region: RegionCodeSchema.optional(),
  })
  .refine((args) => regionFits(args.role, args.region), {
    message: 'A coordinator needs --region NN; an expert may have one (home region); other roles take none',
  });

function parseArgs(argv: string[]) {
  const values: Record<string, string> = {};
  for (let i = 0; i < argv.length; i += 2) {
    const key = argv[i];
    const value = argv[i + 1];
    if (!key?.startsWith('--') || value === undefined) break;
    values[key.slice(2)] = value;
  }
  const parsed = ArgsSchema.safeParse({ name: values.email, ...values });
  if (!parsed.success) {
    throw new CliError(
      `${parsed.error.issues.map((i) => `${i.path.join('.') || 'arguments'}: ${i.message}`).join('\n')}\n` +
        'Usage: pnpm users:create --role coordinator|expert|moderator|admin --email EMAIL [--name NAME] [--region NN]',
    );
  }
  return parsed.data;
}

async function readPassword(): Promise<string> {
  if (process.env.REGISTRY_PASSWORD) return process.env.REGISTRY_PASSWORD;
  const rl = createInterface({ input: process.stdin, output: process.stderr, terminal: false });
  const answer = await rl.question('Password (at least 10 characters): ');
  rl.close();
  return answer.trim();
}

await runCli('users:create', async ({ db, config, log, args }) => {
  const input = parseArgs(args);
  const { prepareDatabase } = await import('../bootstrap');
  await prepareDatabase(db, config, log, { seed: true });
  const password = PasswordSchema.safeParse(await readPassword());
  if (!password.success) throw new CliError(password.error.issues[0]?.message ?? 'Bad password');
  const existing = await db.prisma.user.findUnique({ where: { email: input.email }, select: { id: true } });
  if (existing) throw new CliError(`An account with ${input.email} already exists`);
  const user = await db.prisma.user.create({
    data: {
      email: input.email,
      name: input.name,
      role: input.role,
      regionCode: input.region ?? null,
      status: 'active',
      passwordHash: await hashPassword(password.data),
      passwordChangedAt: new Date(),
    },
    select: { id: true },
  });
  await logSecurityEvent(db.prisma, {
    kind: 'user_created',
    userId: user.id,
    email: input.email,
    detail: { via: 'cli' },
  });
  log.info(`created ${input.role} ${input.email} (id ${user.id})`);
});
