/**
 * A small, strict XML well-formedness checker and parser for the chart tests
 * (no DOM in Node): elements, attributes, text, the five predefined entities
 * and numeric character references. No DTDs, CDATA, comments or processing
 * instructions (the chart writes none). Throws on anything malformed.
 */

export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlElement[];
  /** Text directly inside this element, entities decoded. */
  text: string;
}

const NAME = /^[A-Za-z_:][-A-Za-z0-9_:.]*/;
const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

function decode(raw: string, where: number): string {
  if (raw.includes("<")) throw new Error(`raw '<' at ${where}`);
  return raw.replace(/&([^;&\s]*);?/g, (m, body: string) => {
    if (!m.endsWith(";")) throw new Error(`bare '&' at ${where}: ${JSON.stringify(raw.slice(0, 40))}`);
    if (body in ENTITIES) return ENTITIES[body]!;
    const num = /^#(x[0-9a-fA-F]+|[0-9]+)$/.exec(body);
    if (num) return String.fromCodePoint(num[1]!.startsWith("x") ? parseInt(num[1]!.slice(1), 16) : parseInt(num[1]!, 10));
    throw new Error(`unknown entity &${body}; at ${where}`);
  });
}

function checkChars(s: string): void {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c < 0x20 && c !== 0x9 && c !== 0xa && c !== 0xd) || c === 0xfffe || c === 0xffff) {
      throw new Error(`character U+${c.toString(16)} not allowed in XML at ${i}`);
    }
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = s.charCodeAt(i + 1);
      if (!(d >= 0xdc00 && d <= 0xdfff)) throw new Error(`lone surrogate at ${i}`);
      i++;
    } else if (c >= 0xdc00 && c <= 0xdfff) throw new Error(`lone surrogate at ${i}`);
  }
}

/** Parses a document with a single root element (surrounding whitespace allowed). */
export function parseXml(s: string): XmlElement {
  checkChars(s);
  let i = 0;
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  while (i < s.length) {
    if (s[i] === "<") {
      if (s[i + 1] === "/") {
        const m = NAME.exec(s.slice(i + 2));
        if (!m) throw new Error(`bad end tag at ${i}`);
        const close = s.indexOf(">", i);
        if (close < 0 || s.slice(i + 2 + m[0].length, close).trim() !== "") throw new Error(`bad end tag at ${i}`);
        const open = stack.pop();
        if (!open || open.name !== m[0]) throw new Error(`</${m[0]}> does not close <${open?.name}> at ${i}`);
        i = close + 1;
        continue;
      }
      const m = NAME.exec(s.slice(i + 1));
      if (!m) throw new Error(`bad start tag at ${i}: ${JSON.stringify(s.slice(i, i + 20))}`);
      const el: XmlElement = { name: m[0], attrs: {}, children: [], text: "" };
      let j = i + 1 + m[0].length;
      for (;;) {
        const ws = /^\s*/.exec(s.slice(j))![0].length;
        j += ws;
        if (s.startsWith("/>", j) || s[j] === ">") break;
        if (ws === 0) throw new Error(`attributes must be separated by whitespace at ${j}`);
        const a = /^([A-Za-z_:][-A-Za-z0-9_:.]*)\s*=\s*(["'])/.exec(s.slice(j));
        if (!a) throw new Error(`bad attribute at ${j}: ${JSON.stringify(s.slice(j, j + 30))}`);
        const quote = a[2]!;
        const end = s.indexOf(quote, j + a[0].length);
        if (end < 0) throw new Error(`unterminated attribute at ${j}`);
        if (a[1]! in el.attrs) throw new Error(`duplicate attribute ${a[1]} at ${j}`);
        el.attrs[a[1]!] = decode(s.slice(j + a[0].length, end), j);
        j = end + 1;
      }
      if (stack.length > 0) stack[stack.length - 1]!.children.push(el);
      else if (root) throw new Error(`second root element at ${i}`);
      else root = el;
      if (s.startsWith("/>", j)) i = j + 2;
      else {
        stack.push(el);
        i = j + 1;
      }
      continue;
    }
    const next = s.indexOf("<", i);
    const raw = s.slice(i, next < 0 ? s.length : next);
    if (stack.length === 0) {
      if (raw.trim() !== "") throw new Error(`text outside the root element at ${i}`);
    } else {
      if (raw.includes(">") && raw.includes("]]>")) throw new Error(`']]>' in text at ${i}`);
      stack[stack.length - 1]!.text += decode(raw, i);
    }
    i = next < 0 ? s.length : next;
  }
  if (stack.length > 0) throw new Error(`unclosed <${stack[stack.length - 1]!.name}>`);
  if (!root) throw new Error("no root element");
  return root;
}

/** Every element under (and including) `el`, depth first. */
export function allElements(el: XmlElement): XmlElement[] {
  return [el, ...el.children.flatMap(allElements)];
}

/** Elements whose class list contains `cls`. */
export function byClass(el: XmlElement, cls: string): XmlElement[] {
  return allElements(el).filter((e) => (e.attrs.class ?? "").split(/\s+/).includes(cls));
}

/** All text inside `el`, concatenated. */
export function textOf(el: XmlElement): string {
  return el.text + el.children.map(textOf).join("");
}

/** The vertices of a path made only of M, L (and implicit lineto), H, V, h, v and Z commands, as absolute points. */
export function pathVertices(d: string): [number, number][] {
  const out: [number, number][] = [];
  const tokens = d.match(/[MLHVZmlhvz]|-?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?/g) ?? [];
  let cmd = "";
  let x = 0;
  let y = 0;
  for (let k = 0; k < tokens.length; ) {
    const t = tokens[k]!;
    if (/[A-Za-z]/.test(t)) {
      cmd = t;
      k++;
      if (cmd === "Z" || cmd === "z") continue;
    }
    const n = () => Number(tokens[k++]);
    switch (cmd) {
      case "M":
      case "L":
        x = n();
        y = n();
        if (cmd === "M") cmd = "L";
        break;
      case "H":
        x = n();
        break;
      case "V":
        y = n();
        break;
      case "h":
        x += n();
        break;
      case "v":
        y += n();
        break;
      default:
        throw new Error(`unsupported path command ${cmd} in ${d.slice(0, 40)}`);
    }
    out.push([x, y]);
  }
  return out;
}
