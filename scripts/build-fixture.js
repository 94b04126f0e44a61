#!/usr/bin/env node
// `npm run build:fixture`: builds the site from the fictional fixture treaty (tests/fixtures/treaty/data)
// into build-fixture/, exactly as `npm run build` builds the real one: the same data plugin validates it.
import { spawnSync } from 'node:child_process';

const env = { ...process.env, PALERMO_DATA_ROOT: 'tests/fixtures/treaty', PALERMO_BUILD_DIR: 'build-fixture' };
const vite = spawnSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build'], { env, stdio: 'inherit' });
process.exit(vite.status ?? 1);
