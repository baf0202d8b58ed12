/* coopsite search. Loaded by the search box on its first use (and by the search page):
   fetches the tree's search/index.json, then only the shards of the words typed and the
   record files of the results shown. Words are folded as src/search/fold.rs folds them:
   "dak lak" finds Đắk Lắk. No third-party service; every URL comes from the page. */
(function () {
  "use strict";
  if (window.coopsiteSearch) return;
  var MIN = 2, DROPDOWN = 8, PAGE = 50;
  var indexes = {};

  function fold(s) {
    return s.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase().replace(/đ/g, "d");
  }
  function tokens(s) {
    return fold(s).split(/[^\p{Alphabetic}\p{N}]+/u).filter(function (w) {
      return Array.from(w).length >= MIN;
    });
  }
  function shardKey(t) {
    return Array.from(t).slice(0, MIN).map(function (c) {
      return /^[a-z0-9]$/.test(c) ? c : "x" + c.codePointAt(0).toString(16);
    }).join("");
  }
  function getJSON(url) {
    return fetch(url).then(function (r) {
      if (!r.ok) throw new Error(url + ": " + r.status);
      return r.json();
    });
  }
  function index(base) {
    var ix = indexes[base];
    if (!ix) {
      ix = indexes[base] = { base: base, shards: {}, chunks: {} };
      ix.meta = getJSON(base + "index.json").then(function (m) {
        m.has = {};
        m.shards.forEach(function (k) { m.has[k] = true; });
        m.regionTokens = m.regions.map(function (r) { return tokens(r[1]); });
        return m;
      });
    }
    return ix;
  }
  function once(cache, key, url) {
    if (!cache[key]) cache[key] = getJSON(url);
    return cache[key];
  }
  /* Calls f(id) for each report of a posting: gaps, or base64 bits. */
  function each(p, f) {
    if (typeof p === "string") {
      var b = atob(p);
      for (var i = 0; i < b.length; i++) {
        var c = b.charCodeAt(i);
        for (var k = 0; c; k++, c >>= 1) if (c & 1) f(i * 8 + k);
      }
    } else {
      for (var j = 0, id = 0; j < p.length; j++) { id += p[j]; f(id); }
    }
  }
  function prefixOf(t, words) {
    return words.some(function (w) { return w.lastIndexOf(t, 0) === 0; });
  }
  /* The reports matching every word of q (the start of a word is enough; whole words
     rank first, a region the query names first of all), and the regions and years the
     query names. */
  function query(base, q) {
    var ix = index(base);
    return ix.meta.then(function (m) {
      var toks = tokens(q);
      var years = m.years.filter(function (y) { return toks.indexOf(String(y[0])) >= 0; });
      var words = toks.filter(function (t) { return !years.some(function (y) { return String(y[0]) === t; }); });
      var regions = words.length ? m.regions.filter(function (r, i) {
        return words.every(function (t) { return prefixOf(t, m.regionTokens[i]); });
      }) : [];
      var keys = toks.map(shardKey).filter(function (k) { return m.has[k]; });
      return Promise.all(keys.map(function (k) {
        return once(ix.shards, k, base + "t/" + k + ".json");
      })).then(function (shards) {
        var byKey = {};
        keys.forEach(function (k, i) { byKey[k] = shards[i]; });
        var n = m.n, hits = new Uint8Array(n), score = new Uint16Array(n);
        toks.forEach(function (t) {
          var shard = byKey[shardKey(t)] || {}, seen = new Uint8Array(n);
          Object.keys(shard).forEach(function (w) {
            if (w.lastIndexOf(t, 0) !== 0) return;
            each(shard[w], function (id) { seen[id] = 1; if (w === t) score[id] += 1; });
          });
          for (var id = 0; id < n; id++) hits[id] += seen[id];
        });
        regions.forEach(function (r) {
          for (var id = r[3]; id < r[3] + r[4]; id++) score[id] += 100;
        });
        var ids = [];
        if (toks.length) for (var id = 0; id < n; id++) if (hits[id] === toks.length) ids.push(id);
        ids.sort(function (a, b) { return score[b] - score[a] || a - b; });
        return { q: q, ids: ids, regions: regions, years: years, meta: m };
      });
    });
  }
  function records(base, ids) {
    var ix = index(base);
    return ix.meta.then(function (m) {
      var chunks = [];
      ids.forEach(function (id) {
        var c = Math.floor(id / m.chunk);
        if (chunks.indexOf(c) < 0) chunks.push(c);
      });
      return Promise.all(chunks.map(function (c) {
        return once(ix.chunks, c, base + "r/" + c + ".json");
      })).then(function (files) {
        return ids.map(function (id) {
          return files[chunks.indexOf(Math.floor(id / m.chunk))][id % m.chunk];
        });
      });
    });
  }

  function el(tag, attrs, children) {
    var e = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) { e.setAttribute(k, attrs[k]); });
    (children || []).forEach(function (c) {
      if (c != null) e.appendChild(typeof c === "string" ? document.createTextNode(c) : c);
    });
    return e;
  }
  function fill(s, v) {
    return s.replace(/\{(\w+)\}/g, function (all, k) { return k in v ? v[k] : all; });
  }
  function hit(r, w) {
    var labels = [w.total, w.new, w.effective, w.income_per_worker], figs = [];
    r.f.forEach(function (v, i) {
      if (v && v !== "–" && labels[i]) figs.push(labels[i] + " " + v);
    });
    var title = el("a", { href: r.u, "class": "search-title" }, [r.t]);
    if (r.l) title.setAttribute("lang", r.l);
    return el("li", { "class": "search-hit" }, [
      title, " ",
      el("span", { "class": "search-meta" }, [
        el("a", { href: r.ru }, [r.r]), " · ",
        el("a", { href: r.yu }, [String(r.y)]), " · ",
        el("time", { datetime: r.d }, [r.dl])
      ]),
      figs.length ? el("span", { "class": "search-figs" }, [figs.join(" · ")]) : null
    ]);
  }

  function enhance(form) {
    var base = form.getAttribute("data-search");
    var full = form.hasAttribute("data-full");
    var input = form.querySelector("input[name=q]");
    var status = form.querySelector(".search-status");
    var box = form.querySelector(".search-results");
    var seq = 0, shown = 0, last = null;
    index(base);
    function close() { if (!full) box.hidden = true; }
    function links() { return Array.prototype.slice.call(box.querySelectorAll(".search-offer a, a.search-title")); }
    function render(res, more) {
      var w = res.meta.words, list = el("ul", { "class": "search-list" });
      if (!more) {
        res.regions.slice(0, 5).forEach(function (r) {
          list.appendChild(el("li", { "class": "search-offer" }, [el("a", { href: r[2] }, [w.region + ": " + r[0]])]));
        });
        res.years.forEach(function (y) {
          list.appendChild(el("li", { "class": "search-offer" }, [el("a", { href: y[1] }, [w.year + ": " + y[0]])]));
        });
      }
      var from = more ? shown : 0, upto = Math.min(res.ids.length, from + (full ? PAGE : DROPDOWN));
      return records(base, res.ids.slice(from, upto)).then(function (recs) {
        if (res !== last) return;
        recs.forEach(function (r) { list.appendChild(hit(r, w)); });
        shown = upto;
        var old = box.querySelector(".search-tail");
        if (old) old.parentNode.removeChild(old);
        if (!more) box.textContent = "";
        box.appendChild(list);
        if (shown < res.ids.length) {
          var tail = full
            ? el("button", { type: "button", "class": "search-tail" }, [w.search_more])
            : el("a", { "class": "search-tail", href: base + "?q=" + encodeURIComponent(res.q) },
              [fill(w.search_all, { n: res.ids.length })]);
          if (full) tail.addEventListener("click", function () { render(res, true); });
          box.appendChild(tail);
        }
        box.hidden = false;
        status.textContent = fill(res.ids.length ? w.search_results : w.search_none,
          { n: res.ids.length, q: res.q.trim() });
      });
    }
    function run() {
      var q = input.value, mine = ++seq;
      if (!tokens(q).length) {
        last = null; box.textContent = ""; close(); status.textContent = "";
        return Promise.resolve(null);
      }
      return query(base, q).then(function (res) {
        if (mine !== seq) return null;
        last = res;
        return render(res, false).then(function () { return res; });
      }).catch(function (e) {
        if (mine === seq) status.textContent = String(e.message || e);
      });
    }
    input.addEventListener("input", run);
    input.addEventListener("focus", function () { if (last && box.firstChild) box.hidden = false; });
    form.addEventListener("keydown", function (e) {
      var all = links(), at = all.indexOf(document.activeElement);
      if (e.key === "ArrowDown" || e.key === "ArrowUp") {
        if (!all.length) return;
        e.preventDefault();
        box.hidden = false;
        var next = e.key === "ArrowDown" ? at + 1 : at - 1;
        if (next < 0) input.focus(); else all[Math.min(next, all.length - 1)].focus();
      } else if (e.key === "Escape") {
        if (!full && !box.hidden) { e.preventDefault(); close(); input.focus(); }
      }
    });
    form.addEventListener("focusout", function (e) {
      if (!e.relatedTarget || !form.contains(e.relatedTarget)) close();
    });
    if (full) {
      form.addEventListener("submit", function (e) {
        e.preventDefault();
        history.replaceState(null, "", "?q=" + encodeURIComponent(input.value));
        run();
      });
      var q = new URLSearchParams(location.search).get("q");
      if (q) { input.value = q; run(); }
      var browse = document.querySelector(".search-browse > p");
      if (browse) browse.hidden = true;
    } else if (document.activeElement === input && input.value) {
      run();
    }
    form.coopsiteRun = run;
  }

  window.coopsiteSearch = { fold: fold, tokens: tokens, shardKey: shardKey, query: query, records: records };
  function start() {
    Array.prototype.forEach.call(document.querySelectorAll("form[data-search]"), enhance);
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
