// Parses every statement of the given .cypher files with Neo4j's Cypher grammar
// (@neo4j-cypher/antlr4) and fails, naming the file, line and column, on any syntax error.
// Statements are split at each ';' outside strings, quoted names and comments (cypher-shell's
// rule; the grammar itself takes one statement at a time). Prints the number of statements per file.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
// The generated parser runs on the antlr4 runtime that @neo4j-cypher/antlr4-browser wraps; the
// streams must come from the same runtime.
const browser = require('@neo4j-cypher/antlr4-browser');
const antlr4 = browser.default ?? browser;
const { CypherLexer, CypherParser } = require('@neo4j-cypher/antlr4');

/** [{ text, line }]: the statements of a file and the line each starts on. */
function statements(text) {
  const found = [];
  let start = 0;
  let quote = null;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quote) {
      if (c === '\\' && quote !== '`') i++;
      else if (c === quote) quote = null;
    } else if (c === "'" || c === '"' || c === '`') {
      quote = c;
    } else if (c === '/' && text[i + 1] === '/') {
      i = text.indexOf('\n', i) < 0 ? text.length : text.indexOf('\n', i);
    } else if (c === '/' && text[i + 1] === '*') {
      i = text.indexOf('*/', i + 2) < 0 ? text.length : text.indexOf('*/', i + 2) + 1;
    } else if (c === ';') {
      found.push({ text: text.slice(start, i), line: text.slice(0, start).split('\n').length });
      start = i + 1;
    }
  }
  found.push({ text: text.slice(start), line: text.slice(0, start).split('\n').length });
  // Keep statements with something besides comments and white space.
  return found.filter((s) => s.text.replace(/\/\/[^\n]*|\/\*[\s\S]*?\*\//g, '').trim().length > 0);
}

let failed = false;
for (const file of process.argv.slice(2)) {
  const parts = statements(readFileSync(file, 'utf8'));
  const errors = [];
  for (const part of parts) {
    const listener = {
      syntaxError(_recognizer, _symbol, line, column, message) {
        errors.push(`${file}:${part.line + line - 1}:${column + 1}: ${message}`);
      },
      reportAmbiguity() {},
      reportAttemptingFullContext() {},
      reportContextSensitivity() {},
    };
    const lexer = new CypherLexer(new antlr4.InputStream(part.text));
    lexer.removeErrorListeners();
    lexer.addErrorListener(listener);
    const parser = new CypherParser(new antlr4.CommonTokenStream(lexer));
    parser.removeErrorListeners();
    parser.addErrorListener(listener);
    parser.cypher();
  }
  if (parts.length === 0) errors.push(`${file}: no statements`);
  if (errors.length) {
    failed = true;
    for (const error of errors) console.error(error);
  } else {
    console.log(`${file}: ${parts.length} statements`);
  }
}
process.exit(failed ? 1 : 0);
