#!/usr/bin/env node
// Counts the imports between the layers of scripts/layers.mjs, in each direction: what the
// architecture looks like, and that nothing imports upward (lint fails on that).
//   node scripts/layer-imports.mjs
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { layerOf } from './layers.mjs';

const PROJECT = path.resolve(import.meta.dirname, '..');
const RANK = { core: 0, emulator: 1, suite: 2 };
const IMPORT = /^(?:import|export)\b[^'"]*?from\s+'(\.[^']+)'|^import\s+'(\.[^']+)'/gm;

const files = ['src', 'mocks', 'steps', 'bin', 'reference-participant'].flatMap((dir) =>
  readdirSync(path.join(PROJECT, dir), { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.ts')).map((name) => path.join(dir, name)),
);
const counts = new Map();
let upward = 0;
for (const file of files) {
  const from = layerOf(file);
  for (const match of readFileSync(path.join(PROJECT, file), 'utf8').matchAll(IMPORT)) {
    const target = path.relative(PROJECT, path.resolve(PROJECT, path.dirname(file), match[1] ?? match[2]));
    const to = layerOf(target);
    if (!from || !to || from === to) continue;
    const key = `${from} → ${to}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
    if (RANK[from] !== undefined && RANK[to] !== undefined && RANK[to] > RANK[from]) upward += 1;
  }
}
for (const [key, count] of [...counts].sort()) console.log(`${key.padEnd(24)} ${count}`);
console.log(`upward imports: ${upward}`);
