/**
 * `npm run demo`: fills a company with demo records in every built module (CRM, HR),
 * against the Atrium that `npm start` runs in another terminal, and prints how to sign in.
 *
 *   npm run demo -- [--api http://127.0.0.1:4000] [--email demo@atrium.example] [--password …] [--company "Atrium Demo GmbH"]
 *
 * A second run signs in to the same account and leaves modules that already have records
 * as they are; pass another --email for a second company.
 */
import { parseArgs } from 'node:util';
import { fillCompany } from './fill-company';

const { values } = parseArgs({
  options: {
    api: { type: 'string', default: process.env.API_URL ?? 'http://127.0.0.1:4000' },
    email: { type: 'string', default: 'demo@atrium.example' },
    password: { type: 'string', default: 'atrium-demo-2027' },
    company: { type: 'string', default: 'Atrium Demo GmbH' },
  },
});
const apiUrl = values.api.replace(/\/+$/, '').replace(/\/api$/, '');
const log = (line: string) => console.log(`[demo] ${line}`);

const health = await fetch(`${apiUrl}/api/health`).catch(() => null);
if (!health?.ok) {
  console.error(`[demo] no Atrium API answers at ${apiUrl}/api/health. Start it with \`npm start\` in another terminal (or pass --api).`);
  process.exit(1);
}

try {
  const started = Date.now();
  const demo = await fillCompany({ apiUrl, owner: { email: values.email, password: values.password, name: 'Alex Morgan' }, companyName: values.company, log });
  const dashboard = process.env.PUBLIC_URL ?? 'http://localhost:3000';
  console.log(`
  ${demo.session.companyName} is ready (${((Date.now() - started) / 1000).toFixed(1)} s). Sign in at ${dashboard}/login:

    owner          ${values.email}   password ${values.password}
${demo.members.map((member) => `    ${member.name.padEnd(14)} ${member.email}   password ${values.password}`).join('\n')}
`);
} catch (error) {
  console.error(`[demo] failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
