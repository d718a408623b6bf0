/// The workbench page's script, served as `/workbench.js` (the page's Content-Security-Policy
/// allows no inline script). Plain JavaScript with no library: it reads the JSON API and
/// writes every string from the inventory into the page as text (`textContent`), never as
/// markup; the exceptions are the roadmap and cash-flow charts, SVG that Cleave wrote and escaped,
/// parsed as SVG (scripts in it do not run, and the policy forbids them anyway).
enum WorkbenchScript {
    static let javaScript = #"""
        (function () {
          'use strict';
          var csrf = document.querySelector('meta[name="cleave-csrf"]').content;
          var S = { state: null, draft: null, seq: 0, shown: 0, sheet: null, items: {}, compare: [] };
          function $(id) { return document.getElementById(id); }
          function el(tag, attrs) {
            var e = document.createElement(tag);
            if (attrs) Object.keys(attrs).forEach(function (k) {
              if (k === 'text') e.textContent = attrs[k];
              else if (k === 'cls') e.className = attrs[k];
              else e.setAttribute(k, attrs[k]);
            });
            for (var i = 2; i < arguments.length; i++) {
              var c = arguments[i];
              if (c === null || c === undefined) continue;
              e.appendChild(typeof c === 'string' ? document.createTextNode(c) : c);
            }
            return e;
          }
          function clear(e) { while (e.firstChild) e.removeChild(e.firstChild); return e; }
          var symbols = { GBP: '£', EUR: '€', USD: '$' };
          function money(amount) {
            if (amount === null || amount === undefined) return '—';
            var neg = amount < 0, cents = Math.round(Math.abs(amount) * 100);
            var whole = Math.floor(cents / 100), fraction = cents % 100;
            var digits = String(whole).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
            if (fraction) digits += '.' + (fraction < 10 ? '0' : '') + fraction;
            var cur = S.state ? S.state.estate.currency : 'GBP', sym = symbols[cur];
            return (neg ? '-' : '') + (sym ? sym + digits : digits + ' ' + cur);
          }
          // Amounts in short for wide tables: £5.35m, £124k, £950.
          function shortMoney(amount) {
            var a = Math.abs(amount), sym = symbols[S.state ? S.state.estate.currency : 'GBP'] || '';
            var text = a >= 1e6 ? (a / 1e6).toFixed(2) + 'm' : a >= 1e3 ? Math.round(a / 1e3) + 'k' : String(Math.round(a));
            return (amount < 0 ? '−' : amount > 0 ? '+' : '') + sym + text;
          }
          function signedMoney(d) { return d === 0 ? null : (d > 0 ? '+' : '−') + money(Math.abs(d)); }
          function signedCount(d) { return d === 0 ? null : (d > 0 ? '+' : '−') + Math.abs(d); }
          function signedNumber(d) { d = Math.round(d * 100) / 100; return d === 0 ? null : (d > 0 ? '+' : '−') + Math.abs(d); }
          function signedPoints(d) { var p = Math.round(d * 100); return p === 0 ? null : (p > 0 ? '+' : '−') + Math.abs(p) + ' pts'; }
          function percent(f) { return Math.round(f * 100) + '%'; }

          // ---- talking to the server ----
          function request(method, url, body) {
            var options = { method: method, headers: {}, credentials: 'same-origin' };
            if (body !== undefined) {
              options.headers['Content-Type'] = 'application/json';
              options.headers['X-Cleave-CSRF'] = csrf;
              options.body = JSON.stringify(body);
            }
            return fetch(url, options).then(function (r) {
              return r.json().catch(function () { return { error: 'the server answered ' + r.status }; })
                .then(function (json) { return { ok: r.ok, status: r.status, json: json }; });
            });
          }

          // ---- the editor ----
          function optionOf(id) {
            return S.state.options.filter(function (o) { return o.id === id; })[0];
          }
          function blank() {
            return { id: '', name: '', description: null, separate: null, 'default': 'shared', areas: {}, items: {},
                     startDate: null, targetDate: null, transition: { strandedShare: 0, strandedMonths: 0 } };
          }
          function startFrom(id) {
            var d = blank();
            if (id) {
              var o = JSON.parse(JSON.stringify(optionOf(id).option));
              d = o;
              d.id = o.id + '-what-if';
              d.name = o.name + ' (what if)';
            }
            S.draft = d;
            S.startedFrom = id || null;
            S.items = {};
            Object.keys(d.items || {}).forEach(function (k) { S.items[k] = { id: k, name: '' }; });
            fillEditor();
            evaluate();
          }
          function fillEditor() {
            var d = S.draft;
            $('option-id').value = d.id || '';
            $('option-name').value = d.name || '';
            $('separate-every').checked = d.separate === null;
            S.state.parties.forEach(function (p) {
              var box = $('party-' + p.id);
              box.checked = d.separate === null || d.separate.indexOf(p.id) >= 0;
              box.disabled = d.separate === null;
            });
            $('default-disposition').value = d['default'] || 'shared';
            S.state.areas.forEach(function (a) {
              var s = $('area-' + a.id);
              if (s && a.inScope) s.value = (d.areas && d.areas[a.id]) || '';
            });
            $('start-date').value = d.startDate || '';
            $('target-date').value = d.targetDate || '';
            var t = d.transition || { strandedShare: 0, strandedMonths: 0 };
            $('stranded-share').value = String(t.strandedShare);
            $('stranded-months').value = String(t.strandedMonths);
            drawItems();
          }
          function readEditor() {
            var d = S.draft;
            d.id = $('option-id').value.trim();
            d.name = $('option-name').value.trim();
            if ($('separate-every').checked) d.separate = null;
            else d.separate = S.state.parties.filter(function (p) { return $('party-' + p.id).checked; })
              .map(function (p) { return p.id; });
            d['default'] = $('default-disposition').value;
            d.areas = {};
            S.state.areas.forEach(function (a) {
              var s = $('area-' + a.id);
              if (s && a.inScope && s.value) d.areas[a.id] = s.value;
            });
            d.startDate = $('start-date').value || null;
            d.targetDate = $('target-date').value || null;
            var share = $('stranded-share').value, months = $('stranded-months').value;
            d.transition = { strandedShare: share === '' ? 0 : Number(share), strandedMonths: months === '' ? 0 : Number(months) };
            return d;
          }
          function body() {
            var d = readEditor(), b = {};
            Object.keys(d).forEach(function (k) { b[k] = d[k]; });
            b.compare = S.compare.slice();
            return b;
          }
          function drawItems() {
            var tbody = clear($('items'));
            Object.keys(S.draft.items).sort().forEach(function (id) {
              var select = el('select', { 'aria-label': 'What happens to ' + id });
              ['shared', 'split'].forEach(function (v) { select.appendChild(el('option', { value: v, text: v })); });
              select.value = S.draft.items[id];
              select.addEventListener('change', function () { S.draft.items[id] = select.value; evaluate(); });
              var remove = el('button', { type: 'button', cls: 'small', 'aria-label': 'Remove ' + id, text: '×' });
              remove.addEventListener('click', function () { delete S.draft.items[id]; drawItems(); evaluate(); });
              var name = S.items[id] && S.items[id].name;
              tbody.appendChild(el('tr', null, el('td', null, el('code', { text: id }), name ? ' ' + name : ''),
                el('td', null, select, ' ', remove)));
            });
          }
          function buildEditor() {
            var st = S.state, from = clear($('start-from'));
            from.appendChild(el('option', { value: '', text: 'nothing: a new option' }));
            st.options.forEach(function (o) {
              from.appendChild(el('option', { value: o.id, text: o.name + ' (' + o.id + ')' }));
            });
            var parties = clear($('parties'));
            st.parties.forEach(function (p) {
              var box = el('input', { type: 'checkbox', id: 'party-' + p.id });
              box.addEventListener('change', changed);
              parties.appendChild(el('label', { cls: 'check' }, box, p.name + ' (' + p.id + ')'));
            });
            var areas = clear($('areas'));
            st.areas.forEach(function (a) {
              var cell;
              if (a.inScope) {
                var s = el('select', { id: 'area-' + a.id, 'aria-label': a.name });
                [['', 'as above'], ['shared', 'shared'], ['split', 'split']].forEach(function (v) {
                  s.appendChild(el('option', { value: v[0], text: v[1] }));
                });
                s.addEventListener('change', changed);
                cell = s;
              } else {
                cell = el('span', { cls: 'note', text: 'out of scope' });
              }
              areas.appendChild(el('tr', null, el('td', null, a.name + ' ', el('span', { cls: 'note', text: a.id })),
                el('td', null, cell)));
            });
            var compare = clear($('compare'));
            if (!S.compare.length && st.baseline) S.compare = [st.baseline];
            S.compare = S.compare.filter(function (id) { return optionOf(id); });
            st.options.forEach(function (o) {
              var box = el('input', { type: 'checkbox', id: 'compare-' + o.id });
              box.checked = S.compare.indexOf(o.id) >= 0;
              box.addEventListener('change', function () {
                if (box.checked && S.compare.length >= 3) { box.checked = false; return; }
                S.compare = st.options.map(function (x) { return x.id; })
                  .filter(function (id) { return $('compare-' + id).checked; });
                drawSheet();
              });
              compare.appendChild(el('label', { cls: 'check' }, box,
                o.name + (o.id === st.baseline ? ' (baseline)' : '')));
            });
          }
          function changed() {
            var every = $('separate-every').checked;
            S.state.parties.forEach(function (p) { $('party-' + p.id).disabled = every; });
            evaluate();
          }

          // ---- evaluating ----
          function evaluate() {
            if (!S.draft) return;
            var seq = ++S.seq, started = performance.now();
            request('POST', '/api/evaluate', body()).then(function (r) {
              if (seq < S.shown) return;
              S.shown = seq;
              if (!r.ok) { showError(r.json); return; }
              $('error').hidden = true;
              document.querySelectorAll('.invalid').forEach(function (e) { e.classList.remove('invalid'); });
              S.sheet = r.json.sheet;
              $('timing').textContent = 'Evaluated on the server in ' + r.json.timing.serverMs + ' ms (' +
                Math.round(performance.now() - started) + ' ms with the trip there and back).';
              $('timing').setAttribute('data-server-ms', r.json.timing.serverMs);
              drawSheet();
            }).catch(function (e) { showError({ error: 'the workbench server cannot be reached: ' + e }); });
          }
          var fields = { id: 'option-id', name: 'option-name', startDate: 'start-date', targetDate: 'target-date',
                         'default': 'default-disposition', 'transition.strandedShare': 'stranded-share',
                         'transition.strandedMonths': 'stranded-months' };
          function showError(json, where) {
            var box = where || $('error');
            clear(box).appendChild(el('strong', { text: 'Not evaluated: ' }));
            box.appendChild(document.createTextNode((json.field ? json.field + ': ' : '') + json.error));
            box.hidden = false;
            var f = json.field && fields[json.field];
            if (f) $(f).classList.add('invalid');
          }

          // ---- the sheet ----
          function figure(key, label, value, raw) {
            return el('div', { cls: 'figure', id: 'fig-' + key, 'data-raw': String(raw) },
              el('div', { cls: 'value', text: value }), el('div', { cls: 'label', text: label }));
          }
          var rows = [
            ['Separate', function (s) { return s.option.separate === null ? 'every party' : s.figures.separate.join(', '); }],
            ['Duplicated', function (s) { return String(s.figures.duplicated); }, function (s) { return s.figures.duplicated; }, signedCount],
            ['Transferred', function (s) { return String(s.figures.transferred); }, function (s) { return s.figures.transferred; }, signedCount],
            ['One-off cost', function (s) { return s.shown.oneOffCost; }, function (s) { return s.figures.oneOffCost; }, signedMoney],
            ['Cheapest separation', cheapest],
            ['Extra recurring cost / year', function (s) { return s.shown.recurringDelta; }, function (s) { return s.figures.recurringDelta; }, signedMoney],
            ['FTE affected', function (s) { return s.shown.fteAffected; }, function (s) { return s.figures.fteAffected; }, signedNumber],
            ['Ties', function (s) { return s.shown.ties; }, function (s) { return s.figures.ties; }, signedCount],
            ['Conflicts', function (s) { return s.shown.conflicts; }, function (s) { return s.figures.conflicts; }, signedCount],
            ['Blockers', function (s) { return s.shown.blockers; }, function (s) { return s.figures.blockers.total; }, signedCount],
            ['Entangled before → after', function (s) { return s.shown.entangled; }, function (s) { return s.figures.entangledAfter; }, signedCount],
            ['Separation', function (s) { return s.shown.separation; }, function (s) { return s.figures.separation; }, signedPoints],
            ['Cleanliness', function (s) { return s.shown.cleanliness; }, function (s) { return s.figures.cleanliness; }, signedPoints],
            ['Complete by', function (s) { return s.shown.completeBy; }],
            ['Net present cost', function (s) { return s.businessCase.available ? signedMoney(Math.round(s.businessCase.total.npv)) || money(0) : '— (no start)'; },
              function (s) { return s.businessCase.available ? Math.round(s.businessCase.total.npv) : 0; }, signedMoney],
            ['Pays back', function (s) { return s.businessCase.available ? s.businessCase.total.paysBack : '—'; }]
          ];
          function cheapest(s) {
            var plans = s.figures.plans || [];
            if (!plans.length) return '—';
            if (plans.some(function (p) { return !p.feasible; })) return 'infeasible';
            return money(Math.max.apply(null, plans.map(function (p) { return p.cost; })));
          }
          function drawSheet() {
            var s = S.sheet;
            if (!s) return;
            $('sheet-title').textContent = (s.name || 'The option') + (s.id ? ' (' + s.id + ')' : '');
            var f = s.figures, figs = clear($('figures'));
            figs.appendChild(figure('oneOffCost', 'one-off cost', s.shown.oneOffCost, f.oneOffCost));
            figs.appendChild(figure('recurringDelta', 'extra recurring cost a year', s.shown.recurringDelta, f.recurringDelta));
            figs.appendChild(figure('blockers', 'blockers', String(f.blockers.total), f.blockers.total));
            figs.appendChild(figure('duplicated', 'items duplicated, ' + f.transferred + ' moved', String(f.duplicated), f.duplicated));
            figs.appendChild(figure('separation', 'of the entanglement removed', s.shown.separation, f.separation));
            figs.appendChild(figure('completeBy', 'complete by', s.shown.completeBy, s.shown.completeBy));
            drawCompare();
            drawBlockers(s.blockers);
            drawCosts(s.costs);
            drawRoadmap(s.roadmap);
            drawCase(s.businessCase);
          }
          function drawCase(c) {
            var box = clear($('business-case'));
            if (!c.available) { box.appendChild(el('p', { cls: 'note', text: c.reason })); return; }
            box.setAttribute('data-npv', String(c.total.npv));
            box.appendChild(el('p', { cls: 'note', text: 'Net cost against staying as it is, ' + c.years + ' years from ' + c.start +
              ', discounted at ' + c.discountRate + '% a year; one-off costs +' + c.optimismBias + '% for optimism bias. + costs more, − saves; years in short (m: million, k: thousand), NPV in full.' }));
            var rows = c.parties.concat([c.total]).map(function (l) {
              return [l.party].concat(l.years.map(function (v) { return shortMoney(v); }))
                .concat([signedMoney(Math.round(l.npv)) || money(0), l.paysBack]);
            });
            var numeric = [false].concat(c.labels.map(function () { return true; })).concat([true, false]);
            box.appendChild(simpleTable(['Party'].concat(c.labels).concat(['NPV', 'Pays back']), rows, numeric));
            if (c.neverCutOver.length) box.appendChild(el('p', { cls: 'note', text: 'Never cut over (paid as before throughout): ' + c.neverCutOver.join(', ') + '.' }));
            if (c.chart) {
              var svg = new DOMParser().parseFromString(c.chart, 'image/svg+xml').documentElement;
              if (svg && svg.nodeName === 'svg') box.appendChild(el('figure', { cls: 'cashflow' }, document.importNode(svg, true)));
            }
          }
          function drawCompare() {
            var s = S.sheet, st = S.state, table = clear($('compare-table'));
            var columns = S.compare.map(optionOf).filter(Boolean).concat([s]);
            // Differences are from the option the edit started from when it is compared, else
            // from the baseline, else from the first option compared.
            var baseId = S.startedFrom && S.compare.indexOf(S.startedFrom) >= 0 ? S.startedFrom :
              (st.baseline && S.compare.indexOf(st.baseline) >= 0 ? st.baseline : S.compare[0]);
            var base = optionOf(baseId);
            var head = el('tr', null, el('th', { text: '' }));
            columns.forEach(function (c, i) {
              var edited = i === columns.length - 1;
              head.appendChild(el('th', { cls: edited ? 'edited' : '', text: edited ? (c.id || 'this option') + ' (editing)' :
                c.id + (c.id === st.baseline ? ' (baseline)' : '') + (base && c.id === base.id ? ': differences from it' : '') }));
            });
            table.appendChild(el('thead', null, head));
            var tbody = el('tbody');
            rows.forEach(function (row) {
              var tr = el('tr', null, el('td', { text: row[0] }));
              columns.forEach(function (c, i) {
                var text = row[1](c), cls = '';
                if (row[2] && base && c !== base) {
                  var d = row[3](row[2](c) - row[2](base));
                  if (d) { text += ' (' + d + ')'; if (i === columns.length - 1) cls = 'changed'; }
                } else if (!row[2] && base && c !== base && i === columns.length - 1 && text !== row[1](base)) {
                  cls = 'changed';
                }
                tr.appendChild(el('td', { cls: cls, text: text }));
              });
              tbody.appendChild(tr);
            });
            var parties = {};
            columns.forEach(function (c) { c.costs.parties.forEach(function (p) { parties[p.party] = true; }); });
            Object.keys(parties).sort().forEach(function (id) {
              var tr = el('tr', null, el('td', { text: '  Annual cost ' + id }));
              columns.forEach(function (c) {
                var p = c.costs.parties.filter(function (x) { return x.party === id; })[0];
                tr.appendChild(el('td', { text: p ? money(Math.round(p.before)) + ' → ' + money(Math.round(p.after)) : '—' }));
              });
              tbody.appendChild(tr);
            });
            table.appendChild(tbody);
          }
          function simpleTable(headings, rows, numeric) {
            var t = el('table'), head = el('tr');
            headings.forEach(function (h, i) { head.appendChild(el('th', { cls: numeric && numeric[i] ? 'num' : '', text: h })); });
            t.appendChild(el('thead', null, head));
            var tbody = el('tbody');
            rows.forEach(function (r) {
              var tr = el('tr');
              r.forEach(function (cell, i) {
                var td = cell instanceof Node ? el('td', null, cell) : el('td', { text: cell === null ? '—' : String(cell) });
                if (numeric && numeric[i]) td.className = 'num';
                tr.appendChild(td);
              });
              tbody.appendChild(tr);
            });
            t.appendChild(tbody);
            return el('div', { cls: 'table-wrap' }, t);
          }
          function itemCell(ref) {
            return el('span', null, el('code', { text: ref.id }), ref.name && ref.name !== ref.id ? ' ' + ref.name : '');
          }
          function drawBlockers(b) {
            var box = clear($('blockers'));
            box.setAttribute('data-total', b.total);
            if (!b.total) { box.appendChild(el('p', { text: 'None: nothing stops this option as it stands.' })); return; }
            var parts = [];
            if (b.unsplittable) parts.push(b.unsplittable + ' unsplittable');
            if (b.contractLock) parts.push(b.contractLock + ' contract-lock');
            if (b.conflict) parts.push(b.conflict + ' conflict');
            box.appendChild(el('p', { text: b.total + ' blocker' + (b.total === 1 ? '' : 's') + ': ' + parts.join(', ') + '.' }));
            var rows = b.list.map(function (x) {
              var notice = x.noticeDate ? el('span', { cls: x.noticeMissed ? 'missed' : '',
                text: x.noticeDate + (x.noticeMissed ? ' (missed: before the start)' : '') }) : '—';
              return [x.kind, itemCell(x.item), x.reason, x.releaseDate || '—', notice];
            });
            box.appendChild(simpleTable(['Kind', 'Item', 'Why', 'Released', 'Serve notice by'], rows));
            if (b.more) box.appendChild(el('p', { cls: 'more', text: '… and ' + b.more + ' more (cleave blockers lists them all).' }));
          }
          function drawCosts(c) {
            var box = clear($('costs'));
            box.appendChild(simpleTable(['Party', 'Bloc', 'Today', 'After', 'Change', 'One-off'],
              c.parties.map(function (p) { return [p.name + ' (' + p.party + ')', p.bloc].concat(p.shown); }),
              [false, false, true, true, true, true]));
            box.appendChild(el('h4', { text: 'By bloc, with the stranded cost each keeps' }));
            box.appendChild(simpleTable(['Bloc', 'Parties', 'Today', 'After', 'Change', 'Stranded', 'One-off'],
              c.blocs.map(function (b) { return [b.bloc, b.parties.join(', ')].concat(b.shown); }),
              [false, false, true, true, true, true, true]));
            if (c.unallocated) box.appendChild(el('p', { cls: 'note', text: money(c.unallocated) + ' a year is paid by nobody (items nobody needs).' }));
          }
          function drawRoadmap(r) {
            var box = clear($('roadmap'));
            if (!r.available) { box.appendChild(el('p', { cls: 'note', text: r.reason })); return; }
            var line = 'Start ' + r.start + (r.target ? ', target ' + r.target : ', no target') + ', completion ' +
              (r.completion || 'never') + '; ' + r.workItems + ' work item' + (r.workItems === 1 ? '' : 's') +
              (r.late ? ', ' + r.late + ' late' : '') + '.';
            box.appendChild(el('p', { text: line }));
            if (r.criticalPath.length) box.appendChild(el('p', { text: 'Critical path: ' + r.criticalPath.join(' → ') + '.' }));
            if (r.chart) {
              var svg = new DOMParser().parseFromString(r.chart, 'image/svg+xml').documentElement;
              if (svg && svg.nodeName === 'svg') box.appendChild(el('figure', { cls: 'chart' }, document.importNode(svg, true)));
            } else if (r.chartNote) {
              box.appendChild(el('p', { cls: 'note', text: r.chartNote }));
            }
            if (r.steps.length && !r.chart) {
              box.appendChild(simpleTable(['Wave', 'Item', 'What', 'Months', 'Start', 'Finish', 'Late'],
                r.steps.map(function (s) {
                  return [s.wave, itemCell(s.item), s.outcome, s.months, s.start, s.finish || 'never', s.late ? (s.lateReason || 'late') : ''];
                })));
              if (r.more) box.appendChild(el('p', { cls: 'more', text: '… and ' + r.more + ' more work items (cleave roadmap lists them all).' }));
            }
            if (r.notices.length) {
              box.appendChild(el('h4', { text: 'Notices to serve' }));
              box.appendChild(simpleTable(['Contract', 'Ends', 'Notice', 'Serve notice by'], r.notices.map(function (n) {
                return [itemCell(n.item), n.end, n.noticeMonths + ' months',
                  el('span', { cls: n.missed ? 'missed' : '', text: n.date + (n.missed ? ' (missed)' : '') })];
              })));
            }
          }

          // ---- item search ----
          var searchTimer = null;
          function search() {
            var q = $('item-search').value.trim(), list = clear($('item-results'));
            if (!q) return;
            request('GET', '/api/items?q=' + encodeURIComponent(q)).then(function (r) {
              if (!r.ok || $('item-search').value.trim() !== q) return;
              clear(list);
              if (!r.json.items.length) list.appendChild(el('li', { text: 'No item has “' + q + '” in its id or name.' }));
              r.json.items.forEach(function (it) {
                var li = el('li', { 'data-item': it.id }, el('span', { cls: 'what' }, el('code', { text: it.id }), ' ' + it.name + ' ',
                  el('span', { cls: 'kind', text: it.kind + (it.area ? ', ' + it.area : '') })));
                ['split', 'shared'].forEach(function (v) {
                  var b = el('button', { type: 'button', cls: 'small', text: v, 'aria-label': v + ' ' + it.id });
                  b.addEventListener('click', function () {
                    S.draft.items[it.id] = v;
                    S.items[it.id] = it;
                    drawItems();
                    evaluate();
                  });
                  li.appendChild(b);
                });
                list.appendChild(li);
              });
            });
          }

          // ---- saving ----
          function preview() {
            $('save-error').hidden = true;
            request('POST', '/api/save/preview', body()).then(function (r) {
              $('save-panel').hidden = false;
              if (!r.ok) {
                showError(r.json, $('save-error'));
                $('save-error').firstChild.textContent = 'Cannot save: ';
                $('save-yaml').textContent = ''; $('save-diff').textContent = ''; $('save-summary').textContent = '';
                $('save-confirm').disabled = true;
                return;
              }
              $('save-confirm').disabled = false;
              $('save-id').textContent = r.json.id;
              $('save-where').textContent = (r.json.replaces ? 'Adds it to ' : 'Writes ') + r.json.file +
                ' at the top of the inventory folder (a file of Cleave’s own; your files are never rewritten).';
              $('save-yaml').textContent = r.json.yaml;
              $('save-summary').textContent = r.json.diffSummary;
              $('save-diff').textContent = r.json.diff;
              $('save-confirm').focus();
            });
          }
          function save() {
            $('save-confirm').disabled = true;
            request('POST', '/api/save', body()).then(function (r) {
              if (!r.ok) { showError(r.json, $('save-error')); $('save-error').firstChild.textContent = 'Not saved: '; return; }
              $('save-panel').hidden = true;
              $('status').textContent = '';
              $('status').appendChild(el('span', { cls: 'saved', text: 'Saved ' + r.json.saved + ' into ' + r.json.file + '. ' }));
              $('status').appendChild(document.createTextNode('It is now an option of the inventory.'));
              loadState();
            });
          }

          // ---- the model and its reloads ----
          function statusLine() {
            var st = S.state;
            $('status').textContent = st.estate.items.toLocaleString('en-GB') + ' items, ' + st.options.length +
              ' options; inventory version ' + st.version + (st.warnings ? ', ' + st.warnings + ' validation warnings' : '') +
              '. The page follows changes to the inventory files.';
          }
          function showProblem(status) {
            var box = clear($('problem'));
            if (status.ok) { box.hidden = true; return; }
            box.appendChild(el('strong', { text: 'The inventory on disk does not validate: ' }));
            box.appendChild(document.createTextNode(status.message || ''));
            var ul = el('ul');
            status.findings.forEach(function (f) {
              ul.appendChild(el('li', { text: f.file + ':' + f.line + ':' + f.column + ': ' + f.severity + ': [' + f.rule + '] ' + f.message }));
            });
            if (status.more) ul.appendChild(el('li', { text: '… and ' + status.more + ' more (cleave validate lists them all).' }));
            box.appendChild(ul);
            box.hidden = false;
          }
          function loadState() {
            return request('GET', '/api/state').then(function (r) {
              if (!r.ok) { showError(r.json, $('problem')); return; }
              var first = !S.state;
              S.state = r.json;
              buildEditor();
              statusLine();
              showProblem(S.state.status);
              if (first) startFrom(''); else { fillEditor(); evaluate(); }
            });
          }
          function listen() {
            if (!window.EventSource) return;
            var source = new EventSource('/api/events');
            source.addEventListener('model', function (e) {
              var status = JSON.parse(e.data);
              if (!S.state) return;
              showProblem(status);
              if (status.version !== S.state.version) loadState();
            });
          }

          document.addEventListener('DOMContentLoaded', function () {
            $('start-button').addEventListener('click', function () { startFrom($('start-from').value); });
            $('separate-every').addEventListener('change', changed);
            $('default-disposition').addEventListener('change', changed);
            ['option-id', 'option-name', 'start-date', 'target-date', 'stranded-share', 'stranded-months'].forEach(function (id) {
              $(id).addEventListener('change', evaluate);
            });
            $('item-search').addEventListener('input', function () { clearTimeout(searchTimer); searchTimer = setTimeout(search, 150); });
            $('editor').addEventListener('submit', function (e) { e.preventDefault(); });
            $('save-button').addEventListener('click', preview);
            $('save-confirm').addEventListener('click', save);
            $('save-cancel').addEventListener('click', function () { $('save-panel').hidden = true; });
            loadState().then(listen);
          });
        })();

        """#
}
