// The page of `lexgraph serve`: a few views over the JSON API (docs/serve.md),
// chosen by the address's hash so the browser's back button works:
//   #q=WORDS  search · #doc=ID  a card · #lineage=ID  its lineage picture
//   #source=PATH&start=N&end=M&doc=ID  a mention in its paragraph
//   #issuers[=NAME]  the issuer browser · #due=YEAR  the review table
// No library, no network beyond this server.
"use strict";

const $ = (id) => document.getElementById(id);
const VIEWS = ["search", "card", "lineage", "source", "issuers", "due"];
const KINDS = {
  continues: "tiếp tục thực hiện", implements: "thực hiện", guides: "hướng dẫn",
  amends: "sửa đổi, bổ sung", replaces: "thay thế", repeals: "bãi bỏ", based_on: "căn cứ",
  reviews: "sơ kết, tổng kết", plans_review: "kế hoạch kiểm tra",
};

function el(tag, attrs, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (k === "class") e.className = v; else if (v !== null && v !== undefined) e.setAttribute(k, v);
  }
  for (const c of children) if (c !== null && c !== undefined) e.append(c);
  return e;
}

// replaceChildren without the parts a condition left out (null).
function fill(node, ...children) { node.replaceChildren(...children.filter((c) => c !== null && c !== undefined)); }

function status(text) { $("status").textContent = text || ""; }

async function api(path, params) {
  const url = path + "?" + new URLSearchParams(params).toString();
  const res = await fetch(url);
  const type = res.headers.get("Content-Type") || "";
  const body = type.includes("json") ? await res.json() : await res.text();
  if (!res.ok) {
    const err = new Error((body && body.error) || res.statusText);
    err.body = body;
    err.status = res.status;
    throw err;
  }
  return body;
}

function show(view) {
  for (const v of VIEWS) $(v + "-view").hidden = v !== view;
  document.querySelectorAll("nav a").forEach((a) => a.classList.toggle("active", a.dataset.view === view ||
    (view !== "issuers" && view !== "due" && a.dataset.view === "search")));
  status("");
}

const docHash = (id) => "#doc=" + encodeURIComponent(id);
const label = (d) => d.code || d.title || (d.id || "").replace(/^doc:/, "");

function docLine(d) {
  const parts = [d.type, d.date || d.year, d.issuer, d.term ? "khóa " + d.term : null].filter(Boolean);
  return el("li", {class: "doc"},
    el("a", {href: docHash(d.id)}, label(d)),
    el("span", {class: "muted"}, " " + parts.join(" · ")),
    d.subject ? el("div", {class: "subject"}, d.subject) : null);
}

// ---- search, with suggestions as one types ----
let suggestTimer = 0, suggestSeq = 0;

async function suggest() {
  const q = $("q").value.trim();
  const list = $("suggestions");
  const seq = ++suggestSeq;
  if (q.length < 2) { list.hidden = true; return; }
  try {
    const page = await api("/api/search", {q, limit: 8});
    if (seq !== suggestSeq) return;
    const hits = page.items.length ? page.items : page.suggestions;
    list.replaceChildren(...hits.map((d) => el("li", {role: "option"},
      el("a", {href: docHash(d.id)}, label(d), el("span", {class: "muted"}, " " + (d.type || "") +
        (d.subject ? " — " + d.subject.slice(0, 80) : ""))))));
    list.hidden = hits.length === 0;
  } catch (e) { list.hidden = true; }
}

