/**
 * No Docker engine runs in CI, so the deployment is proven here, statically: the compose
 * file against the environment each Atrium process reads (deploy/env-contract.json), against
 * the Dockerfile, and against itself (every address names a service that listens there and
 * is started before the process that calls it).
 *
 * Values are resolved the way `docker compose up` resolves them on a host whose `.env` sets
 * only the secrets compose requires (`hostSecrets`): every other `${VAR:-default}` takes its
 * default.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { atriumSearchAttributes } from '../workflows/src/search-attributes';

const root = path.resolve(import.meta.dirname, '..');
const read = (file: string) => readFileSync(path.join(root, file), 'utf8');

// ---------------------------------------------------------------------------------------
// The contract

interface ProcessContract {
  command: string;
  reads: string[];
  required: string[];
  /** Variables that carry a secret (or a URL with a password): never a default in compose. */
  secrets: string[];
}

const contract = JSON.parse(read('deploy/env-contract.json')) as Record<string, ProcessContract>;
const contractServices = Object.keys(contract);

// ---------------------------------------------------------------------------------------
// Compose, as `docker compose config` would see it

/** Compose's variable substitution: $$, $VAR, ${VAR}, ${VAR:-x}, ${VAR-x}, ${VAR:?e}, ${VAR?e}, ${VAR:+x}, ${VAR+x}. */
function interpolate(text: string, env: Record<string, string>): string {
  let out = '';
  let i = 0;
  while (i < text.length) {
    const char = text[i]!;
    if (char !== '$') {
      out += char;
      i += 1;
      continue;
    }
    const next = text[i + 1];
    if (next === '$') {
      out += '$';
      i += 2;
      continue;
    }
    if (next === '{') {
      let depth = 1;
      let end = i + 2;
      for (; end < text.length && depth > 0; end += 1) {
        if (text[end] === '{') depth += 1;
        else if (text[end] === '}') depth -= 1;
      }
      if (depth !== 0) throw new Error(`unterminated \${ in ${JSON.stringify(text)}`);
      out += substitute(text.slice(i + 2, end - 1), env);
      i = end;
      continue;
    }
    const bare = /^[A-Za-z_][A-Za-z0-9_]*/.exec(text.slice(i + 1));
    if (!bare) throw new Error(`a lone $ in ${JSON.stringify(text)} (write $$)`);
    out += env[bare[0]] ?? '';
    i += 1 + bare[0].length;
  }
  return out;
}

function substitute(expression: string, env: Record<string, string>): string {
  const match = /^([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-?+])([\s\S]*))?$/.exec(expression);
  if (!match) throw new Error(`unsupported substitution \${${expression}}`);
  const [, name, operator, argument = ''] = match as unknown as [string, string, string | undefined, string | undefined];
  const value = env[name];
  const set = value !== undefined;
  const nonEmpty = set && value !== '';
  switch (operator) {
    case undefined:
      return value ?? '';
    case ':-':
      return nonEmpty ? value : interpolate(argument, env);
    case '-':
      return set ? value : interpolate(argument, env);
    case ':+':
      return nonEmpty ? interpolate(argument, env) : '';
    case '+':
      return set ? interpolate(argument, env) : '';
    case ':?':
    case '?':
      if (operator === ':?' ? nonEmpty : set) return value!;
      throw new Error(`required variable ${name} is missing: ${argument}`);
    default:
      throw new Error(`unsupported substitution \${${expression}}`);
  }
}

function interpolateDeep(node: unknown, env: Record<string, string>): unknown {
  if (typeof node === 'string') return interpolate(node, env);
  if (Array.isArray(node)) return node.map((item) => interpolateDeep(item, env));
  if (node && typeof node === 'object') {
    return Object.fromEntries(Object.entries(node).map(([key, value]) => [key, interpolateDeep(value, env)]));
  }
  return node;
}

type Condition = 'service_started' | 'service_healthy' | 'service_completed_successfully';

interface PortMapping {
  hostIp: string | undefined;
  published: number;
  target: number;
}

interface Service {
  name: string;
  raw: Record<string, unknown>;
  image: string | undefined;
  build: { context: string; dockerfile: string; target: string | undefined } | undefined;
  command: string[];
  entrypoint: string[];
  environment: Record<string, string | undefined>;
  dependsOn: Record<string, Condition>;
  ports: PortMapping[];
  expose: number[];
  volumes: Array<{ source: string; target: string; bind: boolean }>;
  healthcheck: Record<string, unknown> | undefined;
  restart: string | undefined;
}

const composeText = read('docker-compose.yml');

