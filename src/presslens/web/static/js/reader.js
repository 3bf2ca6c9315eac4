// The article reader: the text with toggleable highlight layers and a side panel of items.
// Article content is untrusted: every string goes into the page through textContent or a
// text node, never through innerHTML, and links are made only from http(s) URLs.

const QUAD_NAMES = {
  1: 'verbal cooperation', 2: 'material cooperation', 3: 'verbal conflict', 4: 'material conflict',
};

// Highlight layers, outermost first (nesting order of the wrappers around each stretch).
const MARK_LAYERS = [
  { key: 'events', label: 'Events', on: true },
  { key: 'quotes', label: 'Quotes', on: true },
  { key: 'actors', label: 'Actors', on: true },
  { key: 'entities', label: 'Entities', on: false },
  { key: 'dates', label: 'Dates', on: false },
  { key: 'techniques', label: 'Techniques', on: true },
];
const TOGGLE_ORDER = ['techniques', 'quotes', 'actors', 'events', 'entities', 'dates'];
const TABS = [
  ['techniques', 'Techniques'], ['quotes', 'Quotes'], ['actors', 'Actors'], ['events', 'Events'],
  ['social_posts', 'Posts'], ['boilerplate', 'Boilerplate'], ['entities', 'Entities'],
  ['dates', 'Dates'],
];

/** Create an element with a class and optional text (always as text). */
export function el(tag, cls, text) {
  const node = document.createElement(tag);
  if (cls) node.className = cls;
  if (text !== undefined && text !== null) node.textContent = String(text);
  return node;
}

/** GET or POST JSON; throws an Error carrying the server's message. */
export async function fetchJSON(url, init) {
  const resp = await fetch(url, init);
  let body = null;
  try { body = await resp.json(); } catch (e) { body = null; }
  if (!resp.ok) {
    const detail = body && body.detail;
    const msg = typeof detail === 'string' ? detail : `HTTP ${resp.status}`;
    const err = new Error(msg);
    err.status = resp.status;
    throw err;
  }
  return body;
}

/** An http(s) URL, or null: never a javascript: or data: link. */
export function safeUrl(url) {
  if (typeof url !== 'string') return null;
  return /^https?:\/\//i.test(url.trim()) ? url.trim() : null;
}

function clip(text, n) {
  const t = String(text || '').replace(/\s+/g, ' ').trim();
  return t.length > n ? t.slice(0, n - 1) + '…' : t;
}

/** Every highlight of the article: one per evidence stretch, keyed by layer and item. */
function collectMarks(article, techByLabel) {
  const marks = [];
  const add = (layer, idx, span, role, cls) => {
    if (!span || typeof span.start !== 'number' || span.end <= span.start) return;
    marks.push({ key: `${layer}:${idx}`, layer, idx, start: span.start, end: span.end, role, cls });
  };
  (article.techniques || []).forEach((t, i) => {
    const info = techByLabel.get(t.technique);
    const bucket = Math.min(9, Math.floor(Number(t.score || 0) * 10));
    add('techniques', i, t, 'technique', `hl-techniques tc${info ? info.colour : 0} sb${bucket}`);
  });
  (article.quotes || []).forEach((q, i) => {
    add('quotes', i, q, 'quote', 'hl-quote');
    if (q.speaker) add('quotes', i, q.speaker, 'speaker', 'hl-speaker');
    if (q.cue) add('quotes', i, q.cue, 'cue', 'hl-cue');
  });
  (article.actors || []).forEach((a, i) => {
    (a.mentions || []).forEach((m) => add('actors', i, m, 'mention', 'hl-actors'));
  });
  (article.events || []).forEach((e, i) => {
    add('events', i, e, 'event', 'hl-event');
    if (e.trigger) add('events', i, e.trigger, 'trigger', 'hl-trigger');
  });
  (article.entities || []).forEach((e, i) => add('entities', i, e, 'entity', 'hl-entities'));
  (article.dates || []).forEach((d, i) => add('dates', i, d, 'date', 'hl-dates'));
  return marks;
}

