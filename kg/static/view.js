/* kg view: draws the graph embedded in #kg-data with cytoscape.js; loads nothing from the network. */
(function () {
  'use strict';

  const errorBox = document.getElementById('kg-error');
  function showError(message) {
    errorBox.hidden = false;
    errorBox.textContent += (errorBox.textContent ? '\n' : '') + 'The viewer hit an error: ' + message;
  }
  window.addEventListener('error', (event) => showError(event.message || String(event.error)));
  window.addEventListener('unhandledrejection', (event) => showError(String(event.reason)));

  const data = JSON.parse(document.getElementById('kg-data').textContent);
  const $ = (id) => document.getElementById(id);

  // ---------------------------------------------------------------- indexes
  const nodeById = new Map(data.nodes.map((n) => [n.id, n]));
  const articleById = new Map(data.articles.map((a) => [a.id, a]));
  const typeColour = new Map(data.types.map((t) => [t.type, t.colour]));
  const relColour = new Map(data.relations.map((r) => [r.type, r.colour]));
  const edgeById = new Map(data.edges.map((e) => [e.id, e]));
  const listOf = (map, key) => {
    if (!map.has(key)) map.set(key, []);
    return map.get(key);
  };
  const edgesOut = new Map();
  const edgesIn = new Map();
  data.edges.forEach((e) => {
    listOf(edgesOut, e.source).push(e);
    listOf(edgesIn, e.target).push(e);
  });
  const positionsOf = new Map();
  data.facts.forEach((f, i) => {
    if (f.title === undefined) return;
    listOf(positionsOf, f.source).push(i);
    if (f.target !== f.source) listOf(positionsOf, f.target).push(i);
  });
  const eventsOf = new Map();
  data.events.forEach((ev, i) => {
    listOf(eventsOf, ev.actor).push(i);
    if (ev.target !== undefined && ev.target !== ev.actor) listOf(eventsOf, ev.target).push(i);
  });
  const statementsOf = new Map();
  data.statements.forEach((st, i) => listOf(statementsOf, st.speaker).push(i));

  // ---------------------------------------------------------------- filter state
  const state = {
    types: new Set(data.types.map((t) => t.type)),
    relations: new Set(data.relations.map((r) => r.type)),
    minConfidence: 0,
    hideIsolated: false,
    edgeLabels: true,
    current: null, // {kind: 'node'|'edge', id}
  };
  const passes = (item) => (item.confidence === undefined ? 1 : item.confidence) >= state.minConfidence - 1e-9;
  const fmt = (x) => (x === undefined ? 'n/a' : Number(x).toFixed(2));

  // ---------------------------------------------------------------- elements
  // Deterministic start positions (a sunflower spiral in node order); cose refines them.
  const GOLDEN = Math.PI * (3 - Math.sqrt(5));
  const spacing = 40;
  const elements = [];
  data.nodes.forEach((n, i) => {
    const r = spacing * Math.sqrt(i + 0.5);
    elements.push({
      group: 'nodes',
      data: { id: n.id, label: n.name, colour: typeColour.get(n.type) || '#999', size: n.size },
      position: { x: r * Math.cos(i * GOLDEN), y: r * Math.sin(i * GOLDEN) },
    });
  });
  data.edges.forEach((e) => {
    elements.push({
      group: 'edges',
      data: {
        id: e.id, source: e.source, target: e.target, colour: relColour.get(e.type) || '#888',
        label: edgeLabel(e, e.facts.length), width: edgeWidth(e.facts.length),
      },
    });
  });
  function edgeLabel(e, n) {
    return n > 1 ? e.type + ' \u00d7' + n : e.type;
  }
  function edgeWidth(n) {
    return Math.min(6, 1.5 + (n - 1) * 0.9);
  }

  const big = data.nodes.length > 1500;
  const cy = cytoscape({
    container: $('cy'),
    elements: elements,
    minZoom: 0.02,
    maxZoom: 4,
    boxSelectionEnabled: false,
    textureOnViewport: big,
    hideEdgesOnViewport: big,
    style: [
      {
        selector: 'node',
        style: {
          'background-color': 'data(colour)',
          width: 'data(size)',
          height: 'data(size)',
          label: 'data(label)',
          'font-size': 12,
          color: '#1f2328',
          'text-valign': 'bottom',
          'text-halign': 'center',
          'text-margin-y': 3,
          'text-wrap': 'wrap',
          'text-max-width': 130,
          'text-outline-color': '#fbfcfd',
          'text-outline-width': 2,
          'min-zoomed-font-size': 7,
          'border-width': 1.5,
          'border-color': '#ffffff',
        },
      },
      {
        selector: 'edge',
        style: {
          width: 'data(width)',
          'line-color': 'data(colour)',
          'target-arrow-color': 'data(colour)',
          'target-arrow-shape': 'triangle',
          'arrow-scale': 0.9,
          'curve-style': 'bezier',
          'control-point-step-size': 40,
          opacity: 0.85,
          label: 'data(label)',
          'font-size': 10,
          color: '#57606a',
          'text-rotation': 'autorotate',
          'text-background-color': '#fbfcfd',
          'text-background-opacity': 0.9,
          'text-background-padding': 1,
          'min-zoomed-font-size': 8,
        },
      },
      { selector: 'edge.nolabel', style: { label: '' } },
      { selector: '.filtered', style: { display: 'none' } },
      { selector: '.faded', style: { opacity: 0.12, 'text-opacity': 0.15 } },
      { selector: 'node.focus', style: { 'border-width': 4, 'border-color': '#1f2328' } },
      { selector: 'edge.focus', style: { opacity: 1, 'z-index': 10, color: '#1f2328' } },
      { selector: 'edge:selected', style: { opacity: 1, width: 5 } },
    ],
    layout: { name: 'preset' },
  });

  function layoutOptions(fit) {
    const n = cy.nodes(':visible').length;
    return {
      name: 'cose',
      animate: false,
      randomize: false,
      fit: fit,
      padding: 40,
      nodeDimensionsIncludeLabels: true,
      // Pairs joined by several edges get room for their labels.
      idealEdgeLength: (edge) => 70 + 28 * Math.min(6, pairCount(edge)),
      nodeRepulsion: () => 40000,
      nodeOverlap: 12,
      edgeElasticity: () => 60,
      gravity: 0.6,
      componentSpacing: 90,
      nestingFactor: 1.2,
      numIter: n > 1500 ? 250 : 1000,
      initialTemp: 200,
      coolingFactor: 0.95,
      minTemp: 1.0,
    };
  }
  const pairs = new Map();
  data.edges.forEach((e) => {
    const key = e.source < e.target ? e.source + ' ' + e.target : e.target + ' ' + e.source;
    pairs.set(key, (pairs.get(key) || 0) + 1);
  });
  function pairCount(edge) {
    const s = edge.source().id();
    const t = edge.target().id();
    return pairs.get(s < t ? s + ' ' + t : t + ' ' + s) || 1;
  }
  // cose costs O(n^2) per step: above this many connected nodes the first drawing uses a quick
  // concentric layout (hubs in the middle) until the user narrows the graph and lays it out again.
  const COSE_LIMIT = 2000;
  function layout(force) {
    const nodes = cy.nodes(':visible');
    const linked = nodes.filter((node) => node.connectedEdges(':visible').length > 0);
    const lonely = nodes.difference(linked);
    // One edge per pair of nodes: parallel edges would pull a pair together as one strong spring.
    const seen = new Set();
    const springs = cy.edges(':visible').filter((edge) => {
      const s = edge.source().id();
      const t = edge.target().id();
      const key = s < t ? s + ' ' + t : t + ' ' + s;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
    const quick = linked.length > COSE_LIMIT && !force;
    $('layout-note').hidden = !quick;
    const options = quick
      ? { name: 'concentric', animate: false, fit: false, minNodeSpacing: 6, concentric: (n) => n.degree(), levelWidth: () => 2 }
      : layoutOptions(false);
    const run = linked.union(springs).layout(options);
    run.one('layoutstop', () => {
      placeInGrid(lonely, linked.length ? linked.boundingBox({ includeLabels: true }) : null);
      cy.fit(cy.elements(':visible'), 40);
    });
    run.run();
  }
  // Nodes without a drawn edge, in rows under the rest (in data order: by type, then IRI).
  function placeInGrid(nodes, below) {
    if (!nodes.length) return;
    const cellW = 150;
    const cellH = 70;
    const width = below ? Math.max(below.w, cellW * 4) : cellW * Math.ceil(Math.sqrt(nodes.length * 2));
    const cols = Math.max(1, Math.floor(width / cellW));
    const x0 = below ? below.x1 + cellW / 2 : 0;
    const y0 = below ? below.y2 + 90 : 0;
    cy.batch(() => {
      nodes.forEach((node, i) => {
        node.position({ x: x0 + (i % cols) * cellW, y: y0 + Math.floor(i / cols) * cellH });
      });
    });
  }

  // ---------------------------------------------------------------- filters
  function applyFilters() {
    cy.batch(() => {
      cy.nodes().forEach((node) => {
        node.toggleClass('filtered', !state.types.has(nodeById.get(node.id()).type));
      });
      cy.edges().forEach((edge) => {
        const e = edgeById.get(edge.id());
        const shown = e.facts.filter((i) => passes(data.facts[i])).length;
        const visible =
          shown > 0 &&
          state.relations.has(e.type) &&
          !edge.source().hasClass('filtered') &&
          !edge.target().hasClass('filtered');
        edge.toggleClass('filtered', !visible);
        edge.toggleClass('nolabel', !state.edgeLabels);
        if (visible) {
          edge.data('label', edgeLabel(e, shown));
          edge.data('width', edgeWidth(shown));
        }
      });
      if (state.hideIsolated) {
        cy.nodes().forEach((node) => {
          if (!node.hasClass('filtered') && node.connectedEdges().not('.filtered').length === 0) {
            node.addClass('filtered');
          }
        });
      }
    });
    updateCounter();
    if (state.current) render(state.current);
  }
  function updateCounter() {
    $('node-count').textContent = String(cy.nodes().not('.filtered').length);
    $('node-total').textContent = String(cy.nodes().length);
    $('edge-count').textContent = String(cy.edges().not('.filtered').length);
    $('edge-total').textContent = String(cy.edges().length);
  }

  function el(tag, props, children) {
    const node = document.createElement(tag);
    if (props) {
      for (const [key, value] of Object.entries(props)) {
        if (value === undefined || value === null) continue;
        if (key === 'text') node.textContent = value;
        else if (key === 'class') node.className = value;
        else if (key === 'style') Object.assign(node.style, value);
        else if (key.startsWith('on')) node.addEventListener(key.slice(2), value);
        else node.setAttribute(key, value);
      }
    }
    for (const child of [].concat(children || [])) {
      if (child === undefined || child === null || child === false) continue;
      node.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
    return node;
  }
  const swatch = (colour, line) => el('span', { class: line ? 'swatch line' : 'swatch', style: { background: colour } });

  function buildControls() {
    const typeList = $('type-filters');
    data.types.forEach((t) => {
      const box = el('input', { type: 'checkbox', checked: '', 'data-type': t.type });
      box.addEventListener('change', () => {
        if (box.checked) state.types.add(t.type);
        else state.types.delete(t.type);
        applyFilters();
      });
      typeList.append(el('li', null, el('label', null, [box, swatch(t.colour), el('span', { class: 'name', text: t.type }), el('span', { class: 'count', text: t.count })])));
    });

    const relList = $('relation-filters');
    let family = null;
    if (data.relations.length === 0) relList.append(el('li', { class: 'hint', text: 'No relations in this graph.' }));
    data.relations.forEach((r) => {
      if (r.family !== family) {
        family = r.family;
        relList.append(el('li', { class: 'family', text: family }));
      }
      const box = el('input', { type: 'checkbox', checked: '', 'data-relation': r.type });
      box.addEventListener('change', () => {
        if (box.checked) state.relations.add(r.type);
        else state.relations.delete(r.type);
        applyFilters();
      });
      relList.append(el('li', null, el('label', null, [box, swatch(r.colour, true), el('span', { class: 'name', text: r.type, title: r.type }), el('span', { class: 'count', text: r.facts })])));
    });
    const setAll = (on) => {
      relList.querySelectorAll('input[type=checkbox]').forEach((box) => {
        box.checked = on;
      });
      state.relations = new Set(on ? data.relations.map((r) => r.type) : []);
      applyFilters();
    };
    $('rel-all').addEventListener('click', () => setAll(true));
    $('rel-none').addEventListener('click', () => setAll(false));

    const slider = $('confidence');
    slider.addEventListener('input', () => {
      state.minConfidence = Number(slider.value);
      $('confidence-value').textContent = state.minConfidence.toFixed(2);
      applyFilters();
    });
    $('hide-isolated').addEventListener('change', (event) => {
      state.hideIsolated = event.target.checked;
      applyFilters();
    });
    $('edge-labels').addEventListener('change', (event) => {
      state.edgeLabels = event.target.checked;
      applyFilters();
    });
    $('fit').addEventListener('click', () => cy.fit(cy.elements(':visible'), 40));
    $('relayout').addEventListener('click', () => layout(true));
    $('panel-close').addEventListener('click', clearFocus);

    const c = data.counts;
    $('about').textContent =
      `${c.nodes} entities, ${c.facts} facts on ${c.edges} edges, ${c.events} events, ` +
      `${c.statements} statements from ${c.articles} article(s). Drawn with cytoscape.js (MIT licence); ` +
      'this page works offline.';
  }

  // ---------------------------------------------------------------- search
  const fold = (s) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
  const searchIndex = data.nodes.map((n) => ({
    node: n,
    names: [n.name].concat(n.aliases).map((name) => ({ name, folded: fold(name) })),
  }));
  function search(query) {
    const q = fold(query.trim());
    if (!q) return [];
    const hits = [];
    for (const entry of searchIndex) {
      let best = null;
      entry.names.forEach((nm, k) => {
        const at = nm.folded.indexOf(q);
        if (at < 0) return;
        const rank = (nm.folded === q ? 0 : at === 0 ? 1 : / /.test(nm.folded[at - 1]) ? 2 : 3) + (k === 0 ? 0 : 0.5);
        if (best === null || rank < best.rank) best = { rank, alias: k === 0 ? null : nm.name };
      });
      if (best) hits.push({ node: entry.node, rank: best.rank, alias: best.alias });
    }
    hits.sort((a, b) => a.rank - b.rank || b.node.degree - a.node.degree || (a.node.name < b.node.name ? -1 : 1));
    return hits.slice(0, 12);
  }
  const input = $('search');
  const results = $('search-results');
  let active = 0;
  let hits = [];
  function showResults() {
    hits = search(input.value);
    results.replaceChildren();
    if (!input.value.trim()) {
      results.hidden = true;
      return;
    }
    if (hits.length === 0) results.append(el('li', { class: 'empty', text: 'No node matches.' }));
    hits.forEach((hit, i) => {
      results.append(
        el('li', { role: 'option', class: i === active ? 'active' : '', onmousedown: (ev) => { ev.preventDefault(); choose(i); } }, [
          swatch(typeColour.get(hit.node.type)),
          hit.node.name,
          hit.alias ? el('span', { class: 'alias', text: `(also "${hit.alias}")` }) : null,
        ]),
      );
    });
    results.hidden = false;
  }
  function choose(i) {
    const hit = hits[i];
    if (!hit) return;
    results.hidden = true;
    input.value = hit.node.name;
    focusNode(hit.node.id);
  }
  input.addEventListener('input', () => {
    active = 0;
    showResults();
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (hits.length) active = (active + (event.key === 'ArrowDown' ? 1 : hits.length - 1)) % hits.length;
      showResults();
    } else if (event.key === 'Enter') {
      event.preventDefault();
      choose(active);
    } else if (event.key === 'Escape') {
      results.hidden = true;
    }
  });
  input.addEventListener('focus', showResults);
  input.addEventListener('blur', () => {
    results.hidden = true;
  });

  // ---------------------------------------------------------------- focus and panel
  function focusNode(id) {
    const n = nodeById.get(id);
    if (!n) return;
    if (!state.types.has(n.type)) {
      state.types.add(n.type);
      const box = document.querySelector(`#type-filters input[data-type="${n.type}"]`);
      if (box) box.checked = true;
    }
    if (state.hideIsolated) {
      state.hideIsolated = false;
      $('hide-isolated').checked = false;
    }
    state.current = { kind: 'node', id };
    applyFilters();
    const node = cy.getElementById(id);
    highlight(node.closedNeighborhood().not('.filtered'));
    node.addClass('focus');
    showArea(node.closedNeighborhood().not('.filtered'));
  }
  // Zoom to ``eles`` within the part of the canvas the panel does not cover, never closer than 1.6.
  function showArea(eles) {
    const box = eles.boundingBox({ includeLabels: true });
    const panelWidth = $('panel').hidden ? 0 : $('panel').offsetWidth;
    const width = Math.max(100, cy.width() - panelWidth);
    const height = cy.height();
    const pad = 50;
    const zoom = Math.max(
      cy.minZoom(),
      Math.min(1.6, (width - 2 * pad) / Math.max(box.w, 1), (height - 2 * pad) / Math.max(box.h, 1)),
    );
    const pan = { x: width / 2 - zoom * (box.x1 + box.w / 2), y: height / 2 - zoom * (box.y1 + box.h / 2) };
    cy.animate({ zoom: zoom, pan: pan }, { duration: 350 });
  }
  function focusEdge(id) {
    state.current = { kind: 'edge', id };
    const edge = cy.getElementById(id);
    highlight(edge.union(edge.connectedNodes()));
    edge.addClass('focus');
    render(state.current);
  }
  function highlight(keep) {
    cy.batch(() => {
      cy.elements().removeClass('focus').addClass('faded');
      keep.removeClass('faded');
      keep.edges().addClass('focus');
    });
  }
  function clearFocus() {
    state.current = null;
    cy.elements().removeClass('faded focus');
    $('panel').hidden = true;
  }

  const nodeLink = (id) => {
    const n = nodeById.get(id);
    return el('a', { class: 'node-link', href: '#', onclick: (ev) => { ev.preventDefault(); focusNode(id); } }, n ? n.name : id);
  };
  const relBadge = (type) => el('span', { class: 'rel', style: { background: relColour.get(type) || '#888' }, text: type });

  function marked(sentence, term) {
    if (!term) return [sentence];
    const at = sentence.toLowerCase().indexOf(term.toLowerCase());
    if (at < 0) return [sentence];
    return [sentence.slice(0, at), el('mark', { text: sentence.slice(at, at + term.length) }), sentence.slice(at + term.length)];
  }
  function evidence(item, term) {
    const sentence = item.sentence === undefined ? null : data.sentences[item.sentence];
    const article = item.article === undefined ? null : articleById.get(item.article);
    const meta = [`confidence ${fmt(item.confidence)}`];
    if (item.rule) meta.push(`rule ${item.rule}`);
    const metaLine = el('p', { class: 'meta' }, meta.join(' \u00b7 '));
    if (item.article !== undefined) {
      metaLine.append(' \u00b7 article ');
      if (article && article.url) {
        metaLine.append(el('a', { href: article.url, target: '_blank', rel: 'noopener noreferrer', text: item.article }));
      } else {
        metaLine.append(item.article);
      }
      if (article && article.date) metaLine.append(` (${article.date})`);
      if (article && article.headline) metaLine.title = article.headline;
    }
    return el('div', { class: 'evidence' }, [
      sentence === null ? null : el('p', { class: 'sentence' }, marked(sentence, term)),
      metaLine,
    ]);
  }
  function section(title, items, renderItem, open) {
    const shown = items.filter(passes);
    const hidden = items.length - shown.length;
    const details = el('details', open ? { open: '' } : null, [
      el('summary', null, [title + ' ', el('span', { class: 'count', text: `(${shown.length})` })]),
    ]);
    shown.forEach((item) => details.append(renderItem(item)));
    if (hidden) details.append(el('p', { class: 'muted', text: `${hidden} below the minimum confidence (hidden).` }));
    if (!items.length) details.append(el('p', { class: 'muted', text: 'None.' }));
    return details;
  }
  function factDetails(f) {
    const bits = [];
    if (f.title) bits.push(`title \u201c${f.title}\u201d${f.former ? ' (former)' : ''}`);
    if (f.cameo) bits.push(`CAMEO ${f.cameo}`);
    if (f.trigger) bits.push(`trigger \u201c${f.trigger}\u201d`);
    if (f.date) bits.push(f.date);
    if (f.negated) bits.push('negated');
    return bits.length ? el('div', { class: 'more', text: bits.join(' \u00b7 ') }) : null;
  }
  function relationItems(edges, outgoing) {
    const items = [];
    edges.forEach((e) => {
      e.facts.forEach((i) => {
        const f = data.facts[i];
        items.push(Object.assign({}, f, { _edge: e, _outgoing: outgoing }));
      });
    });
    return items;
  }
  function renderRelation(f) {
    const other = f._outgoing ? f.target : f.source;
    const head = f._outgoing
      ? [relBadge(f.type), ' \u2192 ', nodeLink(other)]
      : [nodeLink(other), ' \u2192 ', relBadge(f.type)];
    return el('div', { class: 'fact' }, [
      el('div', { class: 'fact-head' }, head),
      factDetails(f),
      evidence(f, f.title || f.trigger),
    ]);
  }
  function renderPosition(f) {
    const title = f.title + (f.former ? ' (former)' : '');
    return el('div', { class: 'fact' }, [
      el('div', { class: 'fact-head' }, [nodeLink(f.source), `: ${title}, `, nodeLink(f.target)]),
      el('div', { class: 'more' }, [relBadge(f.type)]),
      evidence(f, f.title),
    ]);
  }
  function renderEvent(ev) {
    const head = [nodeLink(ev.actor)];
    if (ev.target !== undefined) head.push(' \u2192 ', nodeLink(ev.target));
    const code = ev.cameo ? `CAMEO ${ev.cameo}${ev.cameoLabel ? ' ' + ev.cameoLabel : ''}` : 'event';
    const bits = [code];
    if (ev.trigger) bits.push(`\u201c${ev.trigger}\u201d`);
    if (ev.date) bits.push(ev.date);
    if (ev.modality) bits.push(`modality: ${ev.modality}`);
    if (ev.negated) bits.push('NEGATED');
    return el('div', { class: 'fact' }, [
      el('div', { class: 'fact-head' }, head),
      el('div', { class: 'more', text: bits.join(' \u00b7 ') }),
      evidence(ev, ev.trigger),
    ]);
  }
  function renderStatement(st) {
    return el('div', { class: 'fact' }, [
      el('p', { class: 'quote', text: `\u201c${st.quote}\u201d` }),
      el('div', { class: 'more', text: st.direct ? 'direct quote' : 'reported speech' }),
      evidence(st, st.quote),
    ]);
  }

  function render(current) {
    const body = $('panel-body');
    body.replaceChildren();
    if (current.kind === 'edge') {
      const e = edgeById.get(current.id);
      body.append(
        el('h2', null, [nodeLink(e.source), ' \u2192 ', nodeLink(e.target)]),
        el('div', { class: 'badge' }, [relBadge(e.type), ` ${e.facts.length} fact(s), highest confidence ${fmt(e.confidence)}`]),
        section('Evidence', e.facts.map((i) => Object.assign({}, data.facts[i], { _outgoing: true })), (f) =>
          el('div', { class: 'fact' }, [factDetails(f), evidence(f, f.title || f.trigger)]), true),
      );
    } else {
      const n = nodeById.get(current.id);
      const dl = el('dl');
      const row = (label, value) => {
        if (value === undefined || value === null || value === '') return;
        dl.append(el('dt', { text: label }), el('dd', null, value));
      };
      row('Also known as', n.aliases.join('; '));
      row('Mentions', n.mentions === undefined ? undefined : `${n.mentions} in ${n.articles.length} article(s)`);
      row('Articles', n.articles.join(', '));
      if (n.wikidata) {
        row('Wikidata', el('a', { href: `https://www.wikidata.org/wiki/${n.wikidata}`, target: '_blank', rel: 'noopener noreferrer', text: n.wikidata }));
      }
      row('ISO 3166', n.iso3);
      row('Facts', String(n.degree));
      row('IRI', el('span', { class: 'iri', text: n.iri }));
      body.append(
        el('h2', { text: n.name }),
        el('div', { class: 'badge' }, [swatch(typeColour.get(n.type)), n.type]),
        dl,
        section('Relations out', relationItems(edgesOut.get(n.id) || [], true), renderRelation, true),
        section('Relations in', relationItems(edgesIn.get(n.id) || [], false), renderRelation, true),
        section('Positions', (positionsOf.get(n.id) || []).map((i) => data.facts[i]), renderPosition, true),
        section('Events', (eventsOf.get(n.id) || []).map((i) => data.events[i]), renderEvent, true),
        section('Statements', (statementsOf.get(n.id) || []).map((i) => data.statements[i]), renderStatement, true),
      );
    }
    $('panel').hidden = false;
    $('panel').scrollTop = 0;
  }

  cy.on('tap', 'node', (event) => focusNode(event.target.id()));
  cy.on('tap', 'edge', (event) => focusEdge(event.target.id()));
  cy.on('tap', (event) => {
    if (event.target === cy) clearFocus();
  });
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && document.activeElement !== input) clearFocus();
  });

  // graph.html#Xi%20Jinping (a name, an alias or a node id) opens with that node in focus.
  function focusFromHash() {
    const wanted = decodeURIComponent(location.hash.slice(1));
    if (!wanted) return;
    if (nodeById.has(wanted)) {
      focusNode(wanted);
      return;
    }
    const hit = search(wanted)[0];
    if (hit) focusNode(hit.node.id);
  }
  window.addEventListener('hashchange', focusFromHash);

  buildControls();
  applyFilters();
  layout();
  focusFromHash();
  document.body.setAttribute('data-ready', 'true');
})();