/** What an operator puts in `.env` (deploy/.env.example): compose refuses to start without them. */
const hostSecrets: Record<string, string> = {
  BETTER_AUTH_SECRET: 's3cret-from-the-host-0123456789abcdef-0123456789',
  ATRIUM_OPERATOR_SECRET: 'operator-s3cret-from-the-host-0123456789abcdef',
  ATRIUM_DB_APP_PASSWORD: 'app-from-host',
  ATRIUM_DB_OWNER_PASSWORD: 'owner-from-host',
  TEMPORAL_DB_PASSWORD: 'temporal-from-host',
  POSTGRES_PASSWORD: 'postgres-from-host',
};

function loadCompose(env: Record<string, string> = {}, { secrets = hostSecrets }: { secrets?: Record<string, string> } = {}) {
  const document = interpolateDeep(parse(composeText, { merge: true }), { ...secrets, ...env }) as Record<string, unknown>;
  const rawServices = document.services as Record<string, Record<string, unknown>>;
  const services = Object.fromEntries(Object.entries(rawServices).map(([name, raw]) => [name, normalise(name, raw)]));
  return { document, services };
}

function words(value: unknown): string[] {
  if (value === undefined || value === null) return [];
  if (Array.isArray(value)) return value.map(String);
  return String(value).trim().split(/\s+/);
}

function normalise(name: string, raw: Record<string, unknown>): Service {
  const environment: Record<string, string | undefined> = {};
  if (Array.isArray(raw.environment)) {
    for (const entry of raw.environment as string[]) {
      const at = entry.indexOf('=');
      if (at < 0) environment[entry] = undefined;
      else environment[entry.slice(0, at)] = entry.slice(at + 1);
    }
  } else {
    for (const [key, value] of Object.entries((raw.environment ?? {}) as Record<string, unknown>)) {
      environment[key] = value === null || value === undefined ? undefined : String(value);
    }
  }

  const dependsOn: Record<string, Condition> = {};
  if (Array.isArray(raw.depends_on)) {
    for (const dependency of raw.depends_on as string[]) dependsOn[dependency] = 'service_started';
  } else {
    for (const [dependency, options] of Object.entries((raw.depends_on ?? {}) as Record<string, { condition?: Condition }>)) {
      dependsOn[dependency] = options?.condition ?? 'service_started';
    }
  }

  const ports = ((raw.ports ?? []) as unknown[]).map((entry): PortMapping => {
    if (typeof entry === 'object' && entry !== null) {
      const long = entry as { target: number | string; published?: number | string; host_ip?: string };
      return { hostIp: long.host_ip, published: Number(long.published), target: Number(long.target) };
    }
    const parts = String(entry).replace(/\/(tcp|udp)$/, '').split(':');
    if (parts.length === 3) return { hostIp: parts[0], published: Number(parts[1]), target: Number(parts[2]) };
    if (parts.length === 2) return { hostIp: undefined, published: Number(parts[0]), target: Number(parts[1]) };
    throw new Error(`${name}: a port without a host port, or a range, is not used here: ${String(entry)}`);
  });

  const volumes = ((raw.volumes ?? []) as unknown[]).map((entry) => {
    if (typeof entry === 'object' && entry !== null) {
      const long = entry as { type: string; source: string; target: string };
      return { source: long.source, target: long.target, bind: long.type === 'bind' };
    }
    const [source = '', target = ''] = String(entry).split(':');
    return { source, target, bind: source.startsWith('.') || source.startsWith('/') };
  });

  let build: Service['build'];
  if (typeof raw.build === 'string') build = { context: raw.build, dockerfile: 'Dockerfile', target: undefined };
  else if (raw.build) {
    const long = raw.build as { context?: string; dockerfile?: string; target?: string };
    build = { context: long.context ?? '.', dockerfile: long.dockerfile ?? 'Dockerfile', target: long.target };
  }

  const healthcheck = raw.healthcheck as Record<string, unknown> | undefined;
  return {
    name,
    raw,
    image: raw.image as string | undefined,
    build,
    command: words(raw.command),
    entrypoint: words(raw.entrypoint),
    environment,
    dependsOn,
    ports,
    expose: ((raw.expose ?? []) as unknown[]).map(Number),
    volumes,
    healthcheck: healthcheck && !healthcheck.disable ? healthcheck : undefined,
    restart: raw.restart as string | undefined,
  };
}

const { document: compose, services } = loadCompose();
const service = (name: string): Service => {
  const found = services[name];
  if (!found) throw new Error(`docker-compose.yml has no service ${name}`);
  return found;
};
const env = (serviceName: string, variable: string): string => {
  const value = service(serviceName).environment[variable];
  if (value === undefined || value === '') throw new Error(`${serviceName} gets no ${variable}`);
  return value;
};

