// How a preload uses ipcRenderer, read with the TypeScript compiler (parser and type checker)
// rather than a pattern, so that no spelling of a call escapes: the page may reach the main
// process only through the contract's channels, and must never get hold of ipcRenderer itself.
// A value counts as ipcRenderer by its type (Electron's IpcRenderer), so an alias, a
// destructuring, a chained `.on()` (which returns ipcRenderer) or an event's `sender` is found
// wherever it goes.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const preloadDir = path.join(root, 'src/preload');
const apiFile = path.join(root, 'src/shared/api.ts');
const contractFile = path.join(root, 'src/shared/contract.ts');

const options: ts.CompilerOptions = {
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  strict: true,
  noEmit: true,
  skipLibCheck: true,
  types: ['node'],
  lib: ['lib.es2023.d.ts'],
};

/** The methods that register a listener: it is called with the event, whose `sender` is ipcRenderer. */
const listenerMethods = new Set(['on', 'once', 'addListener', 'prependListener', 'prependOnceListener']);
/** The array methods through which the preload may walk the contract's call names. */
const walks = new Set(['map', 'forEach', 'flatMap']);

export interface PreloadUse {
  /** Each ipcRenderer method called, in source order (`invoke`, `on`, …). */
  readonly calls: string[];
  /** What is wrong, each as `line: problem: source text`. */
  readonly problems: string[];
}

/**
 * Checks preload sources given by their name in src/preload: with `text`, that text stands in
 * for the file (it need not exist), otherwise the file is read from disk. `callNames` are the
 * contract's call names, the only strings `channelOf` may be given.
 */
