"""Normalising cell and paragraph text to the model's text convention.

Owns: the text convention of ``pipeline.model`` applied to raw cell and paragraph text (emphasis markers,
bullets, spaces).

Shared by the readers: paragraphs separated by "\n", list items start with "- ",
inline whitespace collapsed, HTML and markdown emphasis removed.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

_WS = re.compile(r"[ \t\u00a0\u2009\u202f]+")
_BULLET = re.compile(r"^\s*(?:[-•▪●◦·‒–]|\u2022)\s+")
# A list item marker inside an HTML <ul> that has no <li> tags: "- a;- b" or " • a; • b".
_INLINE_ITEM = re.compile(r"(?:(?<=^)|(?<=[\s;]))[-•](?=\s)")
_BOLD = re.compile(r"\*\*")
_ITALIC = re.compile(r"(?<![\w*])\*(\S(?:[^*\n]*\S)?)\*(?![\w*])")
_AUTOLINK = re.compile(r"<(https?://[^>\s]+)>")
_DEAD_LINK = re.compile(r"\[([^\]]*)\]\(#\)")


def collapse(text: str) -> str:
    return _WS.sub(" ", text).strip()


def normalise_paragraph(text: str) -> str:
    """One paragraph: emphasis markers removed, bullets as "- ", spaces collapsed."""
    text = _BOLD.sub("", text)
    text = _ITALIC.sub(r"\1", text)
    text = _AUTOLINK.sub(r"\1", text)
    text = _DEAD_LINK.sub("", text)
    text = collapse(text)
    if _BULLET.match(text):
        text = "- " + _BULLET.sub("", text, count=1)
    return text


def join_paragraphs(paragraphs: list[str]) -> str:
    kept = [p for p in (normalise_paragraph(p) for p in paragraphs) if p and p != "-"]
    return "\n".join(kept)


class _CellHTML(HTMLParser):
    """Turns the converter's cell HTML into paragraphs and list items."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.paragraphs: list[str] = []
        self._buf: list[str] = []
        self._in_list = False
        self._in_li = False

    def _flush(self) -> None:
        text = "".join(self._buf)
        self._buf = []
        if not text.strip():
            return
        if self._in_list and not self._in_li:
            # Items written as "- a;- b" inside <ul> without <li>.
            parts = [p.strip() for p in _INLINE_ITEM.split(text)]
            lead, items = parts[0], parts[1:]
            if lead:
                self.paragraphs.append(lead)
            self.paragraphs.extend("- " + item for item in items if item)
        elif self._in_li:
            self.paragraphs.append("- " + text.strip())
        else:
            self.paragraphs.append(text)

    def handle_starttag(self, tag: str, attrs) -> None:
        if tag in ("p", "div", "br", "ul", "ol", "li", "tr", "table"):
            self._flush()
        if tag in ("ul", "ol"):
            self._in_list = True
        elif tag == "li":
            self._in_li = True
        elif tag == "p":
            # A new <p> ends a <ul> the converter left open.
            self._in_list = False

    def handle_endtag(self, tag: str) -> None:
        if tag in ("p", "div", "li", "ul", "ol", "td", "tr"):
            self._flush()
        if tag in ("ul", "ol"):
            self._in_list = False
        elif tag == "li":
            self._in_li = False

    def handle_data(self, data: str) -> None:
        self._buf.append(data)

    def result(self) -> list[str]:
        self._flush()
        return self.paragraphs


_HAS_TAG = re.compile(r"</?(?:p|ul|ol|li|u|i|b|strong|em|br|span|div)\b[^>]*>", re.I)


def html_to_paragraphs(text: str) -> list[str]:
    """Paragraphs of a cell that may carry HTML; plain text is one paragraph."""
    # Autolinks look like tags to the HTML parser: resolve them first.
    text = _AUTOLINK.sub(r"\1", text)
    if not _HAS_TAG.search(text):
        return [text]
    parser = _CellHTML()
    parser.feed(text)
    parser.close()
    return parser.result()


def cell_text(raw: str) -> str:
    """A cell or line as printed by the text converter → convention text."""
    return join_paragraphs(html_to_paragraphs(raw))