/** The ports a service accepts connections on inside the compose network. */
function listeningPorts(target: Service): Set<number> {
  const ports = new Set<number>([...target.expose, ...target.ports.map((port) => port.target)]);
  if (target.environment.PORT) ports.add(Number(target.environment.PORT));
  return ports;
}

/** Every service `name` waits for, directly or through the ones it waits for. */
function dependenciesOf(name: string, seen = new Set<string>()): Set<string> {
  for (const dependency of Object.keys(service(name).dependsOn)) {
    if (!seen.has(dependency)) {
      seen.add(dependency);
      dependenciesOf(dependency, seen);
    }
  }
  return seen;
}

/** The file on the host that a path inside a container comes from, through a bind mount. */
function hostPathOf(inside: Service, containerPath: string): string | undefined {
  for (const volume of inside.volumes) {
    if (!volume.bind) continue;
    if (containerPath === volume.target || containerPath.startsWith(`${volume.target}/`)) {
      return path.resolve(root, volume.source, path.relative(volume.target, containerPath));
    }
  }
  return undefined;
}

const defaultPorts: Record<string, number> = { 'postgres:': 5432, 'postgresql:': 5432, 'http:': 80, 'https:': 443, 'smtp:': 25, 'smtps:': 465 };

interface Address {
  host: string;
  port: number;
}

function addressOf(value: string): Address {
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(value)) {
    const url = new URL(value);
    const port = url.port ? Number(url.port) : defaultPorts[url.protocol];
    if (port === undefined) throw new Error(`no default port known for ${url.protocol} in ${value}`);
    return { host: url.hostname, port };
  }
  const [host = '', port = ''] = value.split(':');
  return { host, port: Number(port) };
}

/** Variables of the contract that hold the address of another service. */
const addressVariables = ['DATABASE_URL', 'DATABASE_OWNER_URL', 'TEMPORAL_ADDRESS', 'API_URL', 'SMTP_URL'];

// ---------------------------------------------------------------------------------------
// The Dockerfile

interface Stage {
  name: string;
  from: string;
  lines: string[];
}

function dockerfileStages(text: string): Stage[] {
  const instructions = text
    .replace(/\\\r?\n/g, ' ')
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#'));
  const globalArgs: Record<string, string> = {};
  const stages: Stage[] = [];
  for (const line of instructions) {
    const from = /^FROM\s+(?:--platform=\S+\s+)?(\S+)(?:\s+AS\s+(\S+))?$/i.exec(line);
    if (from) {
      const image = interpolate(from[1]!, globalArgs);
      stages.push({ name: (from[2] ?? String(stages.length)).toLowerCase(), from: image, lines: [] });
      continue;
    }
    const arg = /^ARG\s+([A-Za-z_][A-Za-z0-9_]*)(?:=(.*))?$/i.exec(line);
    if (arg && stages.length === 0) {
      globalArgs[arg[1]!] = (arg[2] ?? '').replace(/^"(.*)"$/, '$1');
      continue;
    }
    stages.at(-1)?.lines.push(line);
  }
  return stages;
}

const dockerfile = read('Dockerfile');
const stages = dockerfileStages(dockerfile);
const stage = (name: string): Stage => {
  const found = stages.find((candidate) => candidate.name === name);
  if (!found) throw new Error(`the Dockerfile has no stage ${name}`);
  return found;
};

/** Our image: the services built from the Dockerfile, and those that reuse that image by name. */
const builtImage = Object.values(services).find((candidate) => candidate.build)?.image;

// =======================================================================================

describe('deploy/env-contract.json', () => {
  it('describes the five Atrium processes', () => {
    expect([...contractServices].sort()).toEqual(['api', 'migrate', 'support-mail', 'web', 'worker']);
  });

  it.each(contractServices)('%s: requires only variables it reads, each named once', (name) => {
    const { command, reads, required, secrets } = contract[name]!;
    expect(command.trim().length).toBeGreaterThan(0);
    expect(new Set(reads).size).toBe(reads.length);
    expect(new Set(required).size).toBe(required.length);
    for (const variable of [...reads, ...required]) expect(variable).toMatch(/^[A-Z][A-Z0-9_]*$/);
    expect(required.filter((variable) => !reads.includes(variable))).toEqual([]);
    expect(new Set(secrets).size).toBe(secrets.length);
    expect(secrets.filter((variable) => !required.includes(variable))).toEqual([]);
  });
});

