// SPDX-License-Identifier: GPL-3.0-or-later
// The Abacus peer of bench/verify: node jsonwebtoken (what Abacus validates
// with) verifying the tokens keyward-bench-verify wrote, with the same
// checks (algorithm pinned by the key, audience, exp/nbf), on one core.
//
//   node verify-peer.js DIR SECONDS
//
// Prints "<alg> <verifications per second>" or "<alg> unsupported <why>".
'use strict';
const fs = require('fs');
const path = require('path');
const crypto = require('crypto');
const jwt = require('jsonwebtoken');

const [dir, secondsText] = process.argv.slice(2);
const seconds = Number(secondsText || 3);

for (const alg of ['RS256', 'ES256', 'EdDSA']) {
  const token = fs.readFileSync(path.join(dir, `${alg}.jwt`), 'utf8');
  // A KeyObject made once, as a long-running verifier would keep it.
  const key = crypto.createPublicKey(fs.readFileSync(path.join(dir, `${alg}.pem`), 'utf8'));
  const options = { algorithms: [alg], audience: 'keyward-publish', clockTolerance: 30 };
  try {
    jwt.verify(token, key, options);
  } catch (error) {
    console.log(`${alg} unsupported ${String(error.message).replace(/\s+/g, ' ')}`);
    continue;
  }
  const limit = process.hrtime.bigint() + BigInt(Math.round(seconds * 1e9));
  const start = process.hrtime.bigint();
  let count = 0;
  let now = start;
  do {
    for (let i = 0; i < 16; ++i) jwt.verify(token, key, options);
    count += 16;
    now = process.hrtime.bigint();
  } while (now < limit);
  console.log(`${alg} ${Math.round((count * 1e9) / Number(now - start))}`);
}
