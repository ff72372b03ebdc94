import { isAbsolute, relative } from 'node:path';
import type { Rolldown } from 'vite';

type ModuleInfo = Rolldown.ModuleInfo;
type Graph = Map<string, ModuleInfo>;

const COMMENT = /\/\*[\s\S]*?\*\/|\/\/[^\n]*/g;
const REEXPORT = /export\s+(?:type\s+)?(?:\*(?:\s+as\s+\w+)?|\{[^}]*\})\s+from\s+(["'])[^"']+\1;?/g;
const DIRECTIVE = /(["'])use client\1;?/;
const SOURCE_EXTENSION = /\.[cm]?[jt]sx?$/;

/** Whether a module is nothing but `export … from` statements (and a directive). */
function onlyReexports(info: ModuleInfo): boolean {
  if (info.code === null) return false;
  return info.code.replace(COMMENT, '').replace(DIRECTIVE, '').replace(REEXPORT, '').trim() === '';
}

/** The library's own modules (src and the dependencies it bundles) that `entries` reach, imports and import()s. */
function readGraph(entries: readonly string[], context: Rolldown.ChunkingContext): Graph {
  const graph: Graph = new Map();
  const pending = [...entries];
  for (let id = pending.pop(); id !== undefined; id = pending.pop()) {
    // Peers and other externals are bare specifiers, not paths.
    const info = graph.has(id) || !isAbsolute(id) ? null : context.getModuleInfo(id);
    if (!info) continue;
    graph.set(id, info);
    pending.push(...info.importedIds, ...info.dynamicallyImportedIds);
  }
  return graph;
}

/**
 * The public entries and the re-export-only modules they re-export (core/coreExports): an app that imports
 * a name through them loads only the module the name comes from. A re-export-only module loaded otherwise
 * (with import(), or by a module with code) is loaded whole, so it is no barrel.
 */
function barrelsOf(graph: Graph, entries: readonly string[]): Set<string> {
  const barrels = new Set<string>();
  const pending = entries.filter((id) => graph.has(id));
  for (let id = pending.pop(); id !== undefined; id = pending.pop()) {
    barrels.add(id);
    for (const imported of graph.get(id)?.importedIds ?? []) {
      const info = graph.get(imported);
      if (info && !barrels.has(imported) && onlyReexports(info)) pending.push(imported);
    }
  }
  return barrels;
}

/**
 * The doors into the library: the modules a barrel re-exports (what an app imports by name) and the
 * modules loaded with import(). An app's bundler loads a module exactly when it loads a door that reaches it.
 */
function doorsOf(graph: Graph, barrels: ReadonlySet<string>): Set<string> {
  const doors = new Set<string>();
  for (const [id, info] of graph) {
    if (barrels.has(id)) for (const imported of info.importedIds) if (graph.has(imported)) doors.add(imported);
    for (const imported of info.dynamicallyImportedIds) if (graph.has(imported)) doors.add(imported);
  }
  for (const barrel of barrels) doors.delete(barrel);
  return doors;
}

/** Every module the static imports of `door` reach, the door included. */
function staticallyReached(graph: Graph, door: string, barrels: ReadonlySet<string>): Set<string> {
  const reached = new Set<string>();
  const pending = [door];
  for (let id = pending.pop(); id !== undefined; id = pending.pop()) {
    const info = graph.get(id);
    if (!info || reached.has(id) || barrels.has(id)) continue;
    reached.add(id);
    pending.push(...info.importedIds);
  }
  return reached;
}

/** The modules of each group: those reached from exactly the same doors. */
function modulesByDoors(graph: Graph, doors: ReadonlySet<string>, barrels: ReadonlySet<string>): string[][] {
  const reachedBy = new Map<string, string[]>();
  for (const door of doors) {
    for (const id of staticallyReached(graph, door, barrels)) reachedBy.set(id, [...(reachedBy.get(id) ?? []), door]);
  }
  const groups = new Map<string, string[]>();
  for (const [id, from] of reachedBy) {
    const key = from.sort().join('\n');
    groups.set(key, [...(groups.get(key) ?? []), id]);
  }
  return [...groups.values()];
}

/** The module a group's file is named after: its one door, else the first member that no other member imports. */
function namingModule(members: readonly string[], graph: Graph, doors: ReadonlySet<string>): string {
  const ownDoors = members.filter((id) => doors.has(id));
  if (ownDoors.length === 1) return ownDoors[0] ?? '';
  const importedInGroup = (id: string) => members.some((other) => graph.get(other)?.importedIds.includes(id));
  const heads = members.filter((id) => !importedInGroup(id));
  return [...(heads.length > 0 ? heads : members)].sort()[0] ?? '';
}

/** `src/components/JsonTree.tsx` → `components/JsonTree`; a bundled dependency → `node_modules/…`. */
function chunkName(src: string, id: string): string {
  const path = relative(src, id).split('\\').join('/').replace(SOURCE_EXTENSION, '');
  return path.startsWith('../') ? `node_modules/${path.replace(/^(\.\.\/)*node_modules\//, '')}` : path;
}

/**
 * Rolldown's `codeSplitting` group name of each module of the library: one file for each set of modules an
 * app always loads together (the modules that exactly the same doors reach), named after the group's door
 * (`components/JsonTree` holds JsonTree and the tree's internals only it uses) or its first module.
 * Barrels are left to the entries. The groups are read from the module graph on the first call of a build.
 */
export function moduleGroups(src: string, entries: readonly string[]): Rolldown.CodeSplittingNameFunction {
  let groups: Map<string, string> | undefined;
  const assign = (graph: Graph) => {
    const barrels = barrelsOf(graph, entries);
    const doors = doorsOf(graph, barrels);
    const names = new Map<string, string>();
    for (const members of modulesByDoors(graph, doors, barrels)) {
      const name = chunkName(src, namingModule(members, graph, doors));
      for (const id of members) names.set(id, name);
    }
    return names;
  };
  return (id, context) => {
    groups ??= assign(readGraph(entries, context));
    return groups.get(id) ?? null;
  };
}