describe('docker-compose.yml runs each process as the contract says', () => {
  it.each(contractServices)('%s: exists, runs our image with the stated command', (name) => {
    const svc = service(name);
    expect(builtImage).toBeDefined();
    expect(svc.image).toBe(builtImage);
    expect(svc.entrypoint).toEqual([]);
    expect(svc.command).toEqual(contract[name]!.command.split(/\s+/));
  });

  it.each(contractServices)('%s: gets every required variable, and nothing it does not read', (name) => {
    const { reads, required } = contract[name]!;
    const environment = service(name).environment;
    for (const variable of required) {
      expect(environment[variable], `${name} needs ${variable}`).toBeTruthy();
    }
    expect(Object.keys(environment).filter((variable) => !reads.includes(variable))).toEqual([]);
  });

  it.each(contractServices)('%s: every address it is given is a service that listens there and starts first', (name) => {
    const svc = service(name);
    const waitsFor = dependenciesOf(name);
    for (const variable of addressVariables) {
      const value = svc.environment[variable];
      if (value === undefined) continue;
      const { host, port } = addressOf(value);
      expect(Object.keys(services), `${name} ${variable}=${value}`).toContain(host);
      expect([...listeningPorts(service(host))], `${name} ${variable}: ${host} listens on`).toContain(port);
      expect([...waitsFor], `${name} must wait for ${host}`).toContain(host);
    }
  });

  it('runs two workers and two API processes', () => {
    for (const name of ['worker', 'api']) expect((service(name).raw.deploy as { replicas?: number } | undefined)?.replicas, name).toBe(2);
    // Replicas cannot share a published port: the API is published by api-gateway.
    expect(service('api').ports).toEqual([]);
    expect(service('worker').ports).toEqual([]);
  });

  it('the long-running processes restart; the one-shot migration does not', () => {
    for (const name of ['worker', 'api', 'api-gateway', 'web']) expect(service(name).restart, name).toBe('unless-stopped');
    expect(service('migrate').restart ?? 'no').toBe('no');
    for (const name of contractServices) expect(service(name).raw.init, `${name} reaps zombies`).toBe(true);
  });
});

describe('the processes agree with each other', () => {
  it('migrations run as the owner; the app connects as another role to the same database', () => {
    const app = new URL(env('migrate', 'DATABASE_URL'));
    const owner = new URL(env('migrate', 'DATABASE_OWNER_URL'));
    expect(app.host).toBe(owner.host);
    expect(app.pathname).toBe(owner.pathname);
    expect(app.username).not.toBe(owner.username);
    expect(app.password).not.toBe('');
    expect(app.password).not.toBe(owner.password);
    for (const name of ['worker', 'api']) expect(env(name, 'DATABASE_URL')).toBe(env('migrate', 'DATABASE_URL'));
  });

  it('the owner role and database of DATABASE_OWNER_URL are the ones PostgreSQL creates on its first start', () => {
    const owner = new URL(env('migrate', 'DATABASE_OWNER_URL'));
    expect(env('postgres', 'ATRIUM_DB_OWNER')).toBe(owner.username);
    expect(env('postgres', 'ATRIUM_DB_OWNER_PASSWORD')).toBe(decodeURIComponent(owner.password));
    expect(env('postgres', 'ATRIUM_DB_NAME')).toBe(owner.pathname.slice(1));

    const app = new URL(env('migrate', 'DATABASE_URL')).username;
    expect([env('postgres', 'POSTGRES_USER'), env('postgres', 'ATRIUM_DB_OWNER'), env('postgres', 'TEMPORAL_DB_USER')]).not.toContain(app);

    const initScripts = hostPathOf(service('postgres'), '/docker-entrypoint-initdb.d');
    expect(initScripts && existsSync(path.join(initScripts, '10-roles-and-databases.sh'))).toBe(true);
  });

  it('worker and API use the same Temporal namespace and task queue, the ones temporal-setup prepares', () => {
    for (const variable of ['TEMPORAL_ADDRESS', 'TEMPORAL_NAMESPACE', 'TEMPORAL_TASK_QUEUE']) {
      expect(env('api', variable), variable).toBe(env('worker', variable));
    }
    expect(env('temporal-setup', 'TEMPORAL_NAMESPACE')).toBe(env('worker', 'TEMPORAL_NAMESPACE'));
    expect(env('temporal-setup', 'TEMPORAL_ADDRESS')).toBe(env('worker', 'TEMPORAL_ADDRESS'));
    expect(env('temporal-ui', 'TEMPORAL_DEFAULT_NAMESPACE')).toBe(env('worker', 'TEMPORAL_NAMESPACE'));
  });

  it('the dashboard calls the API through api-gateway, which forwards to every api replica on its port, and its ORIGIN is the PUBLIC_URL the API trusts', () => {
    const apiUrl = new URL(env('web', 'API_URL'));
    expect(apiUrl.hostname).toBe('api-gateway');
    expect(listeningPorts(service('api-gateway'))).toContain(Number(apiUrl.port));
    const gateway = readFileSync(hostPathOf(service('api-gateway'), '/etc/nginx/conf.d/default.conf')!, 'utf8');
    expect(gateway).toMatch(new RegExp(`listen ${apiUrl.port};`));
    expect(gateway).toMatch(new RegExp(`server api:${env('api', 'PORT')} resolve;`));
    expect(gateway).toMatch(/proxy_pass http:\/\/atrium_api;/);
    // The API rate-limits by the last X-Forwarded-For hop: the gateway must not add its own.
    expect(gateway).toContain('proxy_set_header X-Forwarded-For $http_x_forwarded_for;');
    expect(env('web', 'ORIGIN')).toBe(env('api', 'PUBLIC_URL'));

    const publicUrl = new URL(env('api', 'PUBLIC_URL'));
    const webPort = service('web').ports.find((port) => port.target === Number(env('web', 'PORT')));
    expect(publicUrl.hostname).toBe('localhost');
    expect(Number(publicUrl.port)).toBe(webPort?.published);
  });

  it('a PUBLIC_URL set on the host reaches both the API and the dashboard', () => {
    const overridden = loadCompose({ PUBLIC_URL: 'https://app.example.com' }).services;
    expect(overridden.api!.environment.PUBLIC_URL).toBe('https://app.example.com');
    expect(overridden.web!.environment.ORIGIN).toBe('https://app.example.com');
  });

  it('mail goes to Mailpit', () => {
    for (const name of ['worker', 'api']) expect(env(name, 'SMTP_URL')).toBe('smtp://mailpit:1025');
  });
});

