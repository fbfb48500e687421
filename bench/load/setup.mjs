// SPDX-License-Identifier: GPL-3.0-or-later
// Prepares a running keyward-server for bench/load: logs the load users in,
// creates the organizations and teams whose tokens the load creates and
// revokes, and writes what the wrk scripts need as a Lua table.
//
//   node setup.mjs BASE_URL FIXTURE_OUT PASSWORD ORGS TEAMS_PER_ORG EMAIL...
import { writeFileSync } from 'node:fs';

const [base, out, password, orgCount, teamsPerOrg, ...emails] = process.argv.slice(2);
if (!base || !out || !password || !emails.length) {
    console.error('usage: setup.mjs BASE_URL FIXTURE_OUT PASSWORD ORGS TEAMS_PER_ORG EMAIL...');
    process.exit(2);
}

async function call(method, path, body, session) {
    const headers = { 'Content-Type': 'application/json' };
    if (session) headers.Authorization = `Bearer ${session}`;
    const reply = await fetch(base + path, {
        method,
        headers,
        body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await reply.text();
    if (reply.status >= 300)
        throw new Error(`${method} ${path}: ${reply.status} ${text}`);
    return text ? JSON.parse(text) : null;
}

// Every created owner comes with one "default" token (api.md): the load may
// hold at most two more at a time, and publishes with the default one.
function defaultToken(created) {
    const token = (created.tokens || []).find((t) => t.value);
    if (!token) throw new Error(`no token value in ${JSON.stringify(created)}`);
    return token.value;
}

const lua = (value) => JSON.stringify(String(value)); // a JSON string is a Lua string here

const session = (await call('POST', '/users/login', { email: emails[0], password })).token;
const stamp = Date.now().toString(36);
const orgs = [];
const teams = [];
for (let i = 0; i < Number(orgCount); ++i) {
    const name = `load-${stamp}-${i}`;
    const org = await call('POST', '/organizations',
        { name, email: 'ops@bench.invalid', notification_url: 'https://bench.invalid/hook' }, session);
    orgs.push({ name, token: defaultToken(org) });
    for (let t = 0; t < Number(teamsPerOrg); ++t) {
        const team = await call('POST', `/organizations/${name}/teams`, { name: `team-${t}` }, session);
        teams.push({ org: name, team: `team-${t}`, token: defaultToken(team) });
    }
}

const lines = ['return {'];
lines.push(`  password = ${lua(password)},`);
lines.push(`  session = ${lua(session)},`);
lines.push(`  emails = { ${emails.map(lua).join(', ')} },`);
lines.push('  orgs = {');
for (const o of orgs) lines.push(`    { name = ${lua(o.name)}, token = ${lua(o.token)} },`);
lines.push('  },');
lines.push('  teams = {');
for (const t of teams)
    lines.push(`    { org = ${lua(t.org)}, team = ${lua(t.team)}, token = ${lua(t.token)} },`);
lines.push('  },');
lines.push('}');
writeFileSync(out, lines.join('\n') + '\n', { mode: 0o600 });
console.log(`setup: ${orgs.length} organizations, ${teams.length} teams, ${emails.length} users`);