/** Embedded posts and boilerplate: stretches shown apart from the body (outermost wins). */
function collectRegions(article) {
  const regions = [];
  (article.social_posts || []).forEach((p, i) => regions.push({
    key: `social_posts:${i}`, start: p.start, end: p.end, cls: 'region region-post',
    label: ['embedded post', p.platform, p.handle || p.author, p.date].filter(Boolean).join(' · '),
  }));
  (article.boilerplate || []).forEach((b, i) => regions.push({
    key: `boilerplate:${i}`, start: b.start, end: b.end, cls: 'region region-boilerplate',
    label: ['not body', b.kind.replace('_', ' '), b.author || b.outlet].filter(Boolean).join(' · '),
  }));
  regions.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept = [];
  for (const r of regions) {
    if (r.end <= r.start) continue;
    if (kept.length && r.start < kept[kept.length - 1].end) continue;
    kept.push(r);
  }
  return kept;
}

const LAYER_RANK = Object.fromEntries(MARK_LAYERS.map((l, i) => [l.key, i]));

/** Build the article text as DOM: regions as blocks, nested wrappers per highlight. */
function buildText(article, marks, regions, index) {
  const text = article.text;
  const cuts = new Set([0, text.length]);
  for (const m of marks) { cuts.add(m.start); cuts.add(m.end); }
  for (const r of regions) {
    cuts.add(r.start);
    cuts.add(r.end);
    // Cut at the white space around a box too, so that it can be folded away on its own.
    let after = r.end;
    while (after < text.length && after - r.end < 8 && /\s/.test(text[after])) after++;
    let before = r.start;
    while (before > 0 && r.start - before < 8 && /\s/.test(text[before - 1])) before--;
    cuts.add(after);
    cuts.add(before);
  }
  const points = [...cuts].filter((x) => x >= 0 && x <= text.length).sort((a, b) => a - b);
  const container = el('div', 'article-text');
  container.id = 'article-text';
  let regionAt = 0;
  let current = null; // { region, body }
  const byStart = [...marks].sort((a, b) => a.start - b.start);
  let open = [];
  let next = 0;
  for (let p = 0; p + 1 < points.length; p++) {
    const a = points[p];
    const b = points[p + 1];
    while (regionAt < regions.length && regions[regionAt].end <= a) regionAt++;
    const region = regionAt < regions.length && regions[regionAt].start <= a ? regions[regionAt] : null;
    let parent = container;
    if (region) {
      if (!current || current.region !== region) {
        const box = el('div', region.cls);
        box.dataset.key = region.key;
        box.appendChild(el('span', 'region-label', region.label));
        const body = el('span', 'region-body');
        box.appendChild(body);
        container.appendChild(box);
        current = { region, body };
        push(index, region.key, box);
      }
      parent = current.body;
    } else {
      current = null;
    }
    while (next < byStart.length && byStart[next].start <= a) open.push(byStart[next++]);
    open = open.filter((m) => m.end > a);
    const covering = open.filter((m) => m.start <= a && m.end >= b);
    // Innermost first: techniques inside dates inside entities ... inside events.
    covering.sort((x, y) => (LAYER_RANK[y.layer] - LAYER_RANK[x.layer])
      || ((x.end - x.start) - (y.end - y.start)));
    const piece = text.slice(a, b);
    let node = document.createTextNode(piece);
    for (const m of covering) {
      const wrap = el('span', `hl ${m.cls}`);
      wrap.dataset.key = m.key;
      wrap.dataset.role = m.role;
      wrap.appendChild(node);
      node = wrap;
      push(index, m.key, wrap);
    }
    if (!region && /^\s+$/.test(piece) && touchesRegion(text, regions, a, b)) {
      // Line breaks around a box would only add blank lines: kept in the DOM, not shown.
      const gap = el('span', 'ws-gap');
      gap.appendChild(node);
      node = gap;
    }
    parent.appendChild(node);
  }
  return container;
}

/** Whether only white space separates [a, b) from a post or boilerplate box. */
function touchesRegion(text, regions, a, b) {
  const blank = (x, y) => y - x <= 8 && /^\s*$/.test(text.slice(x, y));
  return regions.some((r) => (r.end <= a && blank(r.end, a)) || (b <= r.start && blank(b, r.start)));
}

function push(index, key, node) {
  if (!index.has(key)) index.set(key, []);
  index.get(key).push(node);
}

