import { ROLES, type Role } from '../../identity/model.ts';
import { createUserAsOperator } from '../../identity/service.ts';
import { AppError } from '../../platform/errors.ts';
import { parseFlags } from '../flags.ts';
import { type CliCommand, type CliIo, EXIT_FAILED, EXIT_OK, UsageError } from '../model.ts';

const usage = `klasse user create --email E --name N --role R [--provider SLUG] [--customer ID] [--locale nl|en] [--password P]

Creates a user. The password is read from standard input (its first line) unless --password is
given (for scripts; it ends up in the shell history).

  --role       one of ${ROLES.join(', ')}
  --provider   the provider's slug; required for every role except platform_admin
  --customer   the id of the customer company (customer_admin, learner)`;

function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

function printAppError(io: CliIo, error: AppError): void {
  io.stderr(`${error.title}: ${error.message}\n`);
  for (const field of error.errors) io.stderr(`  ${field.path}: ${field.message}\n`);
}

async function create(args: string[], io: CliIo): Promise<number> {
  const { values } = parseFlags(args, {
    email: { type: 'string' },
    name: { type: 'string' },
    role: { type: 'string' },
    provider: { type: 'string' },
    customer: { type: 'string' },
    locale: { type: 'string' },
    password: { type: 'string' },
  });
  const missing = (['email', 'name', 'role'] as const).filter((flag) => !values[flag]);
  if (missing.length > 0) throw new UsageError(`missing ${missing.map((m) => `--${m}`).join(', ')}`);
  const role = values.role ?? '';
  if (!isRole(role)) throw new UsageError(`unknown role "${role}": use one of ${ROLES.join(', ')}`);
  if (role !== 'platform_admin' && !values.provider) {
    throw new UsageError(`a ${role} belongs to a provider: give --provider SLUG`);
  }
  const password = values.password ?? (await io.readStdin()).split(/\r?\n/)[0] ?? '';
  if (password === '') throw new UsageError('no password: pipe it on standard input or give --password');

  const running = await io.openContext();
  try {
    const user = await createUserAsOperator(running.ctx, {
      email: values.email ?? '',
      name: values.name ?? '',
      role,
      providerSlug: values.provider,
      customerId: values.customer,
      locale: values.locale,
      password,
    });
    io.stdout(`Created ${user.role} ${user.email} (id ${user.id}).\n`);
    return EXIT_OK;
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    printAppError(io, error);
    return EXIT_FAILED;
  } finally {
    await running.close();
  }
}

export const command: CliCommand = {
  name: 'user',
  summary: 'Manage users: `klasse user create` adds one',
  usage,
  async run(args, io) {
    const [sub, ...rest] = args;
    if (sub === 'create') return create(rest, io);
    throw new UsageError(sub ? `unknown subcommand "${sub}"` : 'say what to do: klasse user create ...');
  },
};