describe('start order', () => {
  const expected: Array<[string, string, Condition]> = [
    ['migrate', 'postgres', 'service_healthy'],
    ['temporal-schema', 'postgres', 'service_healthy'],
    ['temporal', 'temporal-schema', 'service_completed_successfully'],
    ['temporal-setup', 'temporal', 'service_healthy'],
    ['temporal-ui', 'temporal', 'service_healthy'],
    ['worker', 'migrate', 'service_completed_successfully'],
    ['worker', 'temporal-setup', 'service_completed_successfully'],
    ['api', 'migrate', 'service_completed_successfully'],
    ['api', 'temporal-setup', 'service_completed_successfully'],
    ['api-gateway', 'api', 'service_healthy'],
    ['web', 'api-gateway', 'service_healthy'],
  ];

  it.each(expected)('%s waits for %s (%s)', (name, dependency, condition) => {
    expect(service(name).dependsOn[dependency]).toBe(condition);
  });

  it('every dependency exists; a healthy one has a healthcheck, a completed one runs once', () => {
    for (const svc of Object.values(services)) {
      for (const [dependency, condition] of Object.entries(svc.dependsOn)) {
        const target = service(dependency);
        if (condition === 'service_healthy') expect(target.healthcheck, `${dependency} healthcheck`).toBeDefined();
        if (condition === 'service_completed_successfully') expect(target.restart ?? 'no', `${dependency} restart`).toBe('no');
      }
    }
  });

  it('has no cycle', () => {
    for (const name of Object.keys(services)) expect([...dependenciesOf(name)]).not.toContain(name);
  });
});