async function search(q) {
  show("search");
  $("q").value = q;
  $("suggestions").hidden = true;
  const out = $("results");
  if (!q) { out.replaceChildren(); return; }
  try {
    const page = await api("/api/search", {q, limit: 100});
    const found = page.items.length;
    fill(out,
      el("p", {}, found ? `Tìm thấy ${page.total} văn bản cho “${q}”.` : `Không tìm thấy văn bản nào cho “${q}”.`),
      el("ul", {class: "docs"}, ...page.items.map(docLine)),
      page.complete === false ? el("p", {class: "muted"},
        "Kho quá lớn để tìm theo từ trong thời gian cho phép: danh sách chưa đầy đủ, hãy gõ số, ký hiệu.") : null,
      !found && page.suggestions.length ? el("p", {}, "Có phải bạn muốn tìm:") : null,
      !found ? el("ul", {class: "docs"}, ...page.suggestions.map(docLine)) : null);
  } catch (e) { out.replaceChildren(el("p", {class: "error"}, "Lỗi: " + e.message)); }
}

// ---- the document card ----
function factsTable(c) {
  const rows = [["Số, ký hiệu", c.code], ["Tên", c.title], ["Loại văn bản", c.type],
    ["Ngày ban hành", c.date || c.year], ["Cơ quan ban hành", c.issuer], ["Khóa", c.term],
    ["Trích yếu", c.subject], ["Các cách ghi", (c.aliases || []).join("; ")]];
  return el("table", {class: "facts"}, ...rows.filter((r) => r[1]).map(([k, v]) =>
    el("tr", {}, el("th", {}, k), el("td", {}, String(v)))));
}

function sourceHash(m, id) {
  return "#" + new URLSearchParams({source: m.source, start: m.start, end: m.end, doc: id}).toString();
}

const baseName = (p) => p.split("/").pop();

// One line per kind and document, with the first sentence stating it and
// how many state it.
function relationList(title, rels, end) {
  if (!rels.length) return null;
  const groups = new Map();
  for (const r of rels) {
    const key = r.kind + "\n" + r[end];
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key).push(r);
  }
  return el("div", {}, el("h3", {}, title), el("ul", {class: "relations"}, ...[...groups.values()].map((g) => {
    const r = g[0];
    return el("li", {}, el("span", {class: "kind"}, KINDS[r.kind] || r.kind), " ",
      el("a", {href: docHash(r[end])}, r[end].replace(/^doc:/, "")),
      g.length > 1 ? el("span", {class: "muted"}, ` (${g.length} câu nêu)`) : null,
      r.evidence && r.evidence.text ? el("div", {class: "snippet"}, "“" + r.evidence.text + "”") : null);
  })));
}

async function card(id) {
  show("card");
  const out = $("card");
  out.replaceChildren(el("p", {class: "muted"}, "Đang tải…"));
  try {
    const c = await api("/api/show", {ref: id});
    const mentions = c.mentions || [];
    fill(out,
      el("h2", {}, (c.type ? c.type + " " : "") + label(c)),
      el("p", {}, el("a", {href: "#lineage=" + encodeURIComponent(c.id), class: "button", id: "open-lineage"},
        "Xem sơ đồ quan hệ")),
      factsTable(c),
      el("h3", {id: "mentions-title"}, `Được trích dẫn ${mentions.length} lần`),
      el("ol", {class: "mentions", id: "mentions"}, ...mentions.map((m) => el("li", {},
        el("a", {href: sourceHash(m, c.id)}, baseName(m.source) + (m.section ? ", mục " + m.section : "") +
          (m.footnote ? ", chú thích " + m.footnote : "") + (m.task ? ", nhiệm vụ " + m.task : "")),
        el("div", {class: "snippet"}, m.snippet || m.text)))),
      relationList("Văn bản này dựa vào", c.relations || [], "to"),
      relationList("Văn bản dựa vào văn bản này", c.relations_in || [], "from"),
      (c.reviews || []).length ? el("div", {}, el("h3", {}, "Sơ kết, tổng kết"), el("ul", {},
        ...c.reviews.map((r) => el("li", {}, (r.planned ? "Dự kiến: " : "Đã báo cáo: ") +
          (r.milestone_years ? r.milestone_years + " năm " : "") + (r.period ? "(" + r.period + ") " : "") +
          "— “" + r.cue + "”")))) : null,
      (c.findings || []).length ? el("div", {}, el("h3", {}, "Điểm cần kiểm tra"), el("ul", {class: "findings"},
        ...c.findings.map((f) => el("li", {}, f.message + (f.suggestion ? " (gợi ý: " + f.suggestion + ")" : ""))))) : null);
    document.title = label(c) + " — lexgraph";
  } catch (e) {
    const alts = e.body && (e.body.suggestions || e.body.candidates) || [];
    out.replaceChildren(el("p", {class: "error"}, "Lỗi: " + e.message), el("ul", {class: "docs"}, ...alts.map(docLine)));
  }
}

