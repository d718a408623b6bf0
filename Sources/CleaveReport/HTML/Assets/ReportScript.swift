/// The report's script, hand-written and small: the item explorer and its panel here, the
/// tables and maps in `PageScript`. Inventory text only ever reaches the page through
/// `textContent` and attribute setters, never `innerHTML`.
enum ReportScript {
    /// Both scripts, each in a function of its own.
    static var javaScript: String { explorer + PageScript.javaScript }

    static let explorer = #"""
        (function () {
          'use strict';
          var data = JSON.parse(document.getElementById('cleave-data').textContent);
          var items = data.items, options = data.options;
          var I = { id: 0, name: 1, kind: 2, area: 3, lead: 4, needs: 5, direct: 6, drag: 7, deps: 8, fates: 9,
                    cost: 10, strategy: 11, contract: 12, hold: 13 };
          var byId = new Map();
          items.forEach(function (it, i) { byId.set(it[I.id], i); });
          var dependents = null;  // built on first use
          var blockersOf = new Map();
          options.forEach(function (o, k) {
            o.blockers.forEach(function (b) {
              if (!blockersOf.has(b[0])) blockersOf.set(b[0], []);
              blockersOf.get(b[0]).push({ option: k, kind: b[1], release: b[2], reason: b[3], related: b[4],
                                         notice: b[5], missed: b[6] });
            });
          });

          function el(tag, text, cls) {
            var e = document.createElement(tag);
            if (text !== undefined && text !== null) e.textContent = String(text);
            if (cls) e.className = cls;
            return e;
          }
          function itemLink(i) {
            var a = el('a', items[i][I.id], 'item');
            a.href = '#item-' + items[i][I.id];
            a.title = items[i][I.name];
            return a;
          }
          function money(n) {
            if (n === null || n === undefined) return '—';
            var sym = { GBP: '£', EUR: '€', USD: '$' }[data.currency];
            var s = Math.round(n).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',');
            return sym ? sym + s : s + ' ' + data.currency;
          }
          function parties(list) { return list.length ? list.map(function (p) { return data.parties[p]; }).join(', ') : 'none'; }
          function blocsOf(i, o) {
            var seen = {};
            items[i][I.needs].forEach(function (p) {
              seen[o.separate.indexOf(p) >= 0 ? data.parties[p] : 'rest'] = true;
            });
            return Object.keys(seen).sort();
          }
          function fateText(i, k) {
            var o = options[k], blocs = blocsOf(i, o);
            switch (items[i][I.fates].charAt(k)) {
              case 'd': return ['duplicated: ' + blocs.join(', ') + ' each get their own', 'fate-d'];
              case 'm': return ['moves to ' + blocs.join(', '), 'fate-m'];
              case 'k': return ['split, stays where it is', ''];
              case 's': return ['stays shared by ' + blocs.join(', '), ''];
              default: return [blocs.length ? 'stays as it is (' + blocs.join(', ') + ')' : 'stays as it is (nobody needs it)', ''];
            }
          }

          // Said where the report left reasons out to stay small (very big estates).
          function blockerWords(b) {
            var related = b.related >= 0 ? items[b.related][I.id] : '';
            switch (b.kind) {
              case 'unsplittable': return 'cannot be split (split.strategy: none), yet two or more blocs need it';
              case 'contract-lock': return b.release ? 'not assignable, and released only on ' + b.release + ', too late'
                                                     : 'not assignable, and open-ended: it cannot be released';
              default: return 'run jointly, but depends on ' + related + ', which the option splits';
            }
          }

          // ---- the item panel ----
          var panel = document.getElementById('item-panel'), body = document.getElementById('item-body');
          function fact(dl, term, value) {
            dl.appendChild(el('dt', term));
            var dd = el('dd');
            if (value instanceof Node) dd.appendChild(value); else dd.textContent = String(value);
            dl.appendChild(dd);
          }
          function linkList(title, list) {
            var frag = document.createDocumentFragment();
            frag.appendChild(el('h3', title + ' (' + list.length + ')'));
            if (!list.length) { frag.appendChild(el('p', 'Nothing.', 'note')); return frag; }
            var ul = el('ul', null, 'links'), limit = 150;
            list.slice(0, limit).forEach(function (j) { var li = el('li'); li.appendChild(itemLink(j)); ul.appendChild(li); });
            frag.appendChild(ul);
            if (list.length > limit) frag.appendChild(el('p', '… and ' + (list.length - limit) + ' more.', 'note'));
            return frag;
          }
          function openItem(i) {
            if (dependents === null) {
              dependents = items.map(function () { return []; });
              items.forEach(function (it, a) { it[I.deps].forEach(function (b) { dependents[b].push(a); }); });
            }
            var it = items[i];
            body.textContent = '';
            body.appendChild(el('h2', it[I.name]));
            var area = data.areas[it[I.area]];
            body.appendChild(el('p', it[I.id] + ' · ' + data.kinds[it[I.kind]] + ' · ' + (area ? area[1] + ' (' + area[0] + ')' : 'no area'), 'sub'));
            var dl = el('dl', null, 'facts');
            var needs = it[I.needs];
            fact(dl, 'Run by', it[I.lead] >= 0 ? data.parties[it[I.lead]] + ' (' + data.partyNames[it[I.lead]] + ')' : '—');
            fact(dl, 'Needed by', parties(needs) + (needs.length >= 2 ? ' — entangled' : needs.length === 1 ? ' — exclusive' : ' — unused'));
            fact(dl, 'Used directly by', parties(it[I.direct]));
            fact(dl, 'Drag', it[I.drag] + ' (entangled items it depends on, itself included)');
            fact(dl, 'Hold', it[I.hold] + ' (entangled items that depend on it, itself included)');
            fact(dl, 'Annual cost', money(it[I.cost]));
            fact(dl, 'Split strategy', data.strategies[it[I.strategy]]);
            var c = it[I.contract];
            if (c) {
              fact(dl, 'Supplier', c[0] || '—');
              fact(dl, 'Runs', (c[1] || '?') + ' to ' + (c[2] || 'open-ended'));
              fact(dl, 'Notice', c[3] + ' months' + (c[4] ? ', assignable' : ', not assignable'));
              fact(dl, 'Serve notice by', c[5] ? c[5] + ' to leave at ' + c[2] : 'no end date: open-ended');
            }
            body.appendChild(dl);

            body.appendChild(el('h3', 'Under each option'));
            var table = el('table'), head = el('tr');
            ['Option', 'What happens to it'].forEach(function (t) { head.appendChild(el('th', t)); });
            var thead = el('thead'); thead.appendChild(head); table.appendChild(thead);
            var tbody = el('tbody'), mine = blockersOf.get(i) || [];
            options.forEach(function (o, k) {
              var tr = el('tr'), name = el('td'), a = el('a', o.name);
              a.href = '#option-' + o.id; name.appendChild(a); tr.appendChild(name);
              var f = fateText(i, k), td = el('td'); td.appendChild(el('span', f[0], f[1]));
              mine.filter(function (b) { return b.option === k; }).forEach(function (b) {
                td.appendChild(el('div', 'Blocker (' + b.kind + (b.notice ? ', notice by ' + b.notice + (b.missed ? ' — missed' : '') : '') +
                                  (b.release ? ', released ' + b.release : '') + '): ' +
                                  (b.reason || blockerWords(b)), 'blocker'));
              });
              tr.appendChild(td); tbody.appendChild(tr);
            });
            table.appendChild(tbody);
            body.appendChild(table);

            var contracts = it[I.deps].filter(function (j) { return items[j][I.contract]; });
            if (contracts.length) {
              body.appendChild(el('h3', 'Its contracts (' + contracts.length + ')'));
              var ct = el('table'), tb = el('tbody'), hr = el('tr');
              ['Contract', 'Supplier', 'Start', 'End', 'Notice', 'Serve notice by'].forEach(function (t) { hr.appendChild(el('th', t)); });
              var th = el('thead'); th.appendChild(hr); ct.appendChild(th);
              contracts.forEach(function (j) {
                var k = items[j][I.contract], tr = el('tr'), td = el('td');
                td.appendChild(itemLink(j)); tr.appendChild(td);
                [k[0], k[1] || '—', k[2] || 'open-ended', k[3] + ' mo', k[5] || '—'].forEach(function (t) {
                  tr.appendChild(el('td', t, String(t).length <= 16 ? 'nw' : ''));
                });
                tb.appendChild(tr);
              });
              ct.appendChild(tb); body.appendChild(ct);
            }
            body.appendChild(linkList('Depends on', it[I.deps]));
            body.appendChild(linkList('Depended on by', dependents[i]));
            panel.hidden = false;
            panel.scrollTop = 0;
            document.querySelectorAll('.item-node.picked').forEach(function (n) { n.classList.remove('picked'); });
            document.querySelectorAll('.item-node').forEach(function (n) {
              if (n.getAttribute('data-item') === it[I.id]) n.classList.add('picked');
            });
          }
          function closeItem() {
            panel.hidden = true;
            if (location.hash.indexOf('#item-') === 0) {
              try { history.replaceState(null, '', location.pathname + location.search); } catch (e) { location.hash = ''; }
            }
          }
          function route() {
            var h = decodeURIComponent(location.hash || '');
            if (h.indexOf('#item-') !== 0) return;
            var i = byId.get(h.slice(6));
            if (i !== undefined) openItem(i);
          }
          document.getElementById('item-close').addEventListener('click', closeItem);
          document.addEventListener('keydown', function (e) { if (e.key === 'Escape' && !panel.hidden) closeItem(); });
          window.addEventListener('hashchange', route);

          // ---- the explorer ----
          var search = document.getElementById('explorer-search');
          var results = document.getElementById('explorer-results'), count = document.getElementById('explorer-count');
          var lower = null, timer = null;
          function find() {
            var q = search.value.trim().toLowerCase();
            results.textContent = '';
            if (!q) { count.textContent = ''; return; }
            if (lower === null) lower = items.map(function (it) { return [it[I.id].toLowerCase(), it[I.name].toLowerCase()]; });
            var exact = [], prefix = [], rest = [];
            for (var i = 0; i < lower.length; i++) {
              var id = lower[i][0];
              if (id === q) exact.push(i);
              else if (id.indexOf(q) === 0) prefix.push(i);
              else if (id.indexOf(q) >= 0 || lower[i][1].indexOf(q) >= 0) rest.push(i);
            }
            var found = exact.concat(prefix, rest), limit = 60;
            count.textContent = found.length === 1 ? '1 item matches.' : found.length.toLocaleString('en-GB') + ' items match' +
              (found.length > limit ? '; the first ' + limit + ' are listed.' : '.');
            found.slice(0, limit).forEach(function (j) {
              var li = el('li'); li.appendChild(itemLink(j));
              li.appendChild(document.createTextNode(' ' + items[j][I.name]));
              li.appendChild(el('span', data.kinds[items[j][I.kind]], 'kind'));
              results.appendChild(li);
            });
            if (exact.length === 1) openItem(exact[0]);
          }
          search.addEventListener('input', function () {
            clearTimeout(timer);
            timer = setTimeout(find, items.length > 20000 ? 120 : 0);
          });
          search.addEventListener('keydown', function (e) {
            if (e.key === 'Enter') { var first = results.querySelector('a.item'); if (first) first.click(); }
          });

          route();
        })();

        """#
}