export function checkPreloads(
  files: readonly { name: string; text?: string }[],
  callNames: readonly string[],
): Map<string, PreloadUse> {
  const given = new Map<string, string>();
  const roots = files.map(({ name, text }) => {
    const file = path.join(preloadDir, name);
    if (text !== undefined) given.set(file, text);
    return file;
  });
  const disk = ts.createCompilerHost(options, true);
  const host: ts.CompilerHost = {
    ...disk,
    fileExists: (f) => given.has(path.resolve(f)) || disk.fileExists(f),
    readFile: (f) => given.get(path.resolve(f)) ?? disk.readFile(f),
    getSourceFile: (f, language, onError, shouldCreate) => {
      const text = given.get(path.resolve(f));
      return text === undefined
        ? disk.getSourceFile(f, language, onError, shouldCreate)
        : ts.createSourceFile(f, text, language, true);
    },
  };
  const program = ts.createProgram(roots, options, host);
  const checker = program.getTypeChecker();
  const electronTypes = program
    .getSourceFiles()
    .some((s) => /\/node_modules\/electron\/electron\.d\.ts$/.test(s.fileName));
  // Without Electron's types no value would count as ipcRenderer and every check would pass.
  if (!electronTypes) throw new Error("Electron's types (node_modules/electron/electron.d.ts) were not loaded");

  const resolved = (node: ts.Node): ts.Symbol | undefined => {
    const symbol = checker.getSymbolAtLocation(node);
    return symbol && symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
  };
  const isExportOf = (node: ts.Node, file: string, name: string): boolean => {
    const symbol = resolved(node);
    return (
      symbol?.name === name &&
      (symbol.declarations ?? []).some((d) => path.resolve(d.getSourceFile().fileName) === file)
    );
  };
  const isIpcRendererType = (type: ts.Type): boolean => {
    if (type.isUnionOrIntersection()) return type.types.some(isIpcRendererType);
    const symbol = type.getSymbol() ?? type.aliasSymbol;
    return (
      symbol?.name === 'IpcRenderer' &&
      (symbol.declarations ?? []).some((d) => d.getSourceFile().fileName.includes('/node_modules/electron/'))
    );
  };
  /** `ipcRenderer` as imported, unrenamed, from 'electron' (not a local of that name). */
  const isImportedIpcRenderer = (node: ts.Identifier): boolean => {
    const declaration = checker.getSymbolAtLocation(node)?.declarations?.[0];
    return (
      node.text === 'ipcRenderer' &&
      declaration !== undefined &&
      ts.isImportSpecifier(declaration) &&
      declaration.propertyName === undefined &&
      ts.isStringLiteral(declaration.parent.parent.parent.moduleSpecifier) &&
      declaration.parent.parent.parent.moduleSpecifier.text === 'electron'
    );
  };
  /** The function a listener argument names: written in place, or a const or function of the file. */
  const functionOf = (node: ts.Expression): ts.SignatureDeclaration | undefined => {
    if (ts.isArrowFunction(node) || ts.isFunctionExpression(node)) return node;
    if (!ts.isIdentifier(node)) return undefined;
    const declaration = checker.getSymbolAtLocation(node)?.valueDeclaration;
    if (declaration && ts.isFunctionDeclaration(declaration)) return declaration;
    if (
      declaration &&
      ts.isVariableDeclaration(declaration) &&
      ts.getCombinedNodeFlags(declaration) & ts.NodeFlags.Const &&
      declaration.initializer &&
      (ts.isArrowFunction(declaration.initializer) || ts.isFunctionExpression(declaration.initializer))
    )
      return declaration.initializer;
    return undefined;
  };
  const references = (scope: ts.Node, symbol: ts.Symbol): ts.Identifier[] => {
    const found: ts.Identifier[] = [];
    const visit = (n: ts.Node) => {
      if (ts.isIdentifier(n) && checker.getSymbolAtLocation(n) === symbol) found.push(n);
      ts.forEachChild(n, visit);
    };
    visit(scope);
    return found;
  };
  const isAssigned = (id: ts.Identifier): boolean => {
    const parent = id.parent;
    return (
      (ts.isBinaryExpression(parent) &&
        parent.left === id &&
        parent.operatorToken.kind >= ts.SyntaxKind.FirstAssignment &&
        parent.operatorToken.kind <= ts.SyntaxKind.LastAssignment) ||
      ((ts.isPrefixUnaryExpression(parent) || ts.isPostfixUnaryExpression(parent)) &&
        (parent.operator === ts.SyntaxKind.PlusPlusToken || parent.operator === ts.SyntaxKind.MinusMinusToken))
    );
  };
  /** A contract call's name: a literal from callNames, or the parameter of a walk over callNames. */
  const isCallName = (node: ts.Expression): boolean => {
    if (ts.isStringLiteral(node)) return callNames.includes(node.text);
    if (!ts.isIdentifier(node)) return false;
    const parameter = checker.getSymbolAtLocation(node)?.valueDeclaration;
    if (!parameter || !ts.isParameter(parameter) || !ts.isIdentifier(parameter.name)) return false;
    if (parameter.initializer || parameter.dotDotDotToken) return false;
    const walk = parameter.parent;
    if (!(ts.isArrowFunction(walk) || ts.isFunctionExpression(walk)) || walk.parameters[0] !== parameter) return false;
    const call = walk.parent;
    const walked =
      ts.isCallExpression(call) &&
      call.arguments[0] === walk &&
      ts.isPropertyAccessExpression(call.expression) &&
      walks.has(call.expression.name.text) &&
      ts.isIdentifier(call.expression.expression) &&
      isExportOf(call.expression.expression, contractFile, 'callNames');
    const symbol = checker.getSymbolAtLocation(parameter.name);
    return walked && symbol !== undefined && !references(walk, symbol).some(isAssigned);
  };
  const isContractChannel = (node: ts.Expression | undefined): boolean =>
    node !== undefined &&
    ((ts.isIdentifier(node) && isExportOf(node, apiFile, 'progressChannel')) ||
      (ts.isCallExpression(node) &&
        ts.isIdentifier(node.expression) &&
        isExportOf(node.expression, apiFile, 'channelOf') &&
        node.arguments.length === 1 &&
        isCallName(node.arguments[0])));

  const results = new Map<string, PreloadUse>();
  files.forEach(({ name }, i) => {
    const source = program.getSourceFile(roots[i])!;
    const use: PreloadUse = { calls: [], problems: [] };
    results.set(name, use);
    const report = (node: ts.Node, problem: string) => {
      const { line } = source.getLineAndCharacterOfPosition(node.getStart());
      use.problems.push(`${line + 1}: ${problem}: ${node.getText().replace(/\s+/g, ' ')}`);
    };

    /** An allowed `ipcRenderer.method(channel, …)`: its channel, and a listener that keeps the event. */
    const checkCall = (call: ts.CallExpression, method: string) => {
      use.calls.push(method);
      const [channel, listener] = call.arguments;
      if (!isContractChannel(channel)) {
        report(channel ?? call, 'the channel is not channelOf(<a contract call>) or progressChannel');
      }
      if (listenerMethods.has(method)) {
        const fn = listener && !ts.isSpreadElement(listener) ? functionOf(listener) : undefined;
        if (!fn) return report(listener ?? call, "the listener is not a function of the preload's own");
        const event = fn.parameters[0];
        if (!event) return;
        const symbol = ts.isIdentifier(event.name) ? checker.getSymbolAtLocation(event.name) : undefined;
        const used = !symbol || references(fn, symbol).some((id) => id !== event.name);
        if (used) report(event, 'the listener hands on the event, whose sender is ipcRenderer');
      }
    };

    const visit = (node: ts.Node): void => {
      if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
        if (node.moduleSpecifier.text === 'electron') {
          const clause = node.importClause;
          const named = clause?.namedBindings;
          const plain =
            clause !== undefined &&
            clause.name === undefined &&
            named !== undefined &&
            ts.isNamedImports(named) &&
            named.elements.every(
              (e) => e.propertyName === undefined && ['contextBridge', 'ipcRenderer'].includes(e.name.text),
            );
          if (!plain) report(node, 'electron is imported other than as { contextBridge, ipcRenderer }');
        }
      } else if (ts.isImportEqualsDeclaration(node)) {
        report(node, 'a module is imported with require');
      } else if (
        ts.isCallExpression(node) &&
        (node.expression.kind === ts.SyntaxKind.ImportKeyword ||
          (ts.isIdentifier(node.expression) && node.expression.text === 'require'))
      ) {
        report(node, 'a module is loaded at run time');
      }

      const isValue =
        (ts.isIdentifier(node) &&
          !ts.isImportSpecifier(node.parent) &&
          !(ts.isPropertyAccessExpression(node.parent) && node.parent.name === node)) ||
        ts.isPropertyAccessExpression(node) ||
        ts.isElementAccessExpression(node) ||
        ts.isCallExpression(node);
      const isIpc =
        isValue &&
        ((ts.isIdentifier(node) && node.text === 'ipcRenderer') || isIpcRendererType(checker.getTypeAtLocation(node)));
      if (isIpc) {
        const access = node.parent;
        if (
          ts.isIdentifier(node) &&
          isImportedIpcRenderer(node) &&
          ts.isPropertyAccessExpression(access) &&
          access.expression === node &&
          ts.isCallExpression(access.parent) &&
          access.parent.expression === access
        ) {
          checkCall(access.parent, access.name.text);
        } else if (!(
          ts.isCallExpression(node) &&
          (ts.isExpressionStatement(node.parent) || ts.isVoidExpression(node.parent))
        )) {
          // Only the result of a chainable call (.on() returns ipcRenderer) may appear, and only thrown away.
          report(node, 'ipcRenderer is passed, returned, stored or exposed here');
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  });
  return results;
}
