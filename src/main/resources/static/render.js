// Renders the bot's replies, written in Telegram's HTML subset, as DOM nodes: <b>, <i>, <code>, <a href="http(s)…">
// and line breaks become elements; any other markup keeps its text only. The HTML is parsed by DOMParser, whose
// documents run no script and load nothing, and nothing is ever assigned to innerHTML.

const ELEMENTS = { B: 'b', STRONG: 'b', I: 'i', EM: 'i', CODE: 'code', PRE: 'code', U: 'u', S: 's' };
const DROPPED = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT']);
// The quiz result draws each score as a run of these characters (▰ filled, ▱ empty): shown as a bar.
const BAR = /[\u25B0\u25B1]+/g;

/** The nodes of a reply's HTML, ready to append. */
export function replyNodes(html) {
  const body = new DOMParser().parseFromString(html, 'text/html').body;
  return convertAll(body.childNodes);
}

/** The text a screen reader should say for a reply. */
export function replyText(html) {
  return new DOMParser().parseFromString(html, 'text/html').body.textContent.replace(BAR, '');
}

function convertAll(nodes) {
  return Array.from(nodes).flatMap(convert);
}

function convert(node) {
  if (node.nodeType === Node.TEXT_NODE) {
    return textWithBars(node.data);
  }
  if (node.nodeType !== Node.ELEMENT_NODE || DROPPED.has(node.tagName)) {
    return [];
  }
  if (node.tagName === 'BR') {
    return [document.createElement('br')];
  }
  const children = convertAll(node.childNodes);
  const name = ELEMENTS[node.tagName];
  if (name) {
    const element = document.createElement(name);
    element.append(...children);
    return [element];
  }
  const href = node.tagName === 'A' ? webAddress(node.getAttribute('href')) : null;
  if (href) {
    const link = document.createElement('a');
    link.href = href;
    link.target = '_blank';
    link.rel = 'noopener noreferrer';
    link.append(...children);
    return [link];
  }
  return children;
}

function webAddress(href) {
  try {
    const url = new URL(href ?? '', document.baseURI);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
  } catch {
    return null;
  }
}

function textWithBars(text) {
  const nodes = [];
  let last = 0;
  for (const match of text.matchAll(BAR)) {
    nodes.push(document.createTextNode(text.slice(last, match.index)), bar(match[0]));
    last = match.index + match[0].length;
  }
  nodes.push(document.createTextNode(text.slice(last)));
  return nodes.filter(node => node.nodeType !== Node.TEXT_NODE || node.data !== '');
}

function bar(run) {
  const filled = Array.from(run).filter(c => c === '\u25B0').length;
  const element = document.createElement('span');
  element.className = 'bar';
  element.setAttribute('aria-hidden', 'true'); // the score follows as text
  const fill = document.createElement('span');
  fill.className = 'fill';
  fill.style.width = `${Math.round((100 * filled) / run.length)}%`; // CSSOM, allowed under the page's CSP
  element.append(fill);
  return element;
}