describe('Temporal', () => {
  it('registers the search attributes the workflows use, as Keyword', () => {
    const registered = env('temporal-setup', 'ATRIUM_SEARCH_ATTRIBUTES').split(/\s+/).sort();
    expect(registered).toEqual(['AtriumCompanyId=Keyword', 'AtriumPlan=Keyword', 'AtriumStatus=Keyword']);
    const typeNames: Record<string, string> = { KEYWORD: 'Keyword', TEXT: 'Text', INT: 'Int', DOUBLE: 'Double', BOOL: 'Bool', DATETIME: 'Datetime', KEYWORD_LIST: 'KeywordList' };
    const used = atriumSearchAttributes.map((key) => `${key.name}=${typeNames[key.type]}`).sort();
    expect(registered).toEqual(used);
  });

  it('server, schema tool and admin tools are one release; its store is our PostgreSQL', () => {
    const tag = (name: string) => service(name).image?.split(':')[1];
    expect(service('temporal').image).toMatch(/^temporalio\/server:\d+\.\d+\.\d+$/);
    expect(service('temporal-schema').image).toMatch(/^temporalio\/admin-tools:/);
    expect(service('temporal-setup').image).toMatch(/^temporalio\/admin-tools:/);
    expect(tag('temporal-schema')).toBe(tag('temporal'));
    expect(tag('temporal-setup')).toBe(tag('temporal'));

    expect(env('temporal', 'DB')).toBe('postgres12');
    expect(env('temporal', 'POSTGRES_SEEDS')).toBe('postgres');
    expect(env('temporal-schema', 'SQL_HOST')).toBe('postgres');
    expect(listeningPorts(service('postgres'))).toContain(Number(env('temporal', 'DB_PORT')));
    expect(listeningPorts(service('postgres'))).toContain(Number(env('temporal-schema', 'SQL_PORT')));
    expect(env('temporal', 'POSTGRES_USER')).toBe(env('postgres', 'TEMPORAL_DB_USER'));
    expect(env('temporal-schema', 'SQL_USER')).toBe(env('postgres', 'TEMPORAL_DB_USER'));
    expect(env('temporal', 'POSTGRES_PWD')).toBe(env('postgres', 'TEMPORAL_DB_PASSWORD'));
    expect(env('temporal-schema', 'SQL_PASSWORD')).toBe(env('postgres', 'TEMPORAL_DB_PASSWORD'));

    const init = read('deploy/postgres/initdb/10-roles-and-databases.sh');
    for (const database of [env('temporal', 'DBNAME'), env('temporal', 'VISIBILITY_DBNAME')]) {
      expect(init).toContain(`'${database}'`);
    }
    expect(read('deploy/temporal/setup-schema.sh')).toContain('temporal:temporal visibility:temporal_visibility');
  });

  it('listens where the clients look, and the UI talks to it', () => {
    const { host, port } = addressOf(env('worker', 'TEMPORAL_ADDRESS'));
    expect(host).toBe('temporal');
    expect(listeningPorts(service('temporal'))).toContain(port);
    expect(env('temporal-ui', 'TEMPORAL_ADDRESS')).toBe(env('worker', 'TEMPORAL_ADDRESS'));
  });

  it('the setup scripts and the dynamic config it mounts exist', () => {
    for (const name of ['temporal-schema', 'temporal-setup']) {
      const svc = service(name);
      const script = [...svc.entrypoint, ...svc.command].find((word) => word.endsWith('.sh'));
      expect(script, `${name} runs a script`).toBeDefined();
      const onHost = hostPathOf(svc, script!);
      expect(onHost && existsSync(onHost), `${name}: ${script} is mounted from the repo`).toBe(true);
    }
    const dynamicConfig = hostPathOf(service('temporal'), env('temporal', 'DYNAMIC_CONFIG_FILE_PATH'));
    expect(dynamicConfig && existsSync(dynamicConfig)).toBe(true);
  });
});

