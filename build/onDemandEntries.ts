import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import ts from 'typescript';

const SOURCE = /\.tsx?$/;

/**
 * The specifiers of every `import()` call in a source file: how src loads a part on demand
 * (createOnDemandModule, loadOnDemand, a policy). Throws on a call whose module it cannot read (a computed
 * or template specifier, or none), which would otherwise be left to the grouping, wrapped in a namespace object.
 * `typeof import('./x')` is a type and is skipped.
 */
export function dynamicImports(fileName: string, text: string): string[] {
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true);
  const specifiers: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      const [argument] = node.arguments;
      if (!argument || !ts.isStringLiteralLike(argument)) {
        const { line } = source.getLineAndCharacterOfPosition(node.getStart(source));
        throw new Error(`${fileName}:${line + 1}: ${node.getText(source)} names no module the build can read`);
      }
      specifiers.push(argument.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return specifiers;
}

/** The source file an import specifier without extension names, or undefined when there is none. */
function sourceFile(from: string, specifier: string): string | undefined {
  const base = resolve(from, '..', specifier);
  return ['.ts', '.tsx'].map((extension) => base + extension).find((file) => existsSync(file));
}

/**
 * Every module that src loads with `import()`, as library entries named after their path under `src`
 * (`core/request/readAnswer` → dist/core/request/readAnswer.js). As entries they keep their own file,
 * their name and their exports as they are: the chunk `import()` loads is the module itself, not a
 * chunk of grouped modules wrapped in a namespace object.
 */
export function onDemandEntries(src: string): Record<string, string> {
  const entries: Record<string, string> = {};
  for (const name of readdirSync(src, { recursive: true, encoding: 'utf8' })) {
    if (!SOURCE.test(name)) continue;
    const file = join(src, name);
    const text = readFileSync(file, 'utf8');
    // Only files that call import() are parsed.
    if (!/\bimport\s*\(/.test(text)) continue;
    for (const specifier of dynamicImports(relative(src, file), text)) {
      // A package's own import() stays an import of that package.
      if (!specifier.startsWith('./') && !specifier.startsWith('../')) continue;
      const target = sourceFile(file, specifier);
      if (!target) throw new Error(`${relative(src, file)} imports ${specifier} on demand: no such module in src`);
      entries[relative(src, target).split('\\').join('/').replace(SOURCE, '')] = target;
    }
  }
  return entries;
}
