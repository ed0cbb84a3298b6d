// Renders the bot's replies, written in Telegram's HTML subset, as DOM nodes: <b>, <i>, <code>, <a href="http(s)…">
// and line breaks become elements; any other markup keeps its text only. The HTML is parsed by DOMParser, whose
// documents run no script and load nothing, and nothing is ever assigned to innerHTML.

const ELEMENTS = { B: 'b', STRONG: 'b', I: 'i', EM: 'i', CODE: 'code', PRE: 'code', U: 'u', S: 's' };
const DROPPED = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT']);
// The quiz result draws each score as a run of these characters (▰ filled, ▱ empty): shown as a bar.
const BAR = /[\u25B0\u25B1]+/;
const SCORE = /^(.*?)\s*([\u25B0\u25B1]+)\s*(.*)$/;

/** The nodes of a reply's HTML, ready to append. */
export function replyNodes(html) {
  const body = new DOMParser().parseFromString(html, 'text/html').body;
  return convertAll(body.childNodes);
}

/** The text a screen reader should say for a reply. */
export function replyText(html) {
  return new DOMParser().parseFromString(html, 'text/html').body.textContent.replace(new RegExp(BAR, 'g'), '');
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
  if (!BAR.test(text)) {
    return [document.createTextNode(text)];
  }
  // A score line ("Logique  ▰▰▰▱ 3/4") becomes a row of its own: label, bar and score in aligned columns. The line
  // break after a row is dropped, the row being a block already.
  const nodes = [];
  const lines = text.split('\n');
  lines.forEach((line, i) => {
    const score = line.match(SCORE);
    if (score) {
      nodes.push(scoreRow(score[1], score[2], score[3]));
    } else {
      nodes.push(document.createTextNode(i < lines.length - 1 ? `${line}\n` : line));
    }
  });
  return nodes.filter(node => node.nodeType !== Node.TEXT_NODE || node.data !== '');
}

function scoreRow(label, run, figure) {
  const row = document.createElement('span');
  row.className = 'score';
  const name = document.createElement('span');
  name.textContent = label;
  const value = document.createElement('span');
  value.textContent = figure;
  row.append(name, bar(run), value);
  return row;
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
