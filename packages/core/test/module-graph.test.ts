// core's modules import each other without a cycle, type-only imports included: a cycle makes the load order (and
// so which module sees the other half-initialised) depend on which one an app imports first.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const sourceRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../src');
const relativeImport = /\b(?:import|export)\s+(?:type\s+)?[^'"]*?\bfrom\s+'(\.{1,2}\/[^']+)'/g;

/** Every module of src and the modules of src it imports, by path relative to src. */
function importGraph(): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of readdirSync(sourceRoot, { recursive: true, encoding: 'utf8' })) {
    if (!file.endsWith('.ts')) continue;
    const source = readFileSync(join(sourceRoot, file), 'utf8');
    const imports = [...source.matchAll(relativeImport)].map(([, specifier]) =>
      relative(sourceRoot, resolve(sourceRoot, dirname(file), specifier as string)).replace(/\.js$/, '.ts'),
    );
    graph.set(file, imports);
  }
  return graph;
}

/** The import cycles of `graph`, each as the chain of modules that closes it. */
function cyclesOf(graph: Map<string, string[]>): string[][] {
  const cycles: string[][] = [];
  const done = new Set<string>();
  const visit = (module: string, chain: string[]) => {
    if (chain.includes(module)) {
      cycles.push([...chain.slice(chain.indexOf(module)), module]);
      return;
    }
    if (done.has(module)) return;
    for (const imported of graph.get(module) ?? []) visit(imported, [...chain, module]);
    done.add(module);
  };
  for (const module of graph.keys()) visit(module, []);
  return cycles;
}

describe('core module graph', () => {
  it('reads the imports of every module', () => {
    const graph = importGraph();
    expect(graph.get('create-client.ts')).toContain('client-types.ts');
    expect(graph.get('transport/transport.ts')).toContain('transport/attempt.ts');
  });

  it('has no import cycle, type-only imports included', () => {
    expect(cyclesOf(importGraph())).toEqual([]);
  });
});
