/// The page's own behaviour, apart from the explorer: sortable tables, and maps that pan,
/// zoom and open an item when its node is clicked (by setting `#item-ID`, which the
/// explorer's script answers).
enum PageScript {
    static let javaScript = #"""
        (function () {
          'use strict';
          // ---- sortable tables ----
          function key(td) {
            var v = td.getAttribute('data-v');
            if (v !== null) return parseFloat(v);
            var t = td.textContent.trim(), n = t.replace(/[£$€,%×\s]/g, '');
            return /^-?\d+(\.\d+)?$/.test(n) ? parseFloat(n) : t.toLowerCase();
          }
          document.querySelectorAll('table.sortable').forEach(function (table) {
            var ths = table.querySelectorAll('thead th');
            ths.forEach(function (th, col) {
              function sort() {
                var asc = th.getAttribute('aria-sort') !== 'ascending';
                ths.forEach(function (o) { o.removeAttribute('aria-sort'); });
                th.setAttribute('aria-sort', asc ? 'ascending' : 'descending');
                var tbody = table.tBodies[0], rows = Array.prototype.slice.call(tbody.rows);
                var keyed = rows.map(function (r, i) { return [r.cells[col] ? key(r.cells[col]) : '', i, r]; });
                keyed.sort(function (a, b) {
                  var x = a[0], y = b[0], c;
                  if (typeof x === typeof y) c = x < y ? -1 : x > y ? 1 : 0;
                  else c = typeof x === 'number' ? -1 : 1;
                  return (asc ? c : -c) || a[1] - b[1];
                });
                keyed.forEach(function (k) { tbody.appendChild(k[2]); });
              }
              th.addEventListener('click', sort);
              th.addEventListener('keydown', function (e) { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); sort(); } });
            });
          });

          // ---- maps: wheel zoom, drag to move, click a node to open it ----
          var maps = [];
          document.querySelectorAll('figure.map').forEach(function (figure) {
            var frame = figure.querySelector('.map-frame'), svg = frame.querySelector('svg');
            if (!svg) return;
            var b = svg.viewBox.baseVal, home = [b.x, b.y, b.width, b.height];
            // A tall map opens filling the frame's width, at its top where the title and legend
            // are, rather than as a thin strip; Fit shows all of it.
            function readable() {
              var r = frame.getBoundingClientRect();
              if (!r.width || home[3] / r.height <= 1.5 * home[2] / r.width) return home.slice();
              return [home[0], home[1], home[2], r.height * home[2] / r.width];
            }
            var vb = readable();
            function apply() { svg.setAttribute('viewBox', vb.join(' ')); }
            apply();
            maps.push({ show: function (all) { vb = all ? home.slice() : readable(); apply(); } });
            function scale() { var r = frame.getBoundingClientRect(); return Math.max(vb[2] / r.width, vb[3] / r.height); }
            function toMap(cx, cy) {
              var r = frame.getBoundingClientRect(), s = scale();
              var ox = (r.width * s - vb[2]) / 2, oy = (r.height * s - vb[3]) / 2;
              return [vb[0] - ox + (cx - r.left) * s, vb[1] - oy + (cy - r.top) * s];
            }
            function zoom(factor, cx, cy) {
              var w = vb[2] * factor;
              if (w < home[2] / 60 || w > home[2] * 3) return;
              var p = toMap(cx, cy);
              vb = [p[0] - (p[0] - vb[0]) * factor, p[1] - (p[1] - vb[1]) * factor, w, vb[3] * factor];
              apply();
            }
            // The wheel zooms a map once it has been clicked (or with Ctrl), so scrolling down
            // the page past a map still scrolls the page.
            frame.addEventListener('wheel', function (e) {
              if (!frame.classList.contains('active') && !e.ctrlKey) return;
              e.preventDefault();
              zoom(e.deltaY < 0 ? 0.8 : 1.25, e.clientX, e.clientY);
            }, { passive: false });
            var drag = null;
            frame.addEventListener('pointerdown', function (e) {
              if (e.button !== 0) return;
              document.querySelectorAll('.map-frame.active').forEach(function (f) { f.classList.remove('active'); });
              frame.classList.add('active');
              var node = e.target.closest ? e.target.closest('.item-node') : null;
              drag = { x: e.clientX, y: e.clientY, vb: vb.slice(), s: scale(), node: node, moved: false };
            });
            frame.addEventListener('pointermove', function (e) {
              if (!drag) return;
              var dx = e.clientX - drag.x, dy = e.clientY - drag.y;
              if (!drag.moved && Math.abs(dx) + Math.abs(dy) < 4) return;
              if (!drag.moved) { drag.moved = true; frame.classList.add('dragging'); try { frame.setPointerCapture(e.pointerId); } catch (x) {} }
              vb = [drag.vb[0] - dx * drag.s, drag.vb[1] - dy * drag.s, vb[2], vb[3]];
              apply();
            });
            function end() {
              if (drag && !drag.moved && drag.node) location.hash = 'item-' + drag.node.getAttribute('data-item');
              drag = null;
              frame.classList.remove('dragging');
            }
            frame.addEventListener('pointerup', end);
            frame.addEventListener('pointercancel', function () { drag = null; frame.classList.remove('dragging'); });
            frame.addEventListener('keydown', function (e) {
              var node = e.target.closest ? e.target.closest('.item-node') : null;
              if (node && e.key === 'Enter') location.hash = 'item-' + node.getAttribute('data-item');
            });
            figure.querySelectorAll('[data-zoom]').forEach(function (button) {
              button.addEventListener('click', function () {
                var r = frame.getBoundingClientRect(), how = button.getAttribute('data-zoom');
                if (how === 'reset') { vb = home.slice(); apply(); return; }
                zoom(how === 'in' ? 0.7 : 1 / 0.7, r.left + r.width / 2, r.top + r.height / 2);
              });
            });
          });

          document.addEventListener('pointerdown', function (e) {
            if (!e.target.closest || !e.target.closest('.map-frame')) {
              document.querySelectorAll('.map-frame.active').forEach(function (f) { f.classList.remove('active'); });
            }
          });

          // ---- print: every map whole, and the glossary open ----
          var glossaries = document.querySelectorAll('details.glossary'), wasOpen = [];
          window.addEventListener('beforeprint', function () {
            maps.forEach(function (m) { m.show(true); });
            wasOpen = Array.prototype.map.call(glossaries, function (d) { var o = d.open; d.open = true; return o; });
          });
          window.addEventListener('afterprint', function () {
            maps.forEach(function (m) { m.show(false); });
            glossaries.forEach(function (d, i) { d.open = wasOpen[i]; });
          });

        })();

        """#
}