describe('what the host sees', () => {
  it('publishes exactly the Support desk mail listener, the dashboard, the API, the Temporal UI and Mailpit', () => {
    const published = Object.values(services).flatMap((svc) => svc.ports.map((port) => [svc.name, port.published, port.target]));
    expect(published.sort((a, b) => Number(a[1]) - Number(b[1]))).toEqual([
      ['support-mail', 25, Number(env('support-mail', 'ATRIUM_SUPPORT_SMTP_PORT'))],
      ['web', 3000, Number(env('web', 'PORT'))],
      ['api-gateway', 4000, Number(env('api', 'PORT'))],
      ['mailpit', 8025, 8025],
      ['temporal-ui', 8233, 8080],
    ]);
  });

  it('on the loopback interface unless told otherwise', () => {
    for (const svc of Object.values(services)) for (const port of svc.ports) expect(port.hostIp, svc.name).toBe('127.0.0.1');
    const exposed = loadCompose({ ATRIUM_BIND_ADDRESS: '0.0.0.0' }).services;
    expect(exposed.web!.ports[0]!.hostIp).toBe('0.0.0.0');
  });

  it('every secret is required from the host: none has a default in the file', () => {
    // Each ${…} that names a secret either stops compose with a message (`:?`) or is an
    // optional feature left off by an empty default (Stripe without keys is the sandbox).
    const references = [...composeText.matchAll(/\$\{([A-Z][A-Z0-9_]*)(:?[-?+])?([^}]*)\}/g)];
    const secretReferences = references.filter(([, name]) => /PASSWORD|PWD|SECRET|_KEY$/.test(name!));
    expect(secretReferences.length).toBeGreaterThanOrEqual(8);
    for (const [text, , operator, argument] of secretReferences) {
      if (operator === ':?') expect(argument!.trim().length, `${text} says what to set`).toBeGreaterThan(0);
      else expect([operator, argument], `${text} has a default`).toEqual([':-', '']);
    }
    expect(composeText).not.toMatch(/CHANGE-ME/);
  });

  it.each(Object.keys(hostSecrets))('refuses to start without %s, naming it', (variable) => {
    const { [variable]: _left, ...others } = hostSecrets;
    expect(() => loadCompose({}, { secrets: others })).toThrow(new RegExp(`required variable ${variable} is missing: set ${variable} in \\.env`));
    expect(() => loadCompose({ [variable]: '' }, { secrets: others })).toThrow(new RegExp(variable));
  });

  it.each(contractServices)("%s: every secret of the contract comes from the host's .env, unchanged", (name) => {
    const { secrets } = contract[name]!;
    for (const variable of secrets) {
      const value = service(name).environment[variable];
      expect(value, `${name} gets ${variable}`).toBeTruthy();
      // Changing every host secret changes this value: nothing in it is fixed by the file.
      const changed = loadCompose({}, { secrets: Object.fromEntries(Object.entries(hostSecrets).map(([key, secret]) => [key, `${secret}-rotated`])) });
      expect(changed.services[name]!.environment[variable], `${name} ${variable}`).not.toBe(value);
      const secret = /^[a-z]+:\/\//.test(value!) ? decodeURIComponent(new URL(value!).password) : value;
      expect(Object.values(hostSecrets), `${name} ${variable}`).toContain(secret);
    }
  });

  it('keeps PostgreSQL 18 data in a named volume at /var/lib/postgresql', () => {
    const postgres = service('postgres');
    expect(postgres.image).toBe('postgres:18');
    const data = postgres.volumes.find((volume) => volume.target === '/var/lib/postgresql');
    expect(data?.bind).toBe(false);
    expect(Object.keys((compose.volumes ?? {}) as object)).toContain(data?.source);
  });

  it('pins every image it pulls to a version', () => {
    for (const svc of Object.values(services)) {
      if (svc.image === builtImage) continue;
      expect(svc.image, svc.name).toMatch(/^[\w./-]+:[\w.-]+$/);
      expect(svc.image, svc.name).not.toMatch(/:latest$/);
    }
  });

  it('every bind mount comes from a file or folder of the repo', () => {
    for (const svc of Object.values(services)) {
      for (const volume of svc.volumes.filter((candidate) => candidate.bind)) {
        expect(existsSync(path.resolve(root, volume.source)), `${svc.name}: ${volume.source}`).toBe(true);
      }
    }
  });
});

