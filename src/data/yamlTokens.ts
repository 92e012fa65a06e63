/**
 * The first pass over a YAML text: its tokens and their tree (the yaml package's CST),
 * read within the limits before the document is built. Building the document recurses
 * once per level of nesting, so nesting is measured here, on the tree the parser builds
 * without recursion; a text too deep is refused before it could exhaust the stack.
 */
import { CST, Lexer, Parser } from 'yaml';
import { MAX_NESTING, MAX_YAML_TOKENS } from './limits';

export type Tokens =
  { ok: true; tokens: CST.Token[] } | { ok: false; limit: 'tokens' | 'nesting'; offset: number };

type Child = CST.Token | null | undefined;

/** The tokens directly inside `token` that may hold collections. */
function childrenOf(token: CST.Token): Child[] {
  switch (token.type) {
    case 'document':
      return [token.value];
    case 'block-map':
    case 'block-seq':
    case 'flow-collection':
      return token.items.flatMap((item) => [item.key, item.value]);
    default:
      return [];
  }
}

function isCollection(token: CST.Token): boolean {
  return (
    token.type === 'block-map' || token.type === 'block-seq' || token.type === 'flow-collection'
  );
}

/** Offset of the first collection nested deeper than MAX_NESTING, if any. */
function tooDeep(tokens: readonly CST.Token[]): number | undefined {
  const stack: { token: CST.Token; depth: number }[] = tokens.map((token) => ({ token, depth: 0 }));
  while (stack.length > 0) {
    const { token, depth } = stack.pop() as { token: CST.Token; depth: number };
    const here = isCollection(token) ? depth + 1 : depth;
    if (here > MAX_NESTING) return token.offset;
    for (const child of childrenOf(token)) {
      if (child) stack.push({ token: child, depth: here });
    }
  }
  return undefined;
}

/** Lexer markers that stand for no text of their own (document start, scalar, flow end). */
const MARKERS = new Set([CST.DOCUMENT, CST.SCALAR, CST.FLOW_END]);

/**
 * Lexes `text`, stopping as soon as the token count passes MAX_YAML_TOKENS (lexing is
 * the cheap part, so a text far over the limit costs little), then parses the tokens
 * into the CST and checks the nesting depth.
 */
export function readTokens(text: string): Tokens {
  const lexemes: string[] = [];
  let offset = 0;
  for (const lexeme of new Lexer().lex(text)) {
    if (lexemes.length === MAX_YAML_TOKENS) return { ok: false, limit: 'tokens', offset };
    lexemes.push(lexeme);
    if (!MARKERS.has(lexeme)) offset += lexeme.length;
  }
  const parser = new Parser();
  const tokens: CST.Token[] = [];
  for (const lexeme of lexemes) for (const token of parser.next(lexeme)) tokens.push(token);
  for (const token of parser.end()) tokens.push(token);
  const deep = tooDeep(tokens);
  if (deep !== undefined) return { ok: false, limit: 'nesting', offset: deep };
  return { ok: true, tokens };
}

/**
 * Where each quoted text starts, by the offset where it ends: when the parser notices a
 * closing quote is missing (at the end of the text it swallowed), the problem can be
 * shown where the text was opened.
 */
export function quotedTextStarts(tokens: readonly CST.Token[]): Map<number, number> {
  const starts = new Map<number, number>();
  const stack: CST.Token[] = [...tokens];
  while (stack.length > 0) {
    const token = stack.pop() as CST.Token;
    if (token.type === 'double-quoted-scalar' || token.type === 'single-quoted-scalar') {
      starts.set(token.offset + token.source.length, token.offset);
    }
    for (const child of childrenOf(token)) if (child) stack.push(child);
  }
  return starts;
}
