// SPDX-License-Identifier: GPL-3.0-or-later
// The Express + jsonwebtoken peer of bench/publish: accepts the requests of
// keyward-server's POST /organizations/{org}/metrics with the same checks
// (ES256 signature against keyward's JWKS key, audience, exp/nbf, the
// metrics:write scope, the token's organization, the body's points) and the
// same answers (202 {"accepted": n}, 401/403/400 problems). Points are kept
// in memory only: the peer pays no database, which favours it.
//
//   node publish-server.js JWKS_FILE PORT_FILE
'use strict';
const crypto = require('crypto');
const fs = require('fs');
const express = require('express');
const jwt = require('jsonwebtoken');

const [jwksFile, portFile] = process.argv.slice(2);
const keys = new Map();
for (const jwk of JSON.parse(fs.readFileSync(jwksFile, 'utf8')).keys) {
  keys.set(jwk.kid, crypto.createPublicKey({ key: jwk, format: 'jwk' }));
}

const problem = (res, status, detail) =>
  res.status(status).type('application/problem+json').send(JSON.stringify({ status, detail }));

const app = express();
app.disable('x-powered-by');
app.use(express.json({ limit: '1mb' }));
const stored = [];

app.post('/organizations/:org/metrics', (req, res) => {
  const header = req.get('authorization') || '';
  const match = /^Bearer (.+)$/.exec(header);
  if (!match) return problem(res, 401, 'This endpoint needs credentials.');
  let claims;
  try {
    const decoded = jwt.decode(match[1], { complete: true });
    const key = decoded && keys.get(decoded.header.kid);
    if (!key) return problem(res, 401, 'The token is signed by an unknown or retired key.');
    claims = jwt.verify(match[1], key, {
      algorithms: ['ES256'],
      audience: 'keyward-publish',
      clockTolerance: 30,
    });
  } catch (error) {
    return problem(res, 401, `The token is not valid: ${error.message}`);
  }
  const scopes = String(claims.scope || '').split(' ');
  if (!scopes.includes('metrics:write'))
    return problem(res, 403, 'The token may not publish: it lacks the scope "metrics:write".');
  if (claims.org !== req.params.org)
    return problem(res, 403, `The token belongs to organization '${claims.org}'.`);
  const metrics = req.body && req.body.metrics;
  if (!Array.isArray(metrics) || metrics.length === 0)
    return problem(res, 400, "The body needs 'metrics', a non-empty array of points.");
  for (const point of metrics) {
    if (typeof point !== 'object' || typeof point.metric !== 'string' ||
        typeof point.value !== 'number' || !Number.isInteger(point.timestamp))
      return problem(res, 400, 'Every point needs metric, value and an integral timestamp.');
  }
  for (const point of metrics) {
    if (stored.length >= 100000) stored.shift();
    stored.push({ org: req.params.org, ...point, tags: { ...(point.tags || {}), ...(claims.labels || {}) } });
  }
  res.status(202).json({ accepted: metrics.length });
});

const server = app.listen(0, '127.0.0.1', () => {
  fs.writeFileSync(portFile, String(server.address().port));
});
