/**
 * A PDF content stream read as operations: each operator with the operands
 * before it and where the operation stands in the text, so that one can be
 * rewritten in place (neutral-colours.ts) or followed (the placement of
 * images and the colour of text, in preflight). PDF 32000 §7.2, §8.9.7: the
 * lexer knows strings (nested parentheses, escapes), hex strings, names,
 * arrays and dictionaries, comments, and the binary data of inline images.
 * The text is latin1: one character per byte.
 */

export interface Operand {
  /** The operand as written. */
  raw: string;
  /** Its value, when it is a number. */
  number?: number;
  /** Its value without the slash, when it is a name. */
  name?: string;
}

export interface Operation {
  operator: string;
  operands: Operand[];
  /** From the first operand (or the operator) to just after the operator. */
  start: number;
  end: number;
}

const WHITE = new Set([0x00, 0x09, 0x0a, 0x0c, 0x0d, 0x20]);
const DELIMITER = new Set([...'()<>[]{}/%'].map((c) => c.charCodeAt(0)));

export function* operations(content: string): Generator<Operation> {
  const lexer = new Lexer(content);
  let operands: Operand[] = [];
  let start = -1;
  for (;;) {
    lexer.skipSpace();
    if (lexer.done) return;
    const at = lexer.at;
    const token = lexer.object();
    if (token.kind === 'operator') {
      const operation = { operator: token.raw, operands, start: start < 0 ? at : start, end: lexer.at };
      if (token.raw === 'ID') lexer.skipInlineImage();
      yield operation;
      operands = [];
      start = -1;
    } else {
      if (start < 0) start = at;
      operands.push(token);
    }
  }
}

type Token = Operand & { kind: 'operand' | 'operator' };

class Lexer {
  at = 0;
  constructor(private readonly text: string) {}

  get done(): boolean {
    return this.at >= this.text.length;
  }

  private code(offset = 0): number {
    return this.text.charCodeAt(this.at + offset);
  }

  skipSpace(): void {
    while (!this.done) {
      const c = this.code();
      if (WHITE.has(c)) this.at++;
      else if (c === 0x25 /* % */) while (!this.done && this.code() !== 0x0a && this.code() !== 0x0d) this.at++;
      else return;
    }
  }

  object(): Token {
    const from = this.at;
    const c = this.text[this.at];
    if (c === '(') this.literalString();
    else if (c === '<' && this.text[this.at + 1] === '<') this.nested('<<', '>>');
    else if (c === '<') this.at = this.indexOrEnd('>', this.at) + 1;
    else if (c === '[') this.nested('[', ']');
    else if (c === '/') {
      this.at++;
      this.regular();
      return { kind: 'operand', raw: this.text.slice(from, this.at), name: this.text.slice(from + 1, this.at) };
    } else if (DELIMITER.has(this.code())) this.at++; // a stray delimiter (`)`, `]`, `{`): taken alone
    else {
      this.regular();
      const raw = this.text.slice(from, this.at);
      if (/^[+-]?(\d+\.?\d*|\.\d+)$/.test(raw)) return { kind: 'operand', raw, number: Number(raw) };
      if (raw === 'true' || raw === 'false' || raw === 'null') return { kind: 'operand', raw };
      return { kind: 'operator', raw };
    }
    return { kind: 'operand', raw: this.text.slice(from, this.at) };
  }

  private regular(): void {
    while (!this.done && !WHITE.has(this.code()) && !DELIMITER.has(this.code())) this.at++;
  }

  private indexOrEnd(search: string, from: number): number {
    const found = this.text.indexOf(search, from);
    return found < 0 ? this.text.length : found;
  }

  private literalString(): void {
    let depth = 0;
    while (!this.done) {
      const c = this.text[this.at++];
      if (c === '\\') this.at++;
      else if (c === '(') depth++;
      else if (c === ')' && --depth === 0) return;
    }
  }

  /** An array or dictionary, with whatever it holds (strings may hold brackets). */
  private nested(open: string, close: string): void {
    this.at += open.length;
    for (;;) {
      this.skipSpace();
      if (this.done) return;
      if (this.text.startsWith(close, this.at)) {
        this.at += close.length;
        return;
      }
      this.object();
    }
  }

  /** After `ID`: one white-space byte, then the image's bytes up to an `EI` that stands alone. */
  skipInlineImage(): void {
    this.at++;
    for (let i = this.at; i < this.text.length - 1; i++) {
      if (this.text[i] === 'E' && this.text[i + 1] === 'I' && WHITE.has(this.text.charCodeAt(i - 1)) && (i + 2 >= this.text.length || WHITE.has(this.text.charCodeAt(i + 2)))) {
        this.at = i;
        return;
      }
    }
    this.at = this.text.length;
  }
}