/** Side-panel description of one item: title parts, meta line, evidence. */
function describe(layer, item, ctx) {
  const { actorName, techByLabel } = ctx;
  switch (layer) {
    case 'techniques': {
      const info = techByLabel.get(item.technique);
      return {
        swatch: `tc${info ? info.colour : 0}`,
        title: info ? info.name : item.technique,
        meta: `score ${Number(item.score).toFixed(2)}${item.region !== 'body' ? ' · in ' + item.region.replace('_', ' ') : ''}`,
      };
    }
    case 'quotes':
      return {
        title: item.speaker ? item.speaker.name : 'unattributed',
        meta: [item.kind + ' quote', item.cue ? `cue “${item.cue.text}”` : null,
          item.origin === 'social_post' ? 'from an embedded post' : null].filter(Boolean).join(' · '),
      };
    case 'actors':
      return {
        title: item.name,
        badge: item.code,
        meta: [`${(item.mentions || []).length} mention(s)`, item.country, (item.roles || []).join(', '),
          item.basis].filter(Boolean).join(' · '),
        evidence: (item.mentions || []).map((m) => m.text).filter((v, i, a) => a.indexOf(v) === i).join(' · '),
      };
    case 'events':
      return {
        title: `${actorName(item.source, item.source_code)} → ${actorName(item.target, item.target_code)}`,
        quad: item.quad_class,
        meta: [`CAMEO ${item.code}`, item.plover, `Goldstein ${item.goldstein}`,
          item.confidence != null ? `confidence ${item.confidence.toFixed(2)}` : null,
          item.modality !== 'asserted' ? item.modality : null, item.date,
          item.trigger ? `trigger “${item.trigger.text}”` : null].filter(Boolean).join(' · '),
      };
    case 'social_posts':
      return {
        title: [item.platform, item.handle || item.author].filter(Boolean).join(' · '),
        meta: [item.date, (item.urls || []).length ? `${item.urls.length} link(s)` : null].filter(Boolean).join(' · '),
      };
    case 'boilerplate':
      return { title: item.kind.replace('_', ' '), meta: [item.author, item.outlet].filter(Boolean).join(' · ') };
    case 'entities':
      return { title: item.name, badge: item.label, meta: `group ${item.group}` };
    case 'dates':
      return { title: item.value || 'unresolved', meta: `${item.precision} · ${item.basis}` };
    default:
      return { title: layer };
  }
}