describe('Dockerfile', () => {
  it('builds from node:24-bookworm-slim in the stages compose and the comments rely on', () => {
    expect(stages.map((candidate) => candidate.name)).toEqual(['base', 'deps', 'prod-deps', 'build', 'runtime']);
    expect(stage('base').from).toBe('node:24-bookworm-slim');
    expect(stage('deps').from).toBe('base');
    expect(stage('prod-deps').from).toBe('deps');
    expect(stage('build').from).toBe('deps');
    expect(stage('runtime').from).toBe('base');
  });

  it('is the one compose builds, at a stage that exists, and every service of our image can get it', () => {
    const builders = Object.values(services).filter((svc) => svc.build);
    expect(builders.length).toBeGreaterThan(0);
    for (const svc of builders) {
      expect(path.resolve(root, svc.build!.context)).toBe(root);
      expect(statSync(path.join(root, svc.build!.context, svc.build!.dockerfile)).isFile()).toBe(true);
      expect(stages.map((candidate) => candidate.name)).toContain(svc.build!.target);
      expect(svc.build!.target).toBe('runtime');
    }
    // Compose builds an image once and lets every other service with the same name use it.
    for (const name of contractServices) expect(service(name).image).toBe(builders[0]!.image);
  });

  it('installs from the lockfile with every workspace manifest in place', () => {
    const workspaces = (JSON.parse(read('package.json')) as { workspaces: string[] }).workspaces;
    const copies = stage('deps').lines.filter((line) => /^COPY\s/i.test(line));
    for (const workspace of workspaces) {
      expect(copies, workspace).toContainEqual(expect.stringMatching(new RegExp(`\\s${workspace}/package\\.json\\s`)));
    }
    expect(copies).toContainEqual(expect.stringMatching(/package-lock\.json/));
    expect(stage('deps').lines).toContainEqual(expect.stringMatching(/\bnpm ci\b/));
  });

  it('builds the dashboard that the web command starts', () => {
    // `npm run build` is scripts/build/main.ts: the server bundles and the dashboard (web's own `vite build`).
    expect(stage('build').lines).toContainEqual(expect.stringMatching(/^RUN npm run build\b(?! -w)/));
    expect((JSON.parse(read('package.json')) as { scripts: Record<string, string> }).scripts.build).toBe('node scripts/bootstrap.mjs build');
    expect(read('scripts/build/main.ts')).toMatch(/ensureDashboardBuilt\(\)/);
    const [, entry] = contract.web!.command.split(/\s+/);
    expect(read('web/package.json')).toMatch(/"build":\s*"vite build"/);
    expect(read('web/vite.config.ts')).toMatch(/adapter\(\{\s*out:\s*'build'\s*\}\)/);
    expect(entry).toBe('web/build/index.js');
  });

  it('builds every server bundle a command runs, and the workflow bundle the worker loads', () => {
    const servers = read('scripts/build/servers.ts');
    for (const name of ['migrate', 'worker', 'api', 'support-mail']) {
      const [node, file, ...rest] = contract[name]!.command.split(/\s+/);
      expect([node, rest], `${name} runs a file with plain node`).toEqual(['node', []]);
      const bundle = /^build\/server\/([\w-]+)\.js$/.exec(file!);
      expect(bundle, `${name}: ${file}`).not.toBeNull();
      expect(servers, `scripts/build/servers.ts bundles ${bundle![1]}`).toMatch(new RegExp(`['"]?${bundle![1]}['"]?: '[\\w/-]+\\.ts'`));
    }
    expect(servers).toMatch(/workflow-bundle\.js/);
    expect(read('workers/src/worker-tuning.ts')).toMatch(/workflow-bundle\.js/);
    expect(stage('build').lines).toContainEqual(expect.stringMatching(/^RUN npm run build .*-f build\/server\/workflow-bundle\.js/));
  });

  it('ships no dev tooling: production dependencies only, and no process runs TypeScript', () => {
    expect(stage('prod-deps').lines).toContainEqual(expect.stringMatching(/\bnpm ci --omit=dev\b/));
    const runtime = stage('runtime').lines;
    const copies = runtime.filter((line) => /^COPY\s/i.test(line));
    // node_modules and the manifests come from prod-deps; from the build, only what it built (and the
    // workflows' entry the worker resolves).
    expect(copies).toContainEqual('COPY --from=prod-deps /app /app');
    for (const line of copies.filter((candidate) => candidate.includes('--from=build'))) {
      expect(line).toMatch(/^COPY --from=build \/app\/(build|web\/build|workflows\/src) \/app\/\1$/);
    }
    expect(copies.filter((line) => !/--from=(prod-deps|build)\b/.test(line))).toEqual([]);
    // tsx, typescript and vite stay dev dependencies of every workspace, so --omit=dev leaves them out.
    const manifests = ['package.json', ...(JSON.parse(read('package.json')) as { workspaces: string[] }).workspaces.map((workspace) => `${workspace}/package.json`)];
    for (const manifest of manifests) {
      const dependencies = Object.keys((JSON.parse(read(manifest)) as { dependencies?: Record<string, string> }).dependencies ?? {});
      expect(dependencies.filter((name) => ['tsx', 'typescript', 'vite', 'vitest', 'esbuild', 'node'].includes(name)), manifest).toEqual([]);
    }
    for (const name of contractServices) expect(contract[name]!.command, name).not.toMatch(/tsx|--import|\.ts\b/);
  });

  it('runs as the unprivileged node user, in production mode, from the built /app', () => {
    const runtime = stage('runtime').lines;
    expect(runtime).toContainEqual('ENV NODE_ENV=production');
    const users = runtime.filter((line) => /^USER\s/i.test(line));
    expect(users.at(-1)).toBe('USER node');
  });

  it('leaves host node_modules, builds and secrets out of the build context', () => {
    const ignored = read('.dockerignore').split(/\r?\n/).map((line) => line.trim());
    for (const pattern of ['**/node_modules', 'web/build', '.env', '.git', '.data']) expect(ignored).toContain(pattern);
  });
});

describe('interpolate (the compose substitution the checks above rely on)', () => {
  it('resolves defaults, set values, escapes and required variables like compose', () => {
    expect(interpolate('${A:-x}', {})).toBe('x');
    expect(interpolate('${A:-x}', { A: '' })).toBe('x');
    expect(interpolate('${A-x}', { A: '' })).toBe('');
    expect(interpolate('${A:-x}', { A: 'y' })).toBe('y');
    expect(interpolate('a$$b ${A}', { A: 'y' })).toBe('a$b y');
    expect(interpolate('$A/${B:+on}', { A: 'y', B: '1' })).toBe('y/on');
    expect(interpolate('${A:-${B:-z}}', {})).toBe('z');
    expect(() => interpolate('${A:?set A}', {})).toThrow(/set A/);
  });
});
