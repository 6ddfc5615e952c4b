/**
 * A single-pass scanner over XML text for the spreadsheet readers: tags are found with indexOf and
 * described by positions, so reading a sheet builds no DOM and no object per XML node.
 */
export class XmlScanner {
  /** Where the current tag starts (`<`) and ends (just past `>`). */
  start = 0;
  end = 0;
  /** The tag's local name (without a namespace prefix), e.g. `c`, `row`, `table-cell`. */
  name = '';
  closing = false;
  selfClosing = false;

  constructor(readonly xml: string, private at = 0) {}

  /** Moves to the next element tag (comments, declarations and CDATA are passed over); false at the end. */
  next(): boolean {
    const xml = this.xml;
    for (;;) {
      const lt = xml.indexOf('<', this.at);
      if (lt < 0) return false;
      const first = xml.charCodeAt(lt + 1);
      if (first === 33 /* ! */ || first === 63 /* ? */) {
        const close = xml.startsWith('<!--', lt) ? '-->' : xml.startsWith('<![CDATA[', lt) ? ']]>' : '>';
        const stop = xml.indexOf(close, lt);
        if (stop < 0) throw new Error('xml-unclosed');
        this.at = stop + close.length;
        continue;
      }
      const gt = xml.indexOf('>', lt);
      if (gt < 0) throw new Error('xml-unclosed');
      this.closing = first === 47; /* / */
      this.selfClosing = xml.charCodeAt(gt - 1) === 47;
      let nameEnd = lt + (this.closing ? 2 : 1);
      let colon = nameEnd - 1;
      for (; nameEnd < gt; nameEnd++) {
        const code = xml.charCodeAt(nameEnd);
        if (code === 58 /* : */) colon = nameEnd;
        else if (code <= 32 || code === 47) break;
      }
      // Most tags repeat the one before (`c`, `table-cell`…): the name is copied only when it changes.
      if (nameEnd - colon - 1 !== this.name.length || !xml.startsWith(this.name, colon + 1)) this.name = xml.slice(colon + 1, nameEnd);
      this.start = lt;
      this.end = this.at = gt + 1;
      return true;
    }
  }

  /** Goes on scanning from `position` (past content a reader has taken itself). */
  skipTo(position: number) {
    this.at = position;
  }

  /** The local name and the value of the attribute last read with `nextAttribute` or `find`, as positions. */
  nameStart = 0;
  nameEnd = 0;
  valueStart = 0;
  valueEnd = 0;
  private cursor = 0;

  /** Starts reading the current tag's attributes, one by one with `nextAttribute`. */
  attributes(): void {
    const xml = this.xml;
    let i = this.start + 1;
    while (i < this.end && xml.charCodeAt(i) > 32 && xml.charCodeAt(i) !== 62 && xml.charCodeAt(i) !== 47) i++;
    this.cursor = i;
  }

  /** Reads the next attribute of the current tag (its local name, without a prefix); false after the last. */
  nextAttribute(): boolean {
    const xml = this.xml;
    const eq = xml.indexOf('=', this.cursor);
    if (eq < 0 || eq >= this.end) return false;
    let nameStart = eq - 1;
    while (xml.charCodeAt(nameStart) <= 32) nameStart--;
    this.nameEnd = nameStart + 1;
    while (nameStart > this.cursor && xml.charCodeAt(nameStart - 1) > 32 && xml.charCodeAt(nameStart - 1) !== 58) nameStart--;
    this.nameStart = nameStart;
    let quote = eq + 1;
    while (xml.charCodeAt(quote) <= 32) quote++;
    const close = xml.indexOf(xml[quote], quote + 1);
    if (close < 0 || close >= this.end) return false;
    this.valueStart = quote + 1;
    this.valueEnd = this.cursor = close;
    this.cursor++;
    return true;
  }

  /** Finds an attribute of the current tag (`name`, or `prefix:name` by its local part) without copying it. */
  find(name: string): boolean {
    this.attributes();
    while (this.nextAttribute()) if (this.nameEnd - this.nameStart === name.length && this.xml.startsWith(name, this.nameStart)) return true;
    return false;
  }

  /** The value of an attribute of the current tag, decoded. */
  attribute(name: string): string | undefined {
    return this.find(name) ? decodeXml(this.xml.slice(this.valueStart, this.valueEnd)) : undefined;
  }

  /** The text up to the next tag, decoded (the scanner stays where it is). */
  text(): string {
    const stop = this.xml.indexOf('<', this.end);
    return decodeXml(this.xml.slice(this.end, stop < 0 ? this.xml.length : stop));
  }

  /**
   * The text of a string item or rich-text cell (`<si>`, `<is>`, `<text:p>`): every `<t>` inside,
   * text runs (`<r><t>…</t></r>`) joined, phonetic runs (`<rPh>`) left out; the scanner ends on the closing tag.
   */
  itemText(): string {
    const outer = this.name;
    let text = '';
    let phonetic = 0;
    while (this.next()) {
      if (this.name === outer && this.closing) break;
      if (this.name === 'rPh') phonetic += this.closing ? -1 : this.selfClosing ? 0 : 1;
      else if (this.name === 't' && !this.closing && !this.selfClosing && phonetic === 0) text += this.text();
    }
    return text;
  }
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** XML character and entity references (`&amp;`, `&#233;`, `&#xE9;`) to characters; unknown ones stay as written. */
export function decodeXml(text: string): string {
  if (text.indexOf('&') < 0) return text;
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref[0] !== '#') return ENTITIES[ref] ?? whole;
    const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
    return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}