// ---- a mention in its paragraph ----
async function source(params) {
  show("source");
  const id = params.get("doc");
  $("source-back").href = id ? docHash(id) : "#";
  $("source-where").textContent = params.get("source") + ", byte " + params.get("start");
  const out = $("source-text");
  out.replaceChildren(el("span", {class: "muted"}, "Đang tải…"));
  try {
    const s = await api("/api/source", {source: params.get("source"), start: params.get("start"), end: params.get("end")});
    const mark = el("mark", {id: "source-mark"}, s.mark);
    out.replaceChildren(s.before, mark, s.after);
    mark.scrollIntoView({block: "center"});
  } catch (e) { out.replaceChildren(el("span", {class: "error"}, "Lỗi: " + e.message)); }
}

// ---- the lineage picture: the server's SVG in a pan/zoom frame ----
const pan = {x: 0, y: 0, k: 1, svg: null};

function applyPan() {
  if (pan.svg) pan.svg.style.transform = `translate(${pan.x}px, ${pan.y}px) scale(${pan.k})`;
}

function fit() {
  const frame = $("graph");
  if (!pan.svg) return;
  const w = pan.svg.width.baseVal.value || 1, h = pan.svg.height.baseVal.value || 1;
  pan.k = Math.min(frame.clientWidth / w, frame.clientHeight / h, 1.5);
  pan.x = (frame.clientWidth - w * pan.k) / 2;
  pan.y = (frame.clientHeight - h * pan.k) / 2;
  applyPan();
}

function zoomAt(factor, cx, cy) {
  const k = Math.min(8, Math.max(0.1, pan.k * factor));
  pan.x = cx - (cx - pan.x) * (k / pan.k);
  pan.y = cy - (cy - pan.y) * (k / pan.k);
  pan.k = k;
  applyPan();
}

function setUpPanZoom() {
  const frame = $("graph");
  const pointers = new Map();
  let last = null, pinch = 0, moved = false;
  frame.addEventListener("wheel", (e) => {
    e.preventDefault();
    const r = frame.getBoundingClientRect();
    zoomAt(e.deltaY < 0 ? 1.15 : 1 / 1.15, e.clientX - r.left, e.clientY - r.top);
  }, {passive: false});
  frame.addEventListener("pointerdown", (e) => {
    pointers.set(e.pointerId, {x: e.clientX, y: e.clientY});
    last = {x: e.clientX, y: e.clientY};
    moved = false;
    if (pointers.size === 2) {
      const [a, b] = [...pointers.values()];
      pinch = Math.hypot(a.x - b.x, a.y - b.y);
    }
  });
  frame.addEventListener("pointermove", (e) => {
    if (!pointers.has(e.pointerId)) return;
    pointers.set(e.pointerId, {x: e.clientX, y: e.clientY});
    if (pointers.size === 2) {
      const [a, b] = [...pointers.values()];
      const d = Math.hypot(a.x - b.x, a.y - b.y);
      const r = frame.getBoundingClientRect();
      if (pinch > 0) zoomAt(d / pinch, (a.x + b.x) / 2 - r.left, (a.y + b.y) / 2 - r.top);
      pinch = d;
      moved = true;
      return;
    }
    const dx = e.clientX - last.x, dy = e.clientY - last.y;
    if (Math.abs(dx) + Math.abs(dy) > 3) moved = true;
    if (moved) { pan.x += dx; pan.y += dy; applyPan(); last = {x: e.clientX, y: e.clientY}; }
  });
  const up = (e) => { pointers.delete(e.pointerId); if (pointers.size < 2) pinch = 0; };
  frame.addEventListener("pointerup", up);
  frame.addEventListener("pointercancel", up);
  // A drag is no click: do not follow a node's link at the end of one.
  frame.addEventListener("click", (e) => { if (moved) { e.preventDefault(); moved = false; } }, true);
  const centre = () => ({x: frame.clientWidth / 2, y: frame.clientHeight / 2});
  $("zoom-in").onclick = () => zoomAt(1.25, centre().x, centre().y);
  $("zoom-out").onclick = () => zoomAt(0.8, centre().x, centre().y);
  $("zoom-fit").onclick = fit;
  frame.addEventListener("keydown", (e) => {
    const step = {ArrowLeft: [40, 0], ArrowRight: [-40, 0], ArrowUp: [0, 40], ArrowDown: [0, -40]}[e.key];
    if (step) { pan.x += step[0]; pan.y += step[1]; applyPan(); e.preventDefault(); }
    if (e.key === "+") zoomAt(1.25, centre().x, centre().y);
    if (e.key === "-") zoomAt(0.8, centre().x, centre().y);
  });
}

