// prikaz preview: keeps the document frames in step with the server's versions (server-sent events),
// swaps the document's DOM in place so the reader keeps the place, shows the problems over the last
// good rendering, and takes a click on a point, row or cell back to its YAML line.
'use strict';

(() => {
  const $ = id => document.getElementById(id);
  const revision = document.body.dataset.revision;

  // Styles the preview adds inside a document frame: what can be clicked, what was, what changed.
  const frameStyle = [
    '[data-source] { cursor: pointer; }',
    '[data-source]:hover { outline: 1px dashed rgba(42, 111, 219, 0.7); outline-offset: -1px; }',
    '.prikaz-picked { outline: 2px solid #2a6fdb !important; outline-offset: -2px; }',
    '.prikaz-added { background: #dff3df; }',
    '.prikaz-removed { background: #f8dede; }',
    '.prikaz-changed { background: #fff1c2; }',
  ].join('\n');
  const markClasses = ['prikaz-added', 'prikaz-removed', 'prikaz-changed'];

  const editions = {
    current: { name: 'current', frame: $('current-frame'), url: '/document', shown: -1, chain: Promise.resolve(), marks: {} },
    earlier: { name: 'earlier', frame: $('earlier-frame'), url: '/earlier', shown: -1, chain: Promise.resolve(), marks: {} },
  };
  let latest = null;
  let pdfShown = null;
  let picked = null;

  window.prikazPreview = { editions, state: () => latest };

  // --- Frames -------------------------------------------------------------------------------------

  function load(edition) {
    edition.loaded = new Promise(resolve => {
      edition.frame.addEventListener('load', () => {
        prepare(edition);
        resolve();
      }, { once: true });
      edition.frame.src = edition.url;
    });
  }

  function prepare(edition) {
    const doc = edition.frame.contentDocument;
    const style = doc.createElement('style');
    style.id = 'prikaz-preview-style';
    style.textContent = frameStyle;
    doc.head.appendChild(style);
    doc.addEventListener('click', event => {
      const target = event.target instanceof doc.defaultView.Element ? event.target.closest('[data-source]') : null;
      if (target) {
        event.preventDefault();
        pick(edition, target);
      }
    });
  }

  // Brings the frame to `version`, one swap at a time per frame.
  function show(edition, version) {
    edition.chain = edition.chain.then(async () => {
      if (version === null || version === undefined || version === edition.shown) {
        return;
      }

      await edition.loaded;
      const response = await fetch(edition.url, { cache: 'no-store' });
      const html = await response.text();
      const got = Number(response.headers.get('X-Prikaz-Version'));
      performance.mark('prikaz-fetched', { detail: { edition: edition.name, version: got } });
      swap(edition.frame.contentDocument, html);
      edition.shown = got;
      applyMarks(edition);
      if (picked && picked.isConnected) {
        picked.classList.add('prikaz-picked');
      }

      performance.mark('prikaz-swap', { detail: { edition: edition.name, version: got } });
      // The frame is painted after the next animation frame; the mark after it is «on screen».
      edition.frame.contentWindow.requestAnimationFrame(() => setTimeout(() =>
        performance.mark('prikaz-paint', { detail: { edition: edition.name, version: got } }), 0));
    }).catch(error => status(`Не удалось обновить документ: ${error.message}`, 'offline'));
    return edition.chain;
  }

  function swap(doc, html) {
    const fresh = new DOMParser().parseFromString(html, 'text/html');
    const anchor = scrollAnchor(doc);
    const oldStyle = doc.head.querySelector('style:not(#prikaz-preview-style)');
    const newStyle = fresh.head.querySelector('style');
    if (newStyle && !oldStyle) {
      doc.head.prepend(doc.importNode(newStyle, true));
    } else if (newStyle && oldStyle.textContent !== newStyle.textContent) {
      oldStyle.textContent = newStyle.textContent;
    }

    doc.title = fresh.title;
    const oldMain = doc.querySelector('main');
    const newMain = fresh.querySelector('main');
    if (oldMain && newMain) {
      morph(doc, oldMain, newMain);
    } else {
      doc.body.replaceWith(doc.importNode(fresh.body, true));
    }

    restore(doc, anchor);
  }

  // Changes `old` into `fresh` in place: children with an id are matched by it (points, rows and cells
  // carry ids made from their source), the others by position and tag; an element holding text is
  // rewritten only when its content differs. An anchored element (a row, a cell, a point) that did not
  // change costs one comparison; the big containers above them are never serialised whole.
  function morph(doc, old, fresh) {
    syncAttributes(old, fresh);
    if (old.id && old.innerHTML === fresh.innerHTML) {
      return;
    }

    if (!holdsOnlyElements(old) || !holdsOnlyElements(fresh)) {
      if (old.innerHTML !== fresh.innerHTML) {
        old.innerHTML = fresh.innerHTML;
      }

      return;
    }

    const before = Array.from(old.children);
    const byId = new Map(before.filter(child => child.id).map(child => [child.id, child]));
    const kept = new Set();
    let cursor = old.firstElementChild;
    for (const wanted of Array.from(fresh.children)) {
      while (cursor && kept.has(cursor)) {
        cursor = cursor.nextElementSibling;
      }

      let match = null;
      if (wanted.id) {
        const candidate = byId.get(wanted.id);
        match = candidate && candidate.tagName === wanted.tagName && !kept.has(candidate) ? candidate : null;
      } else if (cursor && !cursor.id && cursor.tagName === wanted.tagName) {
        match = cursor;
      }

      if (match) {
        kept.add(match);
        if (match === cursor) {
          cursor = cursor.nextElementSibling;
        } else {
          old.insertBefore(match, cursor);
        }

        morph(doc, match, wanted);
      } else {
        old.insertBefore(doc.importNode(wanted, true), cursor);
      }
    }

    for (const child of before) {
      if (!kept.has(child)) {
        child.remove();
      }
    }
  }

  function holdsOnlyElements(element) {
    return Array.from(element.childNodes).every(node =>
      node.nodeType === Node.ELEMENT_NODE || (node.nodeType === Node.TEXT_NODE && node.textContent.trim() === ''));
  }

  function syncAttributes(old, fresh) {
    for (const { name } of Array.from(old.attributes)) {
      if (!fresh.hasAttribute(name)) {
        old.removeAttribute(name);
      }
    }

    for (const { name, value } of Array.from(fresh.attributes)) {
      if (old.getAttribute(name) !== value) {
        old.setAttribute(name, value);
      }
    }
  }

  // The element with an id nearest the top of the view, and where it stands: after the swap the view
  // is moved so that it stands there again, whatever changed above it.
  function scrollAnchor(doc) {
    const view = doc.defaultView;
    for (const y of [8, 40, 120, 240]) {
      for (const x of [0.5, 0.3, 0.7]) {
        const hit = doc.elementFromPoint(view.innerWidth * x, y);
        const anchored = hit && hit.closest('[id]');
        if (anchored) {
          return { id: anchored.id, top: anchored.getBoundingClientRect().top, scrollY: view.scrollY };
        }
      }
    }

    return { id: null, top: 0, scrollY: view.scrollY };
  }

  function restore(doc, anchor) {
    const view = doc.defaultView;
    const element = anchor.id && doc.getElementById(anchor.id);
    if (element) {
      const moved = element.getBoundingClientRect().top - anchor.top;
      if (Math.abs(moved) >= 1) {
        view.scrollBy(0, moved);
      }
    } else if (view.scrollY !== anchor.scrollY) {
      view.scrollTo(view.scrollX, anchor.scrollY);
    }
  }

  function applyMarks(edition) {
    const doc = edition.frame.contentDocument;
    if (!doc || !doc.body) {
      return;
    }

    for (const element of doc.querySelectorAll(markClasses.map(name => '.' + name).join(','))) {
      element.classList.remove(...markClasses);
    }

    for (const [pointer, mark] of Object.entries(edition.marks)) {
      for (const element of doc.querySelectorAll(`[data-source="${CSS.escape(pointer)}"]`)) {
        element.classList.add('prikaz-' + mark);
      }
    }
  }

  // --- From the page to the source ----------------------------------------------------------------

  async function pick(edition, element) {
    if (picked) {
      picked.classList.remove('prikaz-picked');
    }

    picked = element;
    element.classList.add('prikaz-picked');
    const pointer = element.dataset.source;
    const response = await fetch(`/source?edition=${edition.name}&pointer=${encodeURIComponent(pointer)}`, { cache: 'no-store' });
    if (!response.ok) {
      return;
    }

    const answer = await response.json();
    const where = answer.line > 0 ? `Строка ${answer.line}, столбец ${answer.column}` : 'Место в файле неизвестно';
    $('source-text').textContent = `${where} — ${answer.file} (${answer.pointer})`;
    const link = $('source-link');
    link.hidden = !answer.editorLink;
    link.href = answer.editorLink || '#';
    $('source').hidden = false;
  }

  $('source-close').addEventListener('click', () => {
    $('source').hidden = true;
    if (picked) {
      picked.classList.remove('prikaz-picked');
      picked = null;
    }
  });

  // --- Tabs ---------------------------------------------------------------------------------------

  function selectTab(pdf) {
    $('tab-document').setAttribute('aria-selected', String(!pdf));
    $('tab-pdf').setAttribute('aria-selected', String(pdf));
    $('panes').hidden = pdf;
    $('pdf-pane').hidden = !pdf;
    if (pdf) {
      refreshPdf();
    }
  }

  // The PDF keeps its /ID from edit to edit, so a viewer that remembers its place by it keeps it.
  function refreshPdf() {
    if (latest && latest.rendered !== null && latest.rendered !== pdfShown) {
      pdfShown = latest.rendered;
      $('pdf-frame').src = `/pdf?v=${pdfShown}`;
    }
  }

  $('tab-document').addEventListener('click', () => selectTab(false));
  $('tab-pdf').addEventListener('click', () => selectTab(true));

  // --- State: overlay, status, versions -----------------------------------------------------------

  function status(text, kind) {
    $('status').textContent = text;
    $('status').parentElement.dataset.state = kind || '';
  }

  function diagnosticItem(diagnostic) {
    const item = document.createElement('li');
    item.className = diagnostic.severity;
    const location = document.createElement('code');
    location.textContent = diagnostic.location;
    const code = document.createElement('span');
    code.className = 'code';
    code.textContent = diagnostic.code || (diagnostic.severity === 'error' ? 'ошибка' : 'предупреждение');
    item.append(location, code, document.createTextNode(diagnostic.message));
    if (diagnostic.editorLink) {
      const link = document.createElement('a');
      link.href = diagnostic.editorLink;
      link.textContent = 'открыть в VS Code';
      item.append(link);
    }

    return item;
  }

  function apply(state) {
    performance.mark('prikaz-event', { detail: { version: state.version, rendered: state.rendered } });
    latest = state;
    document.title = `${state.title} — предпросмотр`;
    $('document-title').textContent = state.title;

    const errors = state.diagnostics.filter(d => d.severity === 'error');
    const warnings = state.diagnostics.filter(d => d.severity === 'warning');
    $('overlay').hidden = errors.length === 0;
    if (errors.length > 0) {
      $('overlay-title').textContent = `В файле ${errors.length === 1 ? 'ошибка' : 'ошибки'}: ${errors.length}`;
      $('overlay-note').textContent = state.rendered === null
        ? 'Документ ещё не удалось собрать. Исправьте файл и сохраните — страница обновится сама.'
        : `Под сообщением — последняя удачная версия (${state.rendered}). Исправьте файл и сохраните — страница обновится сама.`;
      $('overlay-list').replaceChildren(...state.diagnostics.map(diagnosticItem));
    }

    $('warnings').replaceChildren(...warnings.map(diagnosticItem));
    const shown = state.rendered === null ? 'документ не собран' : `версия ${state.rendered}`;
    status(`${shown} · сборка ${state.renderMilliseconds} мс · ошибок: ${errors.length} · предупреждений: ${warnings.length}`);

    editions.current.marks = state.marks.current;
    editions.earlier.marks = state.marks.earlier;
    show(editions.current, state.rendered);
    if (state.earlier) {
      $('earlier-revision').textContent = state.earlier.revision;
      const problem = state.earlier.diagnostics.find(d => d.severity === 'error');
      $('earlier-problem').hidden = !problem;
      $('earlier-problem').textContent = problem ? `Эта редакция не собирается: ${problem.location}: ${problem.message}` : '';
      show(editions.earlier, state.earlier.rendered);
    }

    if (!$('pdf-pane').hidden) {
      refreshPdf();
    }
  }

  load(editions.current);
  if (revision) {
    $('earlier-pane').hidden = false;
    document.querySelector('#current-pane .pane-title').hidden = false;
    load(editions.earlier);
  }

  const events = new EventSource('/events');
  events.addEventListener('state', event => apply(JSON.parse(event.data)));
  events.addEventListener('error', () =>
    status('Нет связи с предпросмотром (он остановлен?) — страница подключится снова сама', 'offline'));
})();