/** Render ``article`` into ``root``; ``catalog`` is the /api/techniques list. */
export function renderReader(root, article, catalog) {
  root.replaceChildren();
  const techByLabel = new Map((catalog || []).map((t) => [t.label, t]));
  let spare = techByLabel.size;
  for (const t of article.techniques || []) {
    if (!techByLabel.has(t.technique)) {
      techByLabel.set(t.technique, { label: t.technique, name: t.technique, description: null, colour: spare++ % 14 });
    }
  }
  const actors = new Map((article.actors || []).map((a) => [a.id, a]));
  const actorName = (id, code) => (actors.get(id) ? actors.get(id).name : (code || id || '?'));
  const ctx = { actorName, techByLabel };

  const reader = el('div', 'reader');
  reader.id = 'reader';
  for (const l of MARK_LAYERS) if (l.on) reader.classList.add(`show-${l.key}`);
  root.appendChild(reader);

  // header
  const head = el('header', 'reader-head');
  head.appendChild(el('h1', 'article-title', article.title || clip(article.text, 90) || article.id));
  const meta = el('div', 'meta');
  const bits = [article.outlet, article.published, (article.authors || []).length ? 'by ' + article.authors.join(', ') : null,
    article.language ? `language ${article.language}` : null];
  for (const b of bits) if (b) meta.appendChild(el('span', '', b));
  meta.appendChild(el('span', `genre genre-${article.genre}`, article.genre));
  const link = safeUrl(article.url);
  if (link) {
    const a = el('a', '', new URL(link).host || link);
    a.href = link;
    a.rel = 'noopener noreferrer nofollow';
    a.target = '_blank';
    meta.appendChild(a);
  } else if (article.source) {
    meta.appendChild(el('span', '', article.source));
  }
  head.appendChild(meta);
  if ((article.warnings || []).length) {
    const ul = el('ul', 'warnings');
    for (const w of article.warnings) ul.appendChild(el('li', '', w));
    head.appendChild(ul);
  }
  const stats = el('div', 'stats');
  const summary = article.technique_summary;
  const statItems = [
    [(article.techniques || []).length, 'techniques'],
    [summary && summary.sentences ? Math.round(summary.share * 100) + '%' : null, 'of sentences persuasive'],
    [(article.quotes || []).length, 'quotes'], [(article.actors || []).length, 'actors'],
    [(article.events || []).length, 'events'], [(article.social_posts || []).length, 'embedded posts'],
  ];
  for (const [v, label] of statItems) {
    if (v === null || v === undefined) continue;
    const s = el('span', 'stat');
    s.appendChild(el('b', '', v));
    s.appendChild(document.createTextNode(label));
    stats.appendChild(s);
  }
  head.appendChild(stats);
  reader.appendChild(head);

  const grid = el('div', 'reader-grid');
  reader.appendChild(grid);
  const mainCol = el('div', 'reader-main');
  grid.appendChild(mainCol);

  // toolbar: layer toggles and technique legend
  const marks = collectMarks(article, techByLabel);
  const regions = collectRegions(article);
  const toolbar = el('div', 'toolbar');
  const toggles = el('div', 'toggles');
  toggles.id = 'layer-toggles';
  const toggleInputs = new Map();
  const addToggle = (key, label, count, on, onChange) => {
    const lab = el('label', 'toggle');
    const box = el('input');
    box.type = 'checkbox';
    box.checked = on;
    box.id = `toggle-${key}`;
    box.addEventListener('change', () => onChange(box.checked));
    lab.appendChild(box);
    lab.appendChild(el('span', `key key-${key}`));
    lab.appendChild(el('span', '', label));
    lab.appendChild(el('span', 'count', count));
    toggles.appendChild(lab);
    toggleInputs.set(key, box);
  };
  for (const key of TOGGLE_ORDER) {
    const l = MARK_LAYERS.find((x) => x.key === key);
    addToggle(key, l.label, (article[key] || []).length, l.on,
      (on) => reader.classList.toggle(`show-${key}`, on));
  }
  addToggle('regions', 'Posts & boilerplate', regions.length, true,
    (on) => reader.classList.toggle('hide-regions', !on));
  toolbar.appendChild(toggles);
  const present = new Map();
  for (const t of article.techniques || []) present.set(t.technique, (present.get(t.technique) || 0) + 1);
  let minScore = 0;
  if (present.size) {
    const legend = el('div', 'legend');
    legend.id = 'technique-legend';
    const pick = el('select', 'min-score');
    pick.id = 'min-score';
    pick.setAttribute('aria-label', 'minimum technique score');
    for (const [v, label] of [[0, 'all scores'], [3, 'score ≥ 0.3'], [5, 'score ≥ 0.5'], [7, 'score ≥ 0.7']]) {
      const opt = el('option', '', label);
      opt.value = String(v);
      pick.appendChild(opt);
    }
    pick.addEventListener('change', () => {
      reader.classList.remove('min-3', 'min-5', 'min-7');
      minScore = Number(pick.value);
      if (minScore) reader.classList.add(`min-${minScore}`);
      if (activeTab === 'techniques') showTab('techniques');
    });
    legend.appendChild(pick);
    for (const [label, n] of [...present.entries()].sort((a, b) => b[1] - a[1])) {
      const info = techByLabel.get(label);
      const chip = el('span', `chip tc${info.colour}`, `${info.name} ×${n}`);
      chip.title = info.description || info.name;
      legend.appendChild(chip);
    }
    toolbar.appendChild(legend);
  }
  mainCol.appendChild(toolbar);

  const index = new Map();
  const textEl = buildText(article, marks, regions, index);
  mainCol.appendChild(textEl);

  // side panel
  const side = el('aside', 'side');
  side.id = 'side-panel';
  grid.appendChild(side);
  const tabs = el('div', 'side-tabs');
  tabs.setAttribute('role', 'tablist');
  side.appendChild(tabs);
  const selection = el('div', 'selection');
  selection.id = 'selection';
  selection.hidden = true;
  side.appendChild(selection);
  const list = el('div', 'side-list');
  list.id = 'side-list';
  side.appendChild(list);
  const itemButtons = new Map();
  let activeTab = null;

  const showTab = (layer) => {
    activeTab = layer;
    for (const b of tabs.children) b.setAttribute('aria-selected', String(b.dataset.layer === layer));
    list.replaceChildren();
    itemButtons.clear();
    if (layer === 'techniques' && present.size) list.appendChild(legendBlock(present, techByLabel));
    const items = article[layer] || [];
    if (!items.length) list.appendChild(el('p', 'empty-list', 'Nothing found in this layer.'));
    items.forEach((item, i) => {
      if (layer === 'techniques' && Number(item.score || 0) * 10 < minScore) return;
      const key = `${layer}:${i}`;
      const d = describe(layer, item, ctx);
      const btn = el('button', 'item');
      btn.type = 'button';
      btn.dataset.key = key;
      const title = el('div', 'item-title');
      if (d.swatch) title.appendChild(el('span', `swatch ${d.swatch}`));
      title.appendChild(el('span', '', d.title));
      if (d.badge) title.appendChild(el('code', '', d.badge));
      if (d.quad) title.appendChild(el('span', `quad quad-${d.quad}`, QUAD_NAMES[d.quad] || d.quad));
      btn.appendChild(title);
      if (d.meta) btn.appendChild(el('div', 'item-meta', d.meta));
      const ev = d.evidence !== undefined ? d.evidence : item.text;
      if (ev) btn.appendChild(el('div', 'item-evidence', `“${clip(ev, 240)}”`));
      btn.addEventListener('click', () => select(key, true));
      list.appendChild(btn);
      itemButtons.set(key, btn);
    });
  };

  for (const [layer, label] of TABS) {
    const n = (article[layer] || []).length;
    const b = el('button', 'side-tab');
    b.type = 'button';
    b.dataset.layer = layer;
    b.id = `tab-${layer}`;
    b.setAttribute('role', 'tab');
    b.appendChild(document.createTextNode(label));
    b.appendChild(el('span', 'n', n));
    b.addEventListener('click', () => showTab(layer));
    tabs.appendChild(b);
  }
  const firstFull = TABS.find(([layer]) => (article[layer] || []).length) || TABS[0];
  showTab(firstFull[0]);

  let marked = [];
  function select(key, scroll) {
    const [layer, idxText] = key.split(':');
    const item = (article[layer] || [])[Number(idxText)];
    if (!item) return;
    // Make the evidence visible: its layer on, posts and boilerplate expanded.
    const toggle = toggleInputs.get(layer);
    if (toggle && !toggle.checked) { toggle.checked = true; toggle.dispatchEvent(new Event('change')); }
    if (reader.classList.contains('hide-regions')) {
      const rt = toggleInputs.get('regions');
      rt.checked = true;
      rt.dispatchEvent(new Event('change'));
    }
    for (const m of marked) m.classList.remove('marked');
    marked = index.get(key) || [];
    for (const m of marked) m.classList.add('marked');
    if (activeTab !== layer) showTab(layer);
    for (const b of list.querySelectorAll('.item.selected')) b.classList.remove('selected');
    const btn = itemButtons.get(key);
    if (btn) {
      btn.classList.add('selected');
      if (!scroll) btn.scrollIntoView({ block: 'nearest' });
    }
    selection.hidden = false;
    selection.replaceChildren(
      el('div', 'sel-text', `“${clip(item.text, 300)}”`),
      el('div', 'sel-where', `${layer.replace('_', ' ')} · characters ${item.start}–${item.end}`),
    );
    selection.dataset.key = key;
    const shown = marked.find((m) => m.getClientRects().length > 0);
    if (scroll && shown) {
      const reduce = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
      shown.scrollIntoView({ block: 'center', behavior: reduce ? 'auto' : 'smooth' });
    }
    if (history.replaceState) history.replaceState(null, '', `#${key}`);
  }

  // Clicking highlighted text selects the innermost item whose layer is shown.
  textEl.addEventListener('click', (event) => {
    let node = event.target instanceof Element ? event.target : null;
    while (node && node !== textEl) {
      const key = node.dataset ? node.dataset.key : null;
      if (key) {
        const layer = key.split(':')[0];
        const visible = node.classList.contains('region') || reader.classList.contains(`show-${layer}`);
        if (visible) { select(key, false); return; }
      }
      node = node.parentElement;
    }
  });

  const wanted = decodeURIComponent(location.hash.slice(1));
  if (/^[a-z_]+:\d+$/.test(wanted) && index.has(wanted)) select(wanted, true);
  return { select, index };
}

function legendBlock(present, techByLabel) {
  const box = el('div', 'side-legend');
  for (const [label, n] of [...present.entries()].sort((a, b) => b[1] - a[1])) {
    const info = techByLabel.get(label);
    const row = el('div', 'legend-row');
    row.appendChild(el('span', `swatch tc${info.colour}`));
    row.appendChild(el('strong', '', info.name));
    row.appendChild(el('span', 'muted', `×${n}`));
    row.appendChild(el('span', 'desc', info.description || 'No description available.'));
    box.appendChild(row);
  }
  return box;
}

/** Show an error message in ``root``. */
export function showError(root, err) {
  root.replaceChildren(el('p', 'notice error', err && err.message ? err.message : String(err)));
}