async function lineage(id) {
  show("lineage");
  const direction = $("lineage-direction").value;
  $("lineage-title").textContent = "Sơ đồ quan hệ của " + id.replace(/^doc:/, "");
  $("lineage-card-link").href = docHash(id);
  const frame = $("graph");
  frame.replaceChildren(el("p", {class: "muted"}, "Đang vẽ…"));
  try {
    const text = await api("/api/lineage", {ref: id, format: "svg", direction});
    const svg = new DOMParser().parseFromString(text, "image/svg+xml").documentElement;
    if (svg.nodeName !== "svg") throw new Error("không đọc được hình");
    svg.querySelectorAll("script, foreignObject").forEach((n) => n.remove());
    svg.querySelectorAll("title").forEach((t) => {  // node titles are document ids: say the code
      if (t.parentNode.classList.contains("graph")) t.remove();
    });
    svg.querySelectorAll("a").forEach((a) => {
      const href = (a.getAttribute("xlink:href") || a.getAttribute("href") || "").replace(/^\//, "");
      if (!href.startsWith("#doc=")) { a.removeAttribute("href"); a.removeAttribute("xlink:href"); return; }
      const target = "#doc=" + encodeURIComponent(href.slice(5));
      a.setAttribute("href", target);
      a.setAttributeNS("http://www.w3.org/1999/xlink", "xlink:href", target);
      a.removeAttribute("target");
    });
    svg.querySelectorAll("g.edge text").forEach((t) => { t.textContent = KINDS[t.textContent] || t.textContent; });
    svg.style.transformOrigin = "0 0";
    frame.replaceChildren(svg);
    pan.svg = svg;
    fit();
  } catch (e) { frame.replaceChildren(el("p", {class: "error"}, "Lỗi: " + e.message)); pan.svg = null; }
}

// ---- the issuer browser ----
async function issuers(name) {
  show("issuers");
  const tree = $("issuer-tree");
  if (!tree.childElementCount) {
    try {
      const page = await api("/api/issuers", {limit: 1000});
      tree.replaceChildren(...page.items.map((i) => el("li", {style: `--depth:${i.depth}`},
        el("a", {href: "#issuers=" + encodeURIComponent(i.name)}, i.name),
        el("span", {class: "count"}, ` ${i.count} văn bản`))));
    } catch (e) { tree.replaceChildren(el("li", {class: "error"}, "Lỗi: " + e.message)); }
  }
  tree.querySelectorAll("a").forEach((a) => a.classList.toggle("active", a.textContent === name));
  const out = $("issuer-docs");
  if (!name) { out.replaceChildren(el("p", {class: "muted"}, "Chọn một cơ quan để xem văn bản của cơ quan đó.")); return; }
  try {
    const page = await api("/api/issuer", {name, limit: 1000});
    const names = page.scope.names.length > 1 ? " (gồm cả " + page.scope.names.slice(1).join(", ") + ")" : "";
    out.replaceChildren(el("h3", {}, page.scope.name + names),
      el("p", {}, `${page.total} văn bản`), el("ul", {class: "docs"}, ...page.items.map(docLine)));
  } catch (e) { out.replaceChildren(el("p", {class: "error"}, "Lỗi: " + e.message)); }
}

// ---- what is due for review in a year ----
async function due(year) {
  show("due");
  $("due-year").value = year;
  const ics = $("due-ics");
  ics.href = "/api/due.ics?" + new URLSearchParams({year});
  ics.setAttribute("download", `lexgraph-den-han-${year}.ics`);
  const out = $("due-table");
  try {
    const page = await api("/api/due", {year, limit: 1000});
    const reason = (d) => d.reason === "planned"
      ? "Theo kế hoạch" + (d.milestone_years ? ` (${d.milestone_years} năm)` : "")
      : `Tròn ${d.milestone_years} năm`;
    fill(out,
      el("p", {}, `${page.total} mục trong khoảng ${page.window.first} đến ${page.window.last}.`),
      page.complete === false ? el("p", {class: "muted"},
        "Kho quá lớn để đọc hết trong thời gian cho phép: danh sách chưa đầy đủ, lịch .ics không tải được; hãy chạy lệnh lexgraph due.") : null,
      el("table", {class: "due"},
        el("thead", {}, el("tr", {}, el("th", {}, "Hạn"), el("th", {}, "Văn bản"), el("th", {}, "Lý do"),
          el("th", {}, "Trích yếu"))),
        el("tbody", {}, ...page.items.map((d) => el("tr", {},
          el("td", {}, d.due), el("td", {}, el("a", {href: docHash(d.doc.id)}, label(d.doc))),
          el("td", {}, reason(d)), el("td", {}, d.doc.subject || d.doc.type || ""))))));
  } catch (e) { out.replaceChildren(el("p", {class: "error"}, "Lỗi: " + e.message)); }
}

// ---- the hash router ----
function route() {
  const hash = location.hash.slice(1);
  const params = new URLSearchParams(hash);
  const [key] = hash.split("=", 1);
  const value = params.get(key) || "";
  if (key === "doc") return card(value);
  if (key === "lineage") return lineage(value);
  if (key === "source") return source(params);
  if (key === "issuers") return issuers(value);
  if (key === "due") return due(value || String(new Date().getFullYear()));
  if (key === "q") return search(value);
  show("search");
}

$("search-form").addEventListener("submit", (e) => {
  e.preventDefault();
  location.hash = "q=" + encodeURIComponent($("q").value.trim());
});
$("q").addEventListener("input", () => { clearTimeout(suggestTimer); suggestTimer = setTimeout(suggest, 150); });
// Arrow keys move between the input and the suggestions; Escape closes them.
function suggestionKeys(e) {
  const links = [...$("suggestions").querySelectorAll("a")];
  const at = links.indexOf(document.activeElement);
  if (e.key === "Escape") { $("suggestions").hidden = true; $("q").focus(); return; }
  if ($("suggestions").hidden || (e.key !== "ArrowDown" && e.key !== "ArrowUp")) return;
  e.preventDefault();
  const next = e.key === "ArrowDown" ? at + 1 : at - 1;
  if (next < 0) $("q").focus(); else if (next < links.length) links[next].focus();
}
$("search-form").addEventListener("keydown", suggestionKeys);
$("suggestions").addEventListener("click", () => { $("suggestions").hidden = true; });
$("due-form").addEventListener("submit", (e) => { e.preventDefault(); location.hash = "due=" + $("due-year").value; });
$("lineage-direction").addEventListener("change", () => route());
window.addEventListener("hashchange", route);
window.addEventListener("resize", () => { if (!$("lineage-view").hidden) fit(); });
setUpPanZoom();
route();
